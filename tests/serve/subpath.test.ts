/**
 * Builds the site for a sub-path (SITE_BASE=/xuexizhou/, as when it is a column of a portal),
 * serves it with nginx under that path, and follows every address the build wrote — links,
 * assets, CSS url()s, canonicals, sitemap, robots.txt, redirects.map — to a real response.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { t } from '../../src/i18n/zh-CN.ts';
import { siteConfig } from '../../src/site.config.ts';
import { htmlFiles, pathOf } from '../../scripts/lib/dist-files.ts';
import type { ProjectCopy } from '../../scripts/lib/project-copy.ts';
import { launchChromium } from '../../scripts/lib/chromium.ts';
import { load, recordingPage } from './browser.ts';
import { buildCopyWithRedirect, get, requireNginx, startNginx, testRedirect, type RunningNginx } from './nginx.ts';

const base = '/xuexizhou/';
const site = new URL(siteConfig.site);
let copy: ProjectCopy | undefined;
let dist = '';
let nginx: RunningNginx | undefined;

beforeAll(async () => {
  requireNginx(); // before the build, so a missing nginx fails at once
  ({ copy, dist } = buildCopyWithRedirect({ SITE_BASE: base }));
  nginx = await startNginx(dist, base);
});
afterAll(async () => {
  try {
    await nginx?.stop();
  } finally {
    copy?.remove();
  }
});

const fetchPath = (path: string) => get(nginx!.origin, path);

/** One address found in the build: where it was written, and what it resolves to on this site. */
interface Reference {
  in: string;
  url: URL;
}

/** The page URL a built file is read at; the 404 page is read deep down, where a relative link would break. */
const pageUrl = (file: string) =>
  new URL(`${base}${file === '404.html' ? 'some/missing/page/' : pathOf(file).slice(1)}`, site);

/** Collects every same-site address written into dist/; other sites, mailto:, tel:, data: and #fragments are skipped. */
function references(): Reference[] {
  const found: Reference[] = [];
  const add = (where: string, value: string | undefined, against: URL) => {
    const raw = value?.trim();
    if (!raw || /^(#|mailto:|tel:|data:)/i.test(raw)) return;
    const url = new URL(raw, against);
    if (url.origin === site.origin) found.push({ in: where, url });
  };
  for (const file of htmlFiles(dist)) {
    const doc = parse(readFileSync(join(dist, file), 'utf8'));
    const at = pageUrl(file);
    for (const el of doc.querySelectorAll('[href], [src], [action], [poster], [srcset]')) {
      for (const name of ['href', 'src', 'action', 'poster']) add(file, el.getAttribute(name), at);
      for (const candidate of el.getAttribute('srcset')?.split(',') ?? [])
        add(file, candidate.trim().split(/\s+/)[0], at);
    }
    add(
      file,
      /url=(.+)$/i.exec(doc.querySelector('meta[http-equiv="refresh"]')?.getAttribute('content') ?? '')?.[1],
      at,
    );
    for (const meta of doc.querySelectorAll('meta[property^="og:"]')) {
      if (/^https?:/.test(meta.getAttribute('content') ?? '')) add(file, meta.getAttribute('content'), at);
    }
  }
  const files = readdirSync(dist, { recursive: true, encoding: 'utf8' });
  for (const css of files.filter((f) => f.endsWith('.css'))) {
    for (const [, , value] of readFileSync(join(dist, css), 'utf8').matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)/g))
      add(css, value, new URL(`${base}${css}`, site));
  }
  for (const xml of files.filter((f) => /^sitemap.*\.xml$/.test(f))) {
    for (const [, loc] of readFileSync(join(dist, xml), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)) add(xml, loc, site);
  }
  add('robots.txt', /^Sitemap: (.+)$/m.exec(readFileSync(join(dist, 'robots.txt'), 'utf8'))?.[1], site);
  for (const line of readFileSync(join(dist, 'redirects.map'), 'utf8').trim().split('\n')) {
    for (const path of line.replace(/;$/, '').split(' ')) add('redirects.map', path, site);
  }
  return found;
}

describe(`the site built for ${base}`, () => {
  it('writes every same-site address under the base', () => {
    const refs = references();
    // Pages, stylesheet, favicon, sitemap index and its sitemap, robots, both ends of the redirect.
    expect(refs.length).toBeGreaterThan(20);
    const outside = refs.filter((r) => !r.url.pathname.startsWith(base)).map((r) => `${r.in}: ${r.url.pathname}`);
    expect(outside).toEqual([]);
    expect(refs.map((r) => r.url.pathname)).toEqual(
      expect.arrayContaining([
        `${base}sitemap-index.xml`,
        `${base}sitemap-0.xml`,
        `${base}old-notice/`,
        `${base}notice-2031/`,
      ]),
    );
  });

  it('gives every page a canonical URL under the base (a moved page names its new address)', () => {
    for (const file of htmlFiles(dist).filter((f) => f !== '404.html')) {
      const doc = parse(readFileSync(join(dist, file), 'utf8'));
      const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href');
      // A redirect stub (a moved page, a case's short URL) names the page it leads to.
      const refresh = doc
        .querySelector('meta[http-equiv="refresh"]')
        ?.getAttribute('content')
        ?.replace(/^0; url=/, '');
      const expected = refresh ? new URL(refresh, site).href : new URL(`${base}${pathOf(file).slice(1)}`, site).href;
      expect(refresh === undefined || refresh.startsWith(base), file).toBe(true);
      expect(canonical, file).toBe(expected);
    }
  });

  it('every such address answers through nginx: 200, or a 301 to a page of the site for a moved page', async () => {
    const redirectMap = new Map(
      readFileSync(join(dist, 'redirects.map'), 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((line) => line.slice(0, -1).split(' ') as [string, string]),
    );
    const failures: string[] = [];
    const paths = new Map(references().map((r) => [`${r.url.pathname}${r.url.search}`, r.in]));
    for (const [path, where] of paths) {
      const res = await fetchPath(path);
      // Moved pages and short URLs answer with the 301 the redirect map gives them.
      const moved = res.status === 301 && redirectMap.get(path) === res.headers.location;
      if (res.status !== 200 && !moved)
        failures.push(`${where}: ${path} → ${res.status} ${res.headers.location ?? ''}`);
    }
    expect(failures).toEqual([]);
    const checked = [...paths.keys()];
    expect(checked).toEqual(
      expect.arrayContaining([base, `${base}notice-2031/`, `${base}favicon.svg`, `${base}sitemap-0.xml`]),
    );
    expect(checked.some((p) => p.startsWith(`${base}_astro/`) && p.endsWith('.css'))).toBe(true);
  });
});

describe(`nginx with the site at ${base}`, () => {
  it('adds the trailing slash to the base and to pages, and moves redirected pages', async () => {
    for (const [from, to] of [
      [base.slice(0, -1), base],
      [`${base}notice-2031`, `${base}notice-2031/`],
      [`${base}${testRedirect.from.slice(1)}`, `${base}${testRedirect.to.slice(1)}`],
    ] as const) {
      const res = await fetchPath(from);
      expect([from, res.status, res.headers.location]).toEqual([from, 301, to]);
    }
  });

  it('serves nothing outside the base: the Chinese 404 page with status 404', async () => {
    for (const path of ['/', '/notice-2031/', '/index.html', `${base}nginx-csp.conf`]) {
      const res = await fetchPath(path);
      expect(res.status, path).toBe(404);
      expect(res.body.toString(), path).toContain(t('notFound.title'));
      expect(res.headers['content-security-policy'], path).toContain("default-src 'self'");
    }
    expect((await fetchPath(`${base}_astro/missing.css`)).status).toBe(404);
  });

  describe('in Chromium', () => {
    let browser: Browser | undefined;
    beforeAll(async () => {
      browser = await launchChromium();
    });
    afterAll(async () => {
      await browser?.close();
    });

    it('pages and the 404 page load all their files with no CSP violation', async () => {
      const context = await browser!.newContext();
      const visit = await recordingPage(context);
      const failed: string[] = [];
      visit.page.on('response', (res) => {
        if (res.status() >= 400 && res.request().resourceType() !== 'document')
          failed.push(`${res.status()} ${res.url()}`);
      });
      // A request cancelled because the test moved on to the next page (often the favicon) is not a missing file;
      // missing files answer 404 and are caught above.
      visit.page.on('requestfailed', (req) => {
        if (req.failure()?.errorText !== 'net::ERR_ABORTED')
          failed.push(`failed ${req.url()} (${req.failure()?.errorText})`);
      });
      // Redirect stubs navigate away at once (meta refresh); their targets are loaded here in their own right.
      const pages = htmlFiles(dist).filter(
        (file) => !readFileSync(join(dist, file), 'utf8').includes('http-equiv="refresh"'),
      );
      for (const file of pages) {
        const status = await load(visit, `${nginx!.origin}${pageUrl(file).pathname}`);
        expect(status, file).toBe(file === '404.html' ? 404 : 200);
        const sheets = await visit.page.evaluate(
          () => [...document.styleSheets].filter((s) => s.cssRules.length > 0).length,
        );
        expect(sheets, `${file} has its stylesheet`).toBeGreaterThan(0);
      }
      expect(failed).toEqual([]);
      expect(visit.violations).toEqual([]);
      expect(visit.console.filter((m) => !/status of 404/.test(m))).toEqual([]);
      await context.close();
      // Every page of the site, one after another: minutes on a loaded 2-core machine.
    }, 600_000);
  });
});
