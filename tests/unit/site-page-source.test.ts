import { describe, expect, it } from 'vitest';
import { devReportPage } from '../../src/lib/content/dev-report.ts';
import {
  editUrl,
  gitHistory,
  pageDates,
  sourceAliases,
  sourcePathFor,
  statedDates,
} from '../../src/lib/site/page-source.ts';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const existing = new Set(['content/cities/taiyuan.json', 'content/pages/notice-2023.mdx', 'content/lectures/a.json']);
const find = (path: string) => sourcePathFor(path, sourceAliases('2023'), (p) => existing.has(p));

describe('the source behind a page', () => {
  it('maps entry pages to their file, sections to their folder, and a few pages by alias', () => {
    expect(find('/cities/taiyuan/')).toBe('content/cities/taiyuan.json');
    expect(find('/lectures/a/')).toBe('content/lectures/a.json');
    expect(find('/lectures/2023-10-16/')).toBe('content/lectures/');
    expect(find('/cities/')).toBe('content/cities/');
    expect(find('/notice-2023/')).toBe('content/pages/notice-2023.mdx');
    expect(find('/')).toBe('content/editions/2023.json');
    expect(find('/stats/')).toBe('content/cities/');
    expect(find('/data/')).toBe('content/');
    expect(find('/search/')).toBeUndefined();
  });

  it('reads the dates an entry states, JSON or MDX', () => {
    expect(
      statedDates('content/pages/a.mdx', '---\ntitle: x\npublished: 2023-08-10\nupdated: 2023-10-16\n---\n'),
    ).toEqual({ published: '2023-08-10', updated: '2023-10-16' });
    expect(statedDates('content/news/a.mdx', '---\ndate: 2023-10-16\n---\n')).toEqual({ published: '2023-10-16' });
    expect(statedDates('content/cities/a.json', '{"name":"太原市"}')).toEqual({});
  });

  it('prefers stated dates and fills the rest from git; a folder takes its files’ first and last commits', () => {
    const history = new Map([
      ['content/cities/a.json', { first: '2023-09-01', last: '2023-10-05' }],
      ['content/cities/b.json', { first: '2023-08-20', last: '2023-09-01' }],
    ]);
    expect(pageDates('content/cities/a.json', {}, history)).toEqual({ published: '2023-09-01', updated: '2023-10-05' });
    expect(pageDates('content/cities/a.json', { published: '2023-10-01', updated: '2023-10-02' }, history)).toEqual({
      published: '2023-10-01',
      updated: '2023-10-02',
    });
    expect(pageDates('content/cities/', {}, history)).toEqual({ published: '2023-08-20', updated: '2023-10-05' });
    expect(pageDates('content/cities/b.json', { published: '2023-09-01' }, history)).toEqual({
      published: '2023-09-01',
    });
    expect(pageDates('content/new.json', {}, history)).toEqual({});
  });

  it('reads first and last commit days from this repository', () => {
    const history = gitHistory(fileURLToPath(new URL('../..', import.meta.url)));
    // Whatever content this repository holds: every committed content file has its days.
    expect(history.size).toBeGreaterThan(0);
    for (const [file, days] of history) {
      expect(file.startsWith('content/'), file).toBe(true);
      expect(days.first, file).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(days.last >= days.first, file).toBe(true);
    }
  });

  it('skips commits listed in .git-blame-ignore-revs, so a move or a reformat is no 更新日期', () => {
    const dir = mkdtempSync(join(tmpdir(), 'page-source-'));
    try {
      const git = (args: string[], date: string) =>
        execFileSync('git', args, {
          cwd: dir,
          encoding: 'utf8',
          env: { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date },
        }).trim();
      git(['init', '-q'], '2023-09-01T00:00:00Z');
      mkdirSync(join(dir, 'content'));
      writeFileSync(join(dir, 'content/a.json'), '{}');
      git(['add', '.'], '2023-09-01T00:00:00Z');
      git(['-c', 'user.name=t', '-c', 'user.email=t@example.org', 'commit', '-qm', 'add'], '2023-09-01T00:00:00Z');
      writeFileSync(join(dir, 'content/a.json'), '{ }');
      git(
        ['-c', 'user.name=t', '-c', 'user.email=t@example.org', 'commit', '-qam', 'reformat'],
        '2024-05-01T00:00:00Z',
      );
      expect(gitHistory(dir).get('content/a.json')).toEqual({ first: '2023-09-01', last: '2024-05-01' });
      writeFileSync(
        join(dir, '.git-blame-ignore-revs'),
        `# reformat\n${git(['rev-parse', 'HEAD'], '2024-05-01T00:00:00Z')}\n`,
      );
      expect(gitHistory(dir).get('content/a.json')).toEqual({ first: '2023-09-01', last: '2023-09-01' });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('links to the edit page of a file and the listing of a folder, or nowhere without a repository', () => {
    const repository = { url: 'https://github.com/org/site/', branch: 'main' };
    expect(editUrl(repository, 'content/cities/taiyuan.json')).toBe(
      'https://github.com/org/site/edit/main/content/cities/taiyuan.json',
    );
    expect(editUrl(repository, 'content/cities/')).toBe('https://github.com/org/site/tree/main/content/cities');
    expect(editUrl({ url: '', branch: 'main' }, 'content/cities/taiyuan.json')).toBeUndefined();
  });
});

describe('the dev server’s content error page', () => {
  it('lists every problem in Chinese, escaped, and reloads through Vite', () => {
    const html = devReportPage([
      { file: 'content/pages/a.mdx', line: 3, message: 'MDX 会把单独的 "<" 当成标签的开头', found: '<3' },
    ]);
    expect(html).toContain('<h1>内容有 1 处错误，预览暂停</h1>');
    expect(html).toContain(
      '<li>content/pages/a.mdx 第 3 行：MDX 会把单独的 &quot;&lt;&quot; 当成标签的开头（看到的值：&lt;3）</li>',
    );
    expect(html).toContain('<script type="module" src="/@vite/client"></script>');
  });
});
