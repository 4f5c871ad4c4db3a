/**
 * The built site as the browser tests see it: every page the sitemap lists plus the
 * not-found page, served from dist/ on a loopback port that each test file starts and stops.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import type { Server } from 'node:http';
import type { Browser, Page, Response } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { startStaticServer } from '../../scripts/lib/static-server.ts';
import { siteConfig } from '../../src/site.config.ts';
import { launchChromium } from '../../scripts/lib/chromium.ts';
import { openView, type View, type ViewContext } from './browser.ts';

const distDir = new URL('../../dist/', import.meta.url).pathname;

/** A path no page will ever have, so the server answers it with the 404 page. */
export const notFoundPath = `${siteConfig.base.replace(/\/$/, '')}/e2e-no-such-page/`;

const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!.trim()).pathname);

/** Reads dist/ once: the path of every page in the sitemaps, in order, then the not-found path. */
export function sitePaths(): string[] {
  const index = `${distDir}sitemap-index.xml`;
  if (!existsSync(index)) throw new Error(`${index} is missing: run npm run build before the browser tests.`);
  const base = siteConfig.base.replace(/\/$/, '');
  const pages = locs(readFileSync(index, 'utf8')).flatMap((sitemap) =>
    locs(readFileSync(`${distDir}${sitemap.slice(base.length + 1)}`, 'utf8')),
  );
  if (pages.length === 0) throw new Error('The sitemap lists no pages.');
  return [...pages, notFoundPath];
}

/**
 * One page per template, the richest of each (largest HTML): keyboard, no-JS and touch-target
 * behaviour comes from the template and its components, so repeating them on every book or
 * lecture only costs minutes of the 15-minute test budget. axe, html-validate and the link
 * checks still cover every page. A top-level page is its own template; below that, path
 * segments other than dates and fixed words (print) stand for any entry.
 */
export function templatePaths(): string[] {
  const base = siteConfig.base.replace(/\/$/, '');
  const template = (path: string) => {
    const segments = path.slice(base.length).split('/').filter(Boolean);
    if (segments.length <= 1) return path;
    return [
      segments[0],
      ...segments.slice(1).map((s) => (/^\d{4}-\d{2}-\d{2}$/.test(s) ? 'date' : s === 'print' ? s : '*')),
    ].join('/');
  };
  const size = (path: string) =>
    path === notFoundPath ? 0 : statSync(`${distDir}${path.slice(base.length + 1)}index.html`).size;
  const richest = new Map<string, string>();
  for (const path of sitePaths()) {
    const key = template(path);
    const seen = richest.get(key);
    if (seen === undefined || size(path) > size(seen)) richest.set(key, path);
  }
  return [...richest.values()];
}

export interface Site {
  /** http://127.0.0.1:port, without a trailing slash. */
  origin: string;
  browser: Browser;
  /** Opens a watched context for one view of this site (see openView). */
  open(view: View, options?: { javaScript?: boolean }): Promise<ViewContext>;
}

/**
 * Serves dist/ (or another build, such as the province fixture's: tests/helpers/province.ts) and
 * starts Chromium for the calling test file; both stop after its last test.
 * The returned object is filled in by beforeAll, so read its fields inside tests only.
 */
export function useSite(root: string = distDir): Site {
  const site = {
    open: (view, options) =>
      openView(site.browser, view, { origin: site.origin, expect404: [notFoundPath], ...options }),
  } as Site;
  let server: Server | undefined;
  beforeAll(async () => {
    server = await startStaticServer({ root, base: siteConfig.base });
    const { port } = server.address() as { port: number };
    site.origin = `http://127.0.0.1:${port}`;
    site.browser = await launchChromium();
  });
  afterAll(async () => {
    await site.browser?.close();
    await new Promise((done) => (server ? server.close(done) : done(undefined)));
  });
  return site;
}

/** Opens a path and checks its status: 200 for a page, 404 for the not-found page. */
export async function visit(page: Page, origin: string, path: string): Promise<Response> {
  const response = await page.goto(`${origin}${path}`);
  const expected = path === notFoundPath ? 404 : 200;
  if (response?.status() !== expected) throw new Error(`${path} answered ${response?.status()}, expected ${expected}`);
  return response;
}
