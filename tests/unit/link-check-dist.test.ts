import { describe, expect, it } from 'vitest';
import { collectDist } from '../../scripts/lib/link-check/collect-dist.ts';
import { extractHtml, srcsetUrls } from '../../scripts/lib/link-check/extract-html.ts';
import { checkDist, classify, fileOfUrl, urlOfFile, type SiteOptions } from '../../scripts/lib/link-check/offline.ts';
import { formatProblem, formatProblems } from '../../scripts/lib/link-check/report.ts';
import { runLinkCheck } from '../../scripts/lib/link-check/run.ts';
import { exitCode, jsonReport, offlineReport, statusLabels } from '../../scripts/lib/link-check/report.ts';
import { isProblem, type Status } from '../../scripts/lib/link-check/types.ts';

const site = 'https://xuexizhou.example.org';
const root: SiteOptions = { site, base: '/' };
const fixture = new URL('../fixtures/link-check/site/', import.meta.url).pathname;

describe('extractHtml', () => {
  const html =
    '<!doctype html>\n<html><head>\n  <link rel="Canonical icon" href=" /a/ ">\n<meta name="ROBOTS" content="noindex">\n<meta http-equiv="Refresh" content="0; URL=\'/new/\'">\n</head><body>\n<p id="x">文</p>  <a href="/b/?q=1&amp;r=2#x" name="y">b</a>\n<script>document.write(\'<a href="/not-a-link/">\')</script>\n<img srcset="/s.png 1x,/t,1.png 2x" src="/u.png"><form action="/f/"></form></body></html>';
  const doc = extractHtml(html);

  it('finds every URL with its line and column, decoding entities and trimming spaces', () => {
    expect(doc.urls.map((u) => `${u.line}:${u.column} ${u.element}[${u.attribute}] ${u.url}`)).toEqual([
      '3:3 link[href] /a/',
      '5:1 meta[content] /new/',
      '7:18 a[href] /b/?q=1&r=2#x',
      '9:1 img[src] /u.png',
      '9:1 img[srcset] /s.png',
      '9:1 img[srcset] /t,1.png',
      '9:50 form[action] /f/',
    ]);
  });

  it('collects ids and <a name> as fragment targets, the canonical and the robots noindex', () => {
    expect([...doc.ids].sort()).toEqual(['x', 'y']);
    expect(doc.canonical).toBe('/a/');
    expect(doc.noindex).toBe(true);
    expect(extractHtml('<meta name="robots" content="index, follow">').noindex).toBe(false);
  });

  it('splits srcset by the HTML rules', () => {
    expect(srcsetUrls(' a.png 1x ,b.png  2x,  c,d.png 480w')).toEqual(['a.png', 'b.png', 'c,d.png']);
    expect(srcsetUrls('only.png')).toEqual(['only.png']);
  });
});

describe('URLs and dist files', () => {
  const files = new Set(['index.html', 'notice-2023/index.html', '活动/index.html', 'feed.xml']);
  const base: SiteOptions = { site, base: '/xuexizhou/' };
  const file = (url: string, options = root) => fileOfUrl(new URL(url, site), files, options);

  it('serves directories by index.html, files as themselves, under the base path', () => {
    expect(urlOfFile('index.html', root).href).toBe(`${site}/`);
    expect(urlOfFile('notice-2023/index.html', base).href).toBe(`${site}/xuexizhou/notice-2023/`);
    expect(urlOfFile('活动/index.html', root).href).toBe(`${site}/%E6%B4%BB%E5%8A%A8/`);
    expect(file('/notice-2023/')).toEqual({ status: 'ok', file: 'notice-2023/index.html' });
    expect(file('/feed.xml')).toEqual({ status: 'ok', file: 'feed.xml' });
    expect(file('/%E6%B4%BB%E5%8A%A8/')).toEqual({ status: 'ok', file: '活动/index.html' });
    expect(file('/xuexizhou/notice-2023/', base)).toEqual({ status: 'ok', file: 'notice-2023/index.html' });
  });

  it('names what is wrong', () => {
    expect(file('/nothing/')).toEqual({ status: 'missing-page', file: 'nothing/index.html' });
    expect(file('/notice-2023')).toEqual({ status: 'needs-trailing-slash', file: 'notice-2023/index.html' });
    expect(file('/notice-2023/', base)).toEqual({ status: 'outside-base' });
    expect(file('/xuexizhou', base)).toEqual({ status: 'needs-trailing-slash', file: 'index.html' });
    expect(file('/%E6%B4%BB%E5/')).toEqual({ status: 'malformed' });
  });
});

describe('checkDist on a small built site', () => {
  const results = checkDist(collectDist(fixture), root);
  const problems = results
    .filter(isProblem)
    .map((r) => `${r.sources[0]!.file}:${r.sources[0]!.line} ${r.url} ${r.status}`);

  it('finds exactly the broken links: missing page, missing fragment, missing image, no trailing slash, relative link on the 404 page', () => {
    expect(problems).toEqual([
      '404.html:4 about/ relative-on-error-page',
      'index.html:13 /about/#nobody missing-fragment',
      'index.html:14 /missing/ missing-page',
      'index.html:17 /about needs-trailing-slash',
      'index.html:21 /logo@2x.png missing-page',
      '活动/index.html:4 ../missing-form/ missing-page',
    ]);
  });

  it('accepts percent-encoded and raw Chinese paths and fragments, <a name> targets, #top, and absolute URLs of this site', () => {
    const status = (page: string, url: string) =>
      results.find((r) => r.sources[0]!.file === page && r.url === url)?.status;
    expect(status('index.html', '/%E6%B4%BB%E5%8A%A8/#%E6%97%A5%E7%A8%8B')).toBe('ok');
    expect(status('index.html', '/活动/#日程')).toBe('ok');
    expect(status('about/index.html', '#old-anchor')).toBe('ok');
    expect(status('about/index.html', '#top')).toBe('ok');
    expect(status('about/index.html', '../#main')).toBe('ok');
    expect(status('index.html', 'https://xuexizhou.example.org/about/?from=home')).toBe('ok');
    expect(status('活动/index.html', '/about/')).toBe('ok');
    // Another site and a non-web URL are classified away from the dist/ checker, not checked as pages.
    expect(classify('https://example.org/', 'index.html', root).kind).toBe('external');
    expect(classify('mailto:someone@example.org', 'index.html', root).kind).toBe('not-http');
    expect(status('index.html', 'https://example.org/')).toBeUndefined();
    expect(status('index.html', 'mailto:someone@example.org')).toBeUndefined();
    expect(
      results.filter((r) => r.sources[0]!.file === 'index.html' && /^(https:\/\/example\.org|mailto:)/.test(r.url)),
    ).toEqual([]);
  });

  it('checks the same site mounted under a base path', () => {
    const mounted: SiteOptions = { site, base: '/xuexizhou/' };
    const dist = {
      files: new Set(['index.html', 'a/index.html']),
      pages: new Map([
        [
          'index.html',
          extractHtml(
            '<a href="/xuexizhou/a/#x">a</a><a href="/a/">a</a><a href="a/">a</a><a href="/xuexizhou">home</a>',
          ),
        ],
        ['a/index.html', extractHtml('<h2 id="x">x</h2><a href="../">home</a>')],
      ]),
    };
    expect(checkDist(dist, mounted).map((r) => `${r.url} ${r.status}`)).toEqual([
      '/xuexizhou/a/#x ok',
      '/a/ outside-base',
      'a/ ok',
      '/xuexizhou needs-trailing-slash',
      '../ ok',
    ]);
  });

  it('reports each problem in Chinese with page, line, column and the URL as written', () => {
    const missing = results.find((r) => r.status === 'missing-fragment')!;
    expect(formatProblem(missing)).toBe(
      'index.html 第 13 行第 1 列：<a href="/about/#nobody"> 锚点 #nobody 在 about/index.html 中不存在：页面上没有 id="nobody" 的元素',
    );
    expect(formatProblems(results).split('\n')).toHaveLength(6);
    expect(formatProblems(results.filter((r) => !isProblem(r)))).toBe('');
  });
});

describe('one pipeline and one status model for dist/ and external links', () => {
  const options = {
    root: '.',
    site: root,
    distDir: fixture,
    excludes: [],
    concurrency: 1,
    perHost: 1,
    deadline: 1000,
    http: { timeout: 1, retries: 0, maxRedirects: 0, retryAfterCap: 0, backoff: 0, userAgent: 't', maxBodyBytes: 1 },
  };

  it('--offline runs through runLinkCheck: the same results as the dist/ checker, and no request', async () => {
    const outcome = await runLinkCheck({ ...options, offline: true });
    expect(outcome.results).toEqual(checkDist(collectDist(fixture), root));
    expect(outcome).toMatchObject({ editorErrors: [], cached: 0 });
    expect(offlineReport(outcome.results).split('\n')[0]).toBe('站内链接有 6 处问题：');
    expect(exitCode(outcome.results, [])).toBe(2);
    expect(
      exitCode(
        outcome.results.filter((r) => !isProblem(r)),
        [],
      ),
    ).toBe(0);
  });

  it('names every status in Chinese, and the JSON report counts dist/ statuses beside the HTTP ones', () => {
    const all: Status[] = [
      'ok',
      'redirect',
      'broken',
      'timeout',
      'error',
      'excluded',
      'missing-page',
      'missing-fragment',
      'needs-trailing-slash',
      'outside-base',
      'malformed',
      'relative-on-error-page',
    ];
    expect(Object.keys(statusLabels).sort()).toEqual([...all].sort());
    for (const status of all) expect(statusLabels[status]).toMatch(/[\u4e00-\u9fff]/);
    expect(all.filter((status) => isProblem({ status }))).toEqual(
      all.filter((s) => !['ok', 'redirect', 'excluded'].includes(s)),
    );
    const summary = jsonReport(checkDist(collectDist(fixture), root), []).summary;
    expect(summary).toMatchObject({
      'missing-page': 3,
      'missing-fragment': 1,
      'needs-trailing-slash': 1,
      'relative-on-error-page': 1,
      broken: 0,
    });
    expect(summary).not.toHaveProperty('outside-base');
  });
});
