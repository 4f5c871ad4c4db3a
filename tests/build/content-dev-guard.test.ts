import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { copyProject } from '../../scripts/lib/project-copy.ts';
import { fixtureContent, fixtureSiteConfig } from '../helpers/province.ts';

// The province fixture: its names are the test's own, and its few pages start the preview quickly.
const project = copyProject({ province: { content: fixtureContent, siteConfig: fixtureSiteConfig } });
const port = 4418;
const file = join(project.dir, 'content/cities/jia.json');
const good = readFileSync(file, 'utf8');
writeFileSync(file, good.replace('"code": "990100"', '"code": "9901"'));

const server = spawn(
  process.execPath,
  [join(project.dir, 'node_modules/astro/bin/astro.mjs'), 'dev', '--port', String(port)],
  {
    cwd: project.dir,
    // Vitest's own variables (BASE_URL, MODE, NODE_ENV=test…) would reconfigure Astro.
    env: {
      ...Object.fromEntries(
        Object.entries(process.env).filter(
          ([name]) => !/^(BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|TEST|VITEST\w*)$/.test(name),
        ),
      ),
      ASTRO_TELEMETRY_DISABLED: '1',
      NO_COLOR: '1',
    },
  },
);
let output = '';
const ready = new Promise<void>((resolve) => {
  const listen = (chunk: Buffer) => {
    output += chunk.toString();
    if (output.includes(`localhost:${port}`)) resolve();
  };
  server.stdout.on('data', listen);
  server.stderr.on('data', listen);
});
afterAll(() => {
  server.kill();
  project.remove();
});

const get = async (path: string) => {
  const res = await fetch(`http://localhost:${port}${path}`, { headers: { accept: 'text/html' } });
  return { status: res.status, text: await res.text() };
};
const until = async (check: () => Promise<boolean>) => {
  for (let i = 0; i < 100 && !(await check()); i++) await new Promise((r) => setTimeout(r, 200));
};

describe('npm run dev with broken content', () => {
  it('waits with the Chinese report instead of failing, starts once the file is fixed, then shows later mistakes on every page', async () => {
    const message =
      'content/cities/jia.json 第 4 行，字段 code：应为 6 位行政区划代码，例如 "990100"（看到的值："9901"）';
    await until(async () => output.includes('预览服务器在等你修改'));
    expect(output).toContain(`1. ${message}`);
    expect(server.exitCode).toBeNull();

    writeFileSync(file, good);
    await Promise.race([
      ready,
      new Promise((_, reject) => setTimeout(() => reject(new Error(`dev server not ready:\n${output}`)), 90_000)),
    ]);
    expect(output).toContain('内容检查已通过，继续启动预览。');

    writeFileSync(file, good.replace('"code": "990100"', '"code": "9901"'));
    let broken = { status: 0, text: '' };
    await until(async () => (broken = await get('/cities/')).status === 500);
    // The broken city still exists for the entries that name it: one problem, and the heading counts it.
    const items = broken.text.match(/<li>/g)?.length ?? 0;
    expect(items).toBe(1);
    expect(broken.text).toContain(`内容有 ${items} 处错误，预览暂停`);
    expect(broken.text).toContain(message.replaceAll('"', '&quot;'));

    writeFileSync(file, good);
    let fixed = { status: 0, text: '' };
    await until(async () => (fixed = await get('/cities/')).status === 200);
    expect(fixed.text).toContain('甲山市');
    expect(output).toContain('内容检查已通过，预览恢复。');
  }, 180_000);
});
