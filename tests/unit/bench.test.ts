import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isExempt, loadBudgets } from '../../scripts/bench/budgets.ts';
import type { BuildResult } from '../../scripts/bench/builds.ts';
import { medianBuild } from '../../scripts/bench/builds.ts';
import {
  corpusMix,
  corpusPlan,
  EDITED_LECTURE,
  editLecture,
  noticeSource,
  readNotice,
  syntheticCorpus,
} from '../../scripts/bench/corpus.ts';
import { summarise, type Lhr } from '../../scripts/bench/lighthouse.ts';
import { parentOf } from '../../scripts/bench/measure.ts';
import { buildVerdicts, scaleRows, summariseTemplates, table } from '../../scripts/bench/report.ts';
import { median } from '../../scripts/bench/stats.ts';
import { templateOf } from '../../scripts/bench/templates.ts';
import {
  compressedSizes,
  cssRequests,
  createWeigher,
  jsImports,
  pageRequests,
  type PageWeight,
} from '../../scripts/bench/weight.ts';
import { checkContent } from '../../src/lib/content/check.ts';
import { siteConfig } from '../../src/site.config.ts';

const root = new URL('../../', import.meta.url).pathname;
const fixtureNotice = () => readFileSync(join(root, 'tests/fixtures/province/content/pages/notice-2030.mdx'), 'utf8');
const temp = mkdtempSync(join(tmpdir(), 'xxz-bench-unit-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));
const write = (dir: string, files: Record<string, string>) => {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
};

describe('pageRequests', () => {
  const html = `<!doctype html><html><head>
    <script src="/blocking.js"></script>
    <script src="/deferred.js" defer></script><script src="/async.js" async></script><script type="module" src="/module.js"></script>
    <script>inline()</script>
    <link rel="stylesheet" href="/a.css"><link rel="icon" href="/favicon.svg"><link rel="canonical" href="https://other.example/x/">
    <link rel="sitemap" href="/sitemap-index.xml"><link rel="preload" as="font" href="/f.woff2">
  </head><body><script src="/body.js"></script><img src="/a.png" srcset="/a-2x.png 2x, /a-3x.png 3x"><img src="data:image/png;base64,AA">
  <a href="/other-page/">link</a><script type="module">import "/chunk.js";</script></body></html>`;
  const requests = pageRequests(html);

  it('flags only classic external scripts in <head> as render-blocking', () => {
    expect(requests.renderBlocking).toEqual(['/blocking.js']);
  });
  it('lists fetched resources by kind, but not links, canonicals, sitemaps or data: URIs', () => {
    expect(requests.refs).toEqual([
      { url: '/blocking.js', kind: 'js' },
      { url: '/deferred.js', kind: 'js' },
      { url: '/async.js', kind: 'js' },
      { url: '/module.js', kind: 'js' },
      { url: '/body.js', kind: 'js' },
      { url: '/a.css', kind: 'css' },
      { url: '/favicon.svg', kind: 'image' },
      { url: '/f.woff2', kind: 'font' },
      { url: '/a.png', kind: 'image' },
      { url: '/a-2x.png', kind: 'image' },
      { url: '/a-3x.png', kind: 'image' },
    ]);
    expect(requests.inlineModules.map(jsImports)).toEqual([['/chunk.js']]);
  });
});

describe('cssRequests and jsImports', () => {
  it('finds @import and url() but not data: URIs or comments', () => {
    expect(
      cssRequests(
        '@import "b.css"; /* url(x.png) */ a { background: url( "./i.png" ) } b { background: url(data:image/png;base64,AA) }',
      ),
    ).toEqual(['b.css', './i.png']);
  });
  it('finds static imports and re-exports, not dynamic import()', () => {
    expect(
      jsImports(
        'import{a as b}from"./x.js";import "./y.js";export * from \'./z.js\';const s = () => import("./lazy.js");',
      ),
    ).toEqual(['./y.js', './x.js', './z.js']);
  });
});

describe('createWeigher', () => {
  const dist = join(temp, 'dist');
  const css = 'body { color: #222; margin: 0 auto; }\n'.repeat(40);
  write(dist, {
    'index.html':
      '<html><head><link rel="stylesheet" href="/_astro/a.css"><script type="module" src="/_astro/m.js"></script></head><body>首页</body></html>',
    'notice/index.html': `<html><head><script src="https://cdn.example.org/x.js"></script><link rel="stylesheet" href="../_astro/a.css"><link rel="stylesheet" href="/_astro/gone.css"></head><body>${'通知正文。'.repeat(500)}</body></html>`,
    '_astro/a.css': `@import "./b.css";\n${css}`,
    '_astro/b.css': css,
    '_astro/m.js': 'import "./chunk.js"; const later = () => import("./search.js");',
    '_astro/chunk.js': 'export const x = 1;',
    '_astro/search.js': 'x'.repeat(100_000),
  });
  const weigh = createWeigher({ distDir: dist, base: '/', site: 'https://xuexizhou.example.org' });

  it('counts the HTML, CSS and JS a page loads, transitively, but not code loaded on demand', () => {
    const home = weigh('index.html');
    expect(home.path).toBe('/');
    expect(home.resources.map((r) => r.url)).toEqual([
      '/',
      '/_astro/m.js',
      '/_astro/a.css',
      '/_astro/chunk.js',
      '/_astro/b.css',
    ]);
    expect(home.budgetBytes).toBe(home.resources.reduce((sum, r) => sum + r.sizes.gzip, 0));
    expect(home.renderBlocking).toEqual([]);
  });

  it('reports other origins, render-blocking scripts and missing files', () => {
    const notice = weigh('notice/index.html');
    expect(notice.path).toBe('/notice/');
    expect(notice.otherOrigins).toEqual(['https://cdn.example.org/x.js']);
    expect(notice.renderBlocking).toEqual(['https://cdn.example.org/x.js']);
    expect(notice.missing).toEqual(['/_astro/gone.css']);
    expect(notice.totals.css.raw).toBe(Buffer.byteLength(`@import "./b.css";\n${css}`) + Buffer.byteLength(css));
    expect(notice.totals.html.gzip).toBeLessThan(notice.totals.html.raw / 10);
  });

  it('honours a base path', () => {
    const weighUnderBase = createWeigher({ distDir: dist, base: '/xuexizhou/', site: 'https://xuexizhou.example.org' });
    expect(weighUnderBase('index.html').missing).toEqual(['/_astro/m.js', '/_astro/a.css']);
  });
});

describe('compressedSizes', () => {
  it('gives raw, gzip and brotli sizes, brotli smallest on text', () => {
    const sizes = compressedSizes(Buffer.from('终身学习活动周。'.repeat(200)));
    expect(sizes.raw).toBe(4800);
    expect(sizes.brotli).toBeLessThan(sizes.gzip);
    expect(sizes.gzip).toBeLessThan(200);
  });
});

describe('templateOf', () => {
  it.each([
    ['/', '/'],
    ['/notice-2023/', '/[page]/'],
    ['/cases/', '/cases/'],
    ['/cases/taiyuan-reading/', '/cases/[slug]/'],
    ['/news/2023/opening/', '/news/[slug]/[slug]/'],
    ['/404.html', '404'],
  ])('%s → %s', (path, template) => {
    expect(templateOf({ path, redirect: false })).toBe(template);
  });
  it('groups redirect stand-ins apart, wherever they are', () => {
    expect(templateOf({ path: '/about/', redirect: true })).toBe('redirect');
  });
});

describe('summariseTemplates', () => {
  const page = (path: string, budgetBytes: number, extra: Partial<PageWeight> = {}) =>
    ({ path, budgetBytes, redirect: false, renderBlocking: [], otherOrigins: [], totals: {}, ...extra }) as PageWeight;
  it('samples the heaviest page of each template and lists pages over budget', () => {
    const summary = summariseTemplates(
      [
        page('/notice-2023/', 9000),
        page('/', 4000),
        page('/about/', 50_000, { renderBlocking: ['/x.js'] }),
        page('/guide/', 7000),
      ],
      40_960,
    );
    expect(summary.map((t) => [t.template, t.pages, t.sample, t.medianBudgetBytes, t.maxBudgetBytes])).toEqual([
      ['/', 1, '/', 4000, 4000],
      ['/[page]/', 3, '/about/', 9000, 50_000],
    ]);
    expect(summary[1]!.overBudget).toEqual(['/about/']);
    expect(summary[1]!.renderBlocking).toEqual(['/about/: /x.js']);
  });
});

describe('synthetic corpus', () => {
  // The fixture province's notice, not the real one: these tests name what it says.
  const notice = fixtureNotice();

  it('splits entries over the collections in the planned proportions, exactly', () => {
    for (const size of [1, 7, 999, 10_000]) {
      const plan = corpusPlan(size);
      expect(Object.values(plan).reduce((a, b) => a + b, 0)).toBe(size);
    }
    expect(corpusPlan(10_000).pages).toBe((10_000 * corpusMix.pages) / 100);
    expect(corpusPlan(7).booklists).toBe(0);
  });

  it('takes whole paragraphs from the notice, without addresses, contacts or markup', () => {
    const source = noticeSource(notice);
    expect(source.paragraphs.length).toBeGreaterThan(10);
    expect(source.paragraphs.join('')).not.toMatch(/[<>{}@]|NoticeUrl|电话/);
    expect(source.paragraphs.every((p) => /[。）]$/.test(p))).toBe(true);
    expect(source.headings).toContain('开展主题阅读活动');
  });

  it("borrows the longest page's text when the current edition has no notice page", () => {
    const project = join(temp, 'no-notice');
    write(project, {
      [`content/editions/${siteConfig.currentEdition}.json`]: JSON.stringify({ notice: {} }),
      'content/pages/short.mdx': '短页面。',
      'content/pages/long.mdx': notice,
    });
    expect(readNotice(project)).toBe(notice);
    rmSync(join(project, 'content/pages'), { recursive: true });
    expect(() => readNotice(project)).toThrow(/content\/pages\/ 中没有页面/);
  });

  it('passes the content guard next to the real content, marked as sample data', async () => {
    const project = join(temp, 'project');
    cpSync(join(root, 'content'), join(project, 'content'), { recursive: true });
    const ids = (dir: string) =>
      readdirSync(join(root, 'content', dir))
        .filter((f) => f.endsWith('.json'))
        .map((f) => f.replace('.json', ''));
    const files = syntheticCorpus(200, notice, { cities: ids('cities'), platforms: ids('platforms') });
    write(project, Object.fromEntries(files.map((f) => [f.path, f.text])));
    const { problems, entries } = await checkContent(project);
    expect(problems).toEqual([]);
    const synthetic = entries.filter((e) => e.id.startsWith('bench-'));
    expect(synthetic).toHaveLength(200);
    expect(new Set(synthetic.map((e) => e.collection))).toEqual(new Set(Object.keys(corpusMix)));
    // Pages have no sample field; their title and description say so instead.
    for (const e of synthetic)
      expect(e.collection === 'pages' ? e.data.title.startsWith('示例') : e.data.sample, e.file).toBe(true);
  });
});

describe('measurement helpers', () => {
  it('reads the parent pid even when the process name holds spaces and parentheses', () => {
    expect(parentOf('1234 (node (worker) x) S 987 1234 1234 0 -1')).toBe(987);
  });
  it('takes medians', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
  const build = (wallMs: number, cpuMs: number, pages: number, rss = 1000): BuildResult => ({
    exitCode: 0,
    wallMs,
    cpuMs,
    peakTreeRssBytes: rss,
    pages,
    pagefind: false,
  });
  it('combines repeated builds figure by figure', () => {
    expect(medianBuild([build(10, 5, 3, 900), build(30, 4, 3, 1100), build(20, 6, 3, 1000)])).toEqual(
      build(20, 5, 3, 1000),
    );
  });
  it('derives pages/s, ratios to bare and the marginal CPU cost per added page', () => {
    const rows = scaleRows([
      {
        entries: 1000,
        ours: build(20_000, 30_000, 1000, 2000),
        bare: build(10_000, 20_000, 1000, 1000),
        repeats: { ours: [], bare: [] },
      },
      {
        entries: 5000,
        ours: build(60_000, 90_000, 5000, 3000),
        bare: build(30_000, 60_000, 5000, 2000),
        repeats: { ours: [], bare: [] },
      },
    ]);
    expect(rows[0]!.ours.pagesPerSecond).toBe(50);
    expect(rows[0]!.ours.cpuMsPerPage).toBe(30);
    expect(rows[0]!.ratio).toEqual({ wall: 2, cpu: 1.5, cpuPerPage: 1.5, memory: 2 });
    expect(rows[0]!.marginalMsPerPage).toBeNull();
    expect(rows[1]!.marginalMsPerPage).toEqual({ ours: 15, bare: 10 });
    expect(rows[1]!.warm).toBeNull();
  });
  it('holds the rows to every build budget, and says what it could not measure', () => {
    const budgets = {
      about: '',
      minPagesPerSecond: 40,
      atEntries: 5000,
      maxRatioToBare: 1.3,
      maxPeakRssBytes: 3e9,
      minWallRateToBare: 0.8,
      maxWarmShare: 0.3,
      maxPerPageGrowth: 1.1,
    };
    const rows = scaleRows([
      {
        entries: 1000,
        ours: build(20_000, 30_000, 1000, 2e9),
        bare: build(10_000, 20_000, 1000, 1.9e9),
        repeats: { ours: [], bare: [] },
      },
      {
        entries: 5000,
        // 5,000 pages in 100 s wall (bare: 5,000 in 90 s), 120 s CPU (bare 100 s), 3.5 GB (bare 2.5 GB).
        ours: build(100_000, 120_000, 5000, 3.5e9),
        bare: build(90_000, 100_000, 5000, 2.5e9),
        repeats: { ours: [], bare: [] },
        warm: build(30_000, 30_000, 5000, 3e9),
      },
    ]);
    expect(buildVerdicts(rows, budgets).map((v) => [v.criterion, v.value, v.met])).toEqual([
      ['CPU, ours ÷ bare', '1.20×', true],
      ['peak RSS, ours ÷ bare', '1.40×', false],
      ['peak RSS', '3.50 GB', false],
      ['wall pages/s, ours ÷ bare', '0.90×', true],
      ['wall pages/s', '50', true],
      ['warm rebuild CPU ÷ cold CPU', '25%', true],
      // 24 ms of CPU per page at 5,000 entries against 30 at 1,000.
      ['CPU per page, 5000 ÷ 1000 entries', '0.80×', true],
    ]);
    const [small] = rows;
    const alone = buildVerdicts([small!], budgets);
    expect(alone[0]!.criterion).toBe('CPU, ours ÷ bare (at 1000, not 5000, entries)');
    expect(alone.filter((v) => v.met === null).map((v) => v.criterion)).toEqual([
      'warm rebuild CPU ÷ cold CPU (at 1000, not 5000, entries)',
      'CPU per page, 1000 ÷ 1000 entries',
    ]);
  });
  it("gives the editor's rebuild as a share of the cold build", () => {
    const [row] = scaleRows([
      {
        entries: 1000,
        ours: build(20_000, 30_000, 1000, 2000),
        bare: build(10_000, 20_000, 1000, 1000),
        repeats: { ours: [], bare: [] },
        warm: build(5_000, 6_000, 1000, 1500),
      },
    ]);
    expect(row!.warm).toMatchObject({ wallShare: 0.25, cpuShare: 0.2 });
  });
  it('edits a lecture of the corpus the way an editor would, and the result is still a lecture', () => {
    const notice = fixtureNotice();
    const refs = { cities: ['jia'], platforms: ['xuexi'] };
    const lecture = syntheticCorpus(100, notice, refs).find((f) => f.path === EDITED_LECTURE)!;
    const edited = JSON.parse(editLecture(lecture.text));
    expect(edited).toEqual({ ...JSON.parse(lecture.text), description: expect.stringMatching(/（已更正）$/) });
  });
  it('lays out tables with numbers and their headers right-aligned', () => {
    expect(
      table(
        ['name', 'size'],
        [
          ['a', '1.5 KB'],
          ['bb', '12 B'],
        ],
      ),
    ).toBe('name    size\n----  ------\na     1.5 KB\nbb      12 B');
  });
});

describe('Lighthouse summary', () => {
  const lhr = (performance: number, tbt: number): Lhr => ({
    lighthouseVersion: '13',
    environment: { benchmarkIndex: 1000 + tbt },
    categories: {
      performance: {
        score: performance,
        auditRefs: [
          { id: 'total-blocking-time', weight: 30 },
          { id: 'cache-insight', weight: 0 },
        ],
      },
      accessibility: { score: 1, auditRefs: [] },
      'best-practices': { score: 1, auditRefs: [] },
      seo: { score: 0.9, auditRefs: [] },
    },
    audits: {
      'total-blocking-time': {
        id: 'total-blocking-time',
        score: tbt > 200 ? 0.5 : 1,
        scoreDisplayMode: 'numeric',
        numericValue: tbt,
        displayValue: `${tbt} ms`,
      },
      'cache-insight': { id: 'cache-insight', score: 0, scoreDisplayMode: 'metricSavings' },
    },
  });
  it('reports the median of each score and metric, and the scored audits that failed in the median run', () => {
    const result = summarise({ template: '/', path: '/' }, [lhr(0.99, 300), lhr(0.8, 900), lhr(1, 0)], [], 3);
    expect(result.scores).toEqual({ performance: 99, accessibility: 100, 'best-practices': 100, seo: 90 });
    expect(result.metrics.tbtMs).toBe(300);
    expect(result.metrics.benchmarkIndex).toBe(1300);
    expect(result.failingAudits).toEqual([
      { id: 'total-blocking-time', category: 'performance', score: 0.5, display: '300 ms' },
    ]);
  });
  it('gives null scores when every run failed', () => {
    expect(summarise({ template: '/', path: '/' }, [], ['boom'], 1).scores.performance).toBeNull();
  });
});

describe('budgets.json', () => {
  it('holds the budget figures the site promises', () => {
    const budgets = loadBudgets();
    expect(budgets.pageWeight.maxGzipBytes).toBe(40 * 1024);
    expect(budgets.lighthouse.minScore).toBe(100);
    expect(isExempt(budgets, '404', 'seo')).toBe(true);
    expect(isExempt(budgets, '/[page]/', 'seo')).toBe(false);
  });
});
