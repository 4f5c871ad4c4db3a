/**
 * Serves a built copy of the site with the real nginx and the shipped configuration, and checks
 * what a reader's browser gets: headers, caching, compression, 404, redirects, and the pages
 * working under the Content-Security-Policy in Chromium.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { t } from '../../src/i18n/zh-CN.ts';
import { htmlFiles, pathOf } from '../../scripts/lib/dist-files.ts';
import type { ProjectCopy } from '../../scripts/lib/project-copy.ts';
import { launchChromium } from '../../scripts/lib/chromium.ts';
import { load, recordingPage } from './browser.ts';
import { buildCopyWithRedirect, get, requireNginx, startNginx, testRedirect, type RunningNginx } from './nginx.ts';

let copy: ProjectCopy | undefined;
let dist = '';
let nginx: RunningNginx | undefined;

beforeAll(async () => {
  requireNginx(); // before the build, so a missing nginx fails at once
  ({ copy, dist } = buildCopyWithRedirect());
  nginx = await startNginx(dist);
});
afterAll(async () => {
  try {
    await nginx?.stop();
  } finally {
    copy?.remove();
  }
});

const fetchPath = (path: string, headers?: Record<string, string>) => get(nginx!.origin, path, headers);

/** Splits a policy into directive → sources. */
function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...sources]) => [name!, sources]),
  );
}

describe('security headers', () => {
  it('HTML gets a CSP without unsafe-inline that allows each inline script of the build by hash', async () => {
    const res = await fetchPath('/');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    const policy = String(res.headers['content-security-policy']);
    expect(readFileSync(join(dist, 'nginx-csp.conf'), 'utf8')).toContain(
      `add_header Content-Security-Policy "${policy}" always;`,
    );
    const csp = directives(policy);
    expect(csp.get('default-src')).toEqual(["'self'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'self'"]);
    expect(csp.get('form-action')).toEqual(["'self'"]);
    expect(csp.get('frame-ancestors')).toEqual(["'self'"]);
    const scriptSrc = csp.get('script-src')!;
    expect(scriptSrc[0]).toBe("'self'");
    for (const source of scriptSrc.slice(1))
      expect(source).toMatch(/^'sha256-[A-Za-z0-9+/]+={0,2}'$|^'wasm-unsafe-eval'$/);
    // No remote origin, wildcard or unsafe keyword anywhere (hashes only, data: only for images).
    for (const [name, sources] of csp) {
      for (const source of sources)
        expect(`${name} ${source}`).not.toMatch(/https?:|\*|'unsafe-inline'|'unsafe-eval'|^(?!img-src).* data:/);
    }

    // Hashes computed here with a real HTML parser, independently of the build's own scanner.
    const inline = htmlFiles(dist).flatMap((file) =>
      parse(readFileSync(join(dist, file), 'utf8'))
        .querySelectorAll('script:not([src])')
        .filter((s) => !/json/.test(s.getAttribute('type') ?? ''))
        .map((s) => s.rawText),
    );
    const prePaint = inline.find((s) => s.includes("localStorage.getItem('mode')"));
    expect(prePaint, 'the 长辈模式 script in <head>').toBeDefined();
    for (const script of inline)
      expect(scriptSrc).toContain(`'sha256-${createHash('sha256').update(script).digest('base64')}'`);
  });

  it('sends nosniff, referrer, permissions and framing headers on pages, assets, 404s and redirects, and no HSTS over plain HTTP', async () => {
    for (const path of ['/', '/favicon.svg', '/no-such-page/', testRedirect.from, '/notice-2031']) {
      const { headers } = await fetchPath(path);
      expect(headers['x-content-type-options'], path).toBe('nosniff');
      expect(headers['referrer-policy'], path).toBe('strict-origin-when-cross-origin');
      expect(headers['permissions-policy'], path).toMatch(/(^|, )camera=\(\)/);
      expect(headers['x-frame-options'], path).toBe('SAMEORIGIN');
      expect(headers['content-security-policy'], path).toContain("frame-ancestors 'self'");
      expect(headers['strict-transport-security'], path).toBeUndefined();
      expect(headers.server, path).toBe('nginx');
    }
  });
});

describe('caching', () => {
  it('caches hashed /_astro/ files for a year and makes HTML revalidate', async () => {
    const html = (await fetchPath('/')).body.toString();
    const asset = /href="(\/_astro\/[^"]+\.css)"/.exec(html)?.[1];
    expect(asset).toBeDefined();
    const css = await fetchPath(asset!);
    expect(css.status).toBe(200);
    expect(css.headers['content-type']).toBe('text/css; charset=utf-8');
    expect(css.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(css.headers['x-content-type-options']).toBe('nosniff');

    const page = await fetchPath('/notice-2031/');
    expect(page.headers['cache-control']).toBe('no-cache');
    const again = await fetchPath('/notice-2031/', { 'if-none-match': String(page.headers.etag) });
    expect(again.status).toBe(304);
  });
});

describe('compression', () => {
  it('gzips HTML and CSS when the browser asks, and only then', async () => {
    const file = readFileSync(join(dist, 'notice-2031/index.html'));
    const zipped = await fetchPath('/notice-2031/', { 'accept-encoding': 'gzip, deflate, br' });
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.headers.vary).toBe('Accept-Encoding');
    expect(gunzipSync(zipped.body).equals(file)).toBe(true);
    expect(zipped.body.length).toBeLessThan(file.length / 2);
    const plain = await fetchPath('/notice-2031/');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.equals(file)).toBe(true);

    const asset = /href="(\/_astro\/[^"]+\.css)"/.exec(file.toString())![1]!;
    expect((await fetchPath(asset, { 'accept-encoding': 'gzip' })).headers['content-encoding']).toBe('gzip');
  });
});

describe('addresses', () => {
  it('answers a missing page with status 404 and the Chinese 404 page', async () => {
    for (const path of ['/no-such-page/', '/notice-2031/missing.pdf', '/_astro/missing.css']) {
      const res = await fetchPath(path);
      expect(res.status, path).toBe(404);
      expect(res.headers['content-type'], path).toBe('text/html; charset=utf-8');
      expect(res.body.toString(), path).toContain(t('notFound.title'));
    }
  });

  it('does not serve the build artefact meant for nginx', async () => {
    expect((await fetchPath('/nginx-csp.conf')).status).toBe(404);
  });

  it('turns content/redirects.json into real 301s, keeping the query string', async () => {
    // The moved pages come first, in the order of content/redirects.json (the test's, then the
    // fixture's own); the cases' short URLs (/c/2031-001/ → /cases/…/) follow.
    const moves = (
      JSON.parse(readFileSync(join(dist, '../content/redirects.json'), 'utf8')) as { from: string; to?: string }[]
    ).filter((r) => r.to !== undefined);
    const map = readFileSync(join(dist, 'redirects.map'), 'utf8').split('\n').filter(Boolean);
    expect(map[0]).toBe(`${testRedirect.from} ${testRedirect.to};`);
    expect(map.slice(0, moves.length)).toEqual(moves.map((r) => `${r.from} ${r.to};`));
    for (const line of map.slice(moves.length)) expect(line).toMatch(/^\/c\/\d{4}-\d{3}\/ \/cases\/[a-z0-9-]+\/;$/);
    const short = map[moves.length]?.slice(0, -1).split(' ');
    if (short) expect((await fetchPath(short[0]!)).headers.location).toBe(short[1]);
    const moved = await fetchPath(testRedirect.from);
    expect(moved.status).toBe(301);
    expect(moved.headers.location).toBe(testRedirect.to);
    expect((await fetchPath(`${testRedirect.from}?utm=x`)).headers.location).toBe(`${testRedirect.to}?utm=x`);
    // Without the slash: first the slash, then the move.
    const bare = await fetchPath(testRedirect.from.slice(0, -1));
    expect([bare.status, bare.headers.location]).toEqual([301, testRedirect.from]);
  });

  it('adds the trailing slash the site publishes with a 301', async () => {
    const res = await fetchPath('/notice-2031?a=1');
    expect(res.status).toBe(301);
    expect(res.headers.location).toBe('/notice-2031/?a=1');
    expect((await fetchPath('/notice-2031/')).status).toBe(200);
  });
});

describe('in Chromium under the served CSP', () => {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('every page loads with zero CSP violations and no console errors', async () => {
    const context = await browser!.newContext();
    const visit = await recordingPage(context);
    // Redirect stubs navigate away at once (meta refresh); their targets are loaded in their own right.
    const paths = htmlFiles(dist)
      .filter((f) => f !== '404.html' && !readFileSync(join(dist, f), 'utf8').includes('http-equiv="refresh"'))
      .map(pathOf);
    expect(paths).toContain('/notice-2031/');
    for (const path of paths) expect(await load(visit, `${nginx!.origin}${path}`), path).toBe(200);
    expect(visit.violations).toEqual([]);
    expect(visit.console).toEqual([]);

    expect(await load(visit, `${nginx!.origin}/no-such-page/`)).toBe(404);
    expect(visit.violations).toEqual([]);
    // Chromium logs the 404 status of the document itself; nothing else may appear.
    expect(visit.console.filter((m) => !/status of 404/.test(m))).toEqual([]);
    await context.close();
    // Every page of the site, one after another: minutes on a loaded 2-core machine.
  }, 600_000);

  it('notices a violation: an inline script the build did not hash is blocked and reported', async () => {
    // Shows that the check above can fail: this page appears after the hashes were computed.
    const index = readFileSync(join(dist, 'index.html'), 'utf8');
    mkdirSync(join(dist, 'csp-probe'), { recursive: true });
    writeFileSync(
      join(dist, 'csp-probe/index.html'),
      index.replace('</body>', "<script>document.title = 'injected';</script></body>"),
    );
    const context = await browser!.newContext();
    const visit = await recordingPage(context);
    await load(visit, `${nginx!.origin}/csp-probe/`);
    expect(visit.violations).toEqual(['script-src-elem inline']);
    expect(visit.console.join('\n')).toContain('Content Security Policy');
    expect(await visit.page.title()).not.toBe('injected');
    await context.close();
  });

  it('the 长辈模式 switch works and is remembered on the next page', async () => {
    const context = await browser!.newContext();
    const visit = await recordingPage(context);
    const { page } = visit;
    const rootFontSize = () => page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
    await load(visit, `${nginx!.origin}/`);
    const normal = await rootFontSize();
    expect(await page.evaluate(() => document.documentElement.dataset.mode)).toBeUndefined();

    const toggle = () => page.getByRole('switch', { name: t('mode.label') }).click();
    await toggle();
    expect(await page.evaluate(() => document.documentElement.dataset.mode)).toBe('elder');
    expect(await page.evaluate(() => localStorage.getItem('mode'))).toBe('elder');

    // On a new page only the scripts can know: the <head> script sets the mode, the module ticks the box.
    await load(visit, `${nginx!.origin}/notice-2031/`);
    expect(await page.evaluate(() => document.documentElement.dataset.mode)).toBe('elder');
    expect(await page.isChecked('#elder-mode')).toBe(true);
    expect(await rootFontSize()).toBeCloseTo(normal * 1.25, 1);

    await toggle();
    await load(visit, `${nginx!.origin}/`);
    expect(await page.evaluate(() => document.documentElement.dataset.mode)).toBeUndefined();
    expect(visit.violations).toEqual([]);
    expect(visit.console).toEqual([]);
    await context.close();
  });
});
