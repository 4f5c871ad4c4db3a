/** npm run new writes into folders that do not exist yet, and says in Chinese what stops it. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeErrorMessage, writeNewFile } from '../../scripts/lib/new-file.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'xxz-new-file-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('writeNewFile', () => {
  it('creates the missing folder and says so', () => {
    expect(writeNewFile(dir, 'content/reading/2030.json', '{}\n')).toEqual({
      ok: true,
      createdFolder: 'content/reading/',
    });
    expect(readFileSync(join(dir, 'content/reading/2030.json'), 'utf8')).toBe('{}\n');
  });

  it('writes into an existing folder without a word about folders', () => {
    mkdirSync(join(dir, 'content/news'), { recursive: true });
    expect(writeNewFile(dir, 'content/news/a.mdx', 'x')).toEqual({ ok: true });
  });

  it('never overwrites a file', () => {
    mkdirSync(join(dir, 'content/news'), { recursive: true });
    writeFileSync(join(dir, 'content/news/a.mdx'), 'mine');
    expect(writeNewFile(dir, 'content/news/a.mdx', 'new')).toEqual({
      ok: false,
      message: 'content/news/a.mdx 已经存在：请换一个文件名，或直接修改这个文件',
    });
    expect(readFileSync(join(dir, 'content/news/a.mdx'), 'utf8')).toBe('mine');
  });

  it('explains a file standing where the folder should be', () => {
    writeFileSync(join(dir, 'content'), 'not a folder');
    const result = writeNewFile(dir, 'content/news/a.mdx', 'x');
    expect(result).toEqual({
      ok: false,
      message:
        'content/news/ 应该是一个文件夹，但那里（或它的上一级）是一个同名的文件：请把那个文件改名或移走，再运行一次',
    });
  });

  it('explains a project folder that does not exist', () => {
    const missing = join(dir, 'nowhere');
    expect(writeNewFile(missing, 'content/news/a.mdx', 'x')).toEqual({
      ok: false,
      message: `找不到项目文件夹 ${missing}：请在网站项目的文件夹里运行 npm run new`,
    });
    expect(existsSync(missing)).toBe(false);
  });

  it('has a Chinese sentence for every refusal the disk may give', () => {
    for (const code of ['EACCES', 'EPERM', 'EROFS', 'ENOSPC', 'EIO', undefined]) {
      const message = writeErrorMessage(code, 'content/news/a.mdx', 'content/news/');
      expect(message).toMatch(/[\u4e00-\u9fff]/);
      expect(message).not.toMatch(/at |Error:/);
    }
  });
});

describe('npm run new', () => {
  const run = (...args: string[]) =>
    spawnSync(process.execPath, [join(root, 'scripts/new.ts'), ...args], {
      encoding: 'utf8',
      env: { ...process.env, CONTENT_ROOT: dir },
    });

  it('creates the folder of a collection that has none yet, with no stack trace', () => {
    const result = run('reading', '2030');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout.split('\n').slice(0, 2)).toEqual([
      '已新建文件夹 content/reading/',
      '已创建 content/reading/2030.json',
    ]);
    expect(existsSync(join(dir, 'content/reading/2030.json'))).toBe(true);
  });

  it('says in Chinese what is wrong when it cannot write, exit code 1', () => {
    writeFileSync(join(dir, 'content'), 'not a folder');
    const result = run('news', 'moushi-opening');
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(
      'content/news/ 应该是一个文件夹，但那里（或它的上一级）是一个同名的文件：请把那个文件改名或移走，再运行一次\n',
    );
  });
});
