import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { copyProject } from '../../scripts/lib/project-copy.ts';
import { fixtureContent, fixtureSiteConfig } from '../helpers/province.ts';

// The province fixture, not the real content: its few pages build in seconds, and its names are the test's own.
const copy = copyProject({ province: { content: fixtureContent, siteConfig: fixtureSiteConfig } });
afterAll(() => copy.remove());
const manifest = 'content/published-urls.json';
const committedManifest = readFileSync(join(copy.dir, manifest), 'utf8');
const originals = new Map<string, string | undefined>();
const write = (path: string, text: string) => {
  const file = join(copy.dir, path);
  if (!originals.has(path)) originals.set(path, existsSync(file) ? readFileSync(file, 'utf8') : undefined);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
};
// Each test starts from the fixture's content plus only what it writes itself.
afterEach(() => {
  for (const [path, text] of originals) {
    if (text === undefined) rmSync(join(copy.dir, path), { force: true });
    else writeFileSync(join(copy.dir, path), text);
  }
  originals.clear();
  // Builds record new URLs; the next test starts from the committed manifest again.
  writeFileSync(join(copy.dir, manifest), committedManifest);
});

describe('a malformed content file stops the build', () => {
  it('lists every problem in Chinese with file, line and field, and builds nothing', () => {
    write(
      'content/lectures/bad.json',
      readFileSync(new URL('../fixtures/bad/lecture-end-before-start.json', import.meta.url), 'utf8'),
    );
    write(
      'content/news/typo.mdx',
      '---\ntitle: 开幕\nedition: "2031"\ndate: 2031-10-16\nsummary: 摘要\ncity: jai\n---\n\n详见 <https://example.org>\n',
    );
    const { status, output } = copy.build();
    expect(status).not.toBe(0);
    expect(output).toContain('内容有 5 处错误，网站没有生成。请按提示修改以下文件后再试：');
    expect(output).toContain(
      'content/lectures/bad.json 第 6 行，字段 end：结束时间（2023-10-16T09:00:00+08:00）不晚于开始时间（2023-10-16T10:00:00+08:00）：请把结束时间改到开始之后（看到的值："2023-10-16T09:00"）',
    );
    expect(output).toContain(
      'content/lectures/bad.json 第 10 行，字段 cty：没有这个字段，可能拼错了。是不是想写 "city"？',
    );
    expect(output).toContain('content/news/typo.mdx 第 9 行：MDX 不支持用尖括号括起来的网址');
    expect(output).toContain(
      'content/news/typo.mdx 第 6 行，字段 city：找不到这个城市：content/cities/ 中没有名为 jai 的文件。',
    );
    expect(output).not.toContain('Stack trace');
    expect(existsSync(join(copy.dir, 'dist/index.html'))).toBe(false);
  });
});

describe('MDX bodies are checked as the build reads them', () => {
  it('stops on what MDX refuses and on a component without its required props, with file and line', () => {
    write(
      'content/news/video.mdx',
      '---\ntitle: 开班\nedition: "2031"\ndate: 2031-10-16\nsummary: 摘要\ncity: jia\n---\n\n来信请寄 <someone@example.org>。\n\n<Video title="开班仪式" src="/media/a.mp4" />\n',
    );
    const { status, output } = copy.build();
    expect(status).not.toBe(0);
    expect(output).toContain('内容有 3 处错误，网站没有生成。');
    expect(output).toContain('content/news/video.mdx 第 9 行：MDX 不支持用尖括号括起来的邮箱地址');
    expect(output).toContain('content/news/video.mdx 第 11 行：<Video> 的属性 captions：缺少这个必填字段');
    expect(output).toContain('content/news/video.mdx 第 11 行：<Video> 的属性 transcript：缺少这个必填字段');
  });
});

describe('published URLs are permanent', () => {
  it('records a new page, refuses its removal without a redirect, and accepts it with one', () => {
    write('content/pages/about.mdx', '---\ntitle: 关于本站\ndescription: 本站说明。\n---\n\n关于本站。\n');
    let run = copy.build();
    expect(run.status, run.output).toBe(0);
    expect(JSON.parse(readFileSync(join(copy.dir, 'content/published-urls.json'), 'utf8'))).toContain('/about/');

    rmSync(join(copy.dir, 'content/pages/about.mdx'));
    run = copy.build();
    expect(run.status).not.toBe(0);
    expect(run.output).toContain(
      '已发布的网址 /about/ 不见了：外部网站可能正链接着它。若是改名或删除，请在 content/redirects.json 中加一条 { "from": "/about/", "to": "/新网址/" }；若是误删，请恢复原文件。',
    );

    write('content/redirects.json', JSON.stringify([{ from: '/about/', to: '/notice-2031/', note: '说明并入通知页' }]));
    run = copy.build();
    expect(run.status, run.output).toBe(0);
    const moved = readFileSync(join(copy.dir, 'dist/about/index.html'), 'utf8');
    expect(moved).toContain('此页面已搬家');
    expect(moved).toContain('href="/notice-2031/"');
    expect(moved).toContain('<link rel="canonical" href="https://xuexizhou.example.org/notice-2031/">');
    // Moved pages come first; the cases' short URLs follow (checked in cases-permanence.test.ts).
    expect(readFileSync(join(copy.dir, 'dist/redirects.map'), 'utf8')).toMatch(
      /^\/about\/ \/notice-2031\/;\n(?:\/c\/\d{4}-\d{3}\/ \/cases\/[a-z0-9-]+\/;\n)*$/,
    );
    expect(readFileSync(join(copy.dir, 'dist/sitemap-0.xml'), 'utf8')).not.toContain('/about/');
    // Three full builds: on a loaded 2-core machine one build can take 40 s.
  }, 240_000);

  it('in CI, refuses URLs missing from the committed manifest', () => {
    write('content/pages/extra.mdx', '---\ntitle: 新页面\ndescription: 新页面。\n---\n\n新页面。\n');
    const run = copy.build({ CI: 'true' });
    expect(run.status).not.toBe(0);
    expect(run.output).toContain('有 1 个新网址没有登记在 content/published-urls.json：/extra/');
  });
});
