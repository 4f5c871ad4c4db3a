import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EXTRA_TEXT_MARK } from '../../src/lib/search/query.ts';
import { stagePages } from '../../src/lib/search/stage.ts';
import { indexedPart, stagePage } from '../../src/lib/search/stage-page.ts';

const doc = (main: string, around = '') =>
  `<!doctype html><html lang="zh-CN"><head><title>页</title><meta name="x" content="y"></head><body><header><form data-pagefind-ignore>搜索</form></header>${around}${main}<footer>页脚</footer></body></html>`;
const body = (h1: string, extra = '') =>
  `<main id="main" data-pagefind-body><h1>${h1}</h1><p>${h1}的正文</p>${extra}</main>`;
const filter = (key: string, value: string) => `<span hidden data-pagefind-filter="${key}:${value}"></span>`;

describe('indexedPart', () => {
  it('keeps the <main> body alone in a document of its own, with the page language', () => {
    const part = indexedPart(doc(body('讲座')));
    expect(part).toBe(
      `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"></head><body>${body('讲座')}</body></html>`,
    );
  });

  it('keeps the whole page when something outside the body speaks to Pagefind', () => {
    for (const around of [
      filter('城市', '某市'),
      '<span data-pagefind-meta="image:/a.png"></span>',
      '<div data-pagefind-body>另一处</div>',
    ]) {
      const html = doc(body('讲座'), around);
      expect(indexedPart(html)).toBe(html);
    }
  });

  it('keeps the whole page when the body is not a <main>', () => {
    const html = doc('<div data-pagefind-body><h1>标题</h1></div>');
    expect(indexedPart(html)).toBe(html);
  });
});

describe('stagePage', () => {
  it('gives the indexed part with its index-only text, the page text and its filters', () => {
    const filters = new Map<string, Set<string>>();
    const page = stagePage(doc(body('讲座', filter('类别', '讲座'))), filters)!;
    expect(page.text).toBe('讲座\n讲座的正文');
    expect(page.html).not.toContain('页脚');
    expect(page.html.indexOf(EXTRA_TEXT_MARK)).toBeLessThan(page.html.lastIndexOf('</main>'));
    expect(filters).toEqual(new Map([['类别', new Set(['讲座'])]]));
  });

  it('is undefined for a page without a searchable body', () => {
    expect(stagePage(doc('<main><p>不收录</p></main>'), new Map())).toBeUndefined();
  });
});

describe('stagePages', () => {
  const root = mkdtempSync(join(tmpdir(), 'stage-test-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const site = join(root, 'site');
  const pages: Record<string, string> = {
    'index.html': doc(body('首页', filter('类别', '首页'))),
    'a/index.html': doc(body('甲', filter('类别', '讲座'))),
    'b/c/index.html': doc(body('乙丙', filter('城市', '某市'))),
    'd/index.html': doc(body('丁', filter('类别', '讲座'))),
    '404.html': doc('<main><h1>找不到</h1></main>'),
  };
  for (const [file, html] of Object.entries(pages)) {
    mkdirSync(dirname(join(site, file)), { recursive: true });
    writeFileSync(join(site, file), html);
  }
  const files = Object.keys(pages);

  it.each([1, 2, 3, 8])('stages every searchable page the same way with %i worker(s)', async (workers) => {
    const staging = join(root, `staging-${workers}`);
    const staged = await stagePages(site, staging, files, workers);
    expect(staged.indexed).toBe(4);
    expect([...staged.chars].sort()).toEqual(
      [...new Set('首页\n首页的正文甲\n甲的正文乙丙\n乙丙的正文丁\n丁的正文')].sort(),
    );
    expect(staged.filters).toEqual(
      new Map([
        ['类别', new Set(['首页', '讲座'])],
        ['城市', new Set(['某市'])],
      ]),
    );
    const written = readdirSync(staging, { recursive: true }).filter((f) => String(f).endsWith('.html'));
    expect(written.map(String).sort()).toEqual(['a/index.html', 'b/c/index.html', 'd/index.html', 'index.html']);
    for (const file of written.map(String))
      expect(readFileSync(join(staging, file), 'utf8')).toBe(stagePage(pages[file]!, new Map())!.html);
  });

  it('rejects when a page cannot be read', async () => {
    await expect(stagePages(site, join(root, 'staging-bad'), [...files, 'missing/index.html'], 2)).rejects.toThrow(
      /missing/,
    );
  });
});
