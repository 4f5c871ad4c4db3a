/**
 * What search costs a visitor, measured on a built dist/ in Chromium: requests and bytes for
 * the /search/ page itself, a cold first query and a second query, and the index on disk.
 * `npm run bench` measures the real site and the largest synthetic corpus; `npm run bench:search`
 * measures the local dist/.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { startStaticServer } from '../lib/static-server.ts';
import { launchChromium } from '../lib/chromium.ts';

export interface Transfer {
  requests: number;
  bytes: number;
  pagefindRequests: number;
}

export interface SearchCost {
  pageLoad: Transfer;
  coldFirstQuery: Transfer & { query: string; results: number; ms: number };
  secondQuery: Transfer & { query: string; results: number; ms: number };
  /** Files a search may fetch, and Pagefind's own UI bundles, which the site never loads. */
  index: { files: number; bytes: number; unusedUiBytes: number };
  /** Pages in the index, as Pagefind's entry file records them. */
  pages: number;
}

/** The queries measured: a common phrase, then a two-term query that reuses part of what the first loaded. */
const QUERIES = ['终身学习', '太原 讲座'] as const;

async function indexSize(dir: string): Promise<SearchCost['index']> {
  let files = 0;
  let bytes = 0;
  let ui = 0;
  for (const file of (await readdir(dir, { recursive: true })) as string[]) {
    const info = await stat(join(dir, file));
    if (!info.isFile()) continue;
    if (/ui\.(js|css)$|highlight\.js$/.test(file)) ui += info.size;
    else {
      files += 1;
      bytes += info.size;
    }
  }
  return { files, bytes, unusedUiBytes: ui };
}

/** Serves `distDir` under `base`, loads /search/, runs the two queries and measures each step. */
export async function measureSearchCost(distDir: string, base: string): Promise<SearchCost> {
  const server = await startStaticServer({ root: distDir, base });
  const browser = await launchChromium();
  try {
    const origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
    const page = await (await browser.newContext()).newPage();
    let phase: Transfer = { requests: 0, bytes: 0, pagefindRequests: 0 };
    page.on('response', async (response) => {
      const body = await response.body().catch(() => Buffer.alloc(0));
      phase.requests += 1;
      phase.bytes += body.length;
      if (response.url().includes('/pagefind/')) phase.pagefindRequests += 1;
    });
    const settle = async () => {
      await page.waitForFunction(() => document.querySelector<HTMLElement>('search-page')?.dataset.state === 'done');
      await page.waitForLoadState('networkidle');
    };
    const take = () => {
      const taken = phase;
      phase = { requests: 0, bytes: 0, pagefindRequests: 0 };
      return taken;
    };
    await page.goto(`${origin}${base}search/`);
    await settle();
    const pageLoad = take();
    const query = async (q: string) => {
      const t0 = performance.now();
      await page.locator('#search-q').fill(q);
      await page.locator('#search-q').press('Enter');
      await page.waitForURL((url) => url.searchParams.get('q') === q);
      await settle();
      const ms = Math.round(performance.now() - t0);
      const results = await page.locator('.search-results > li').count();
      return { query: q, ...take(), results, ms };
    };
    const coldFirstQuery = await query(QUERIES[0]);
    const secondQuery = await query(QUERIES[1]);
    const entry = JSON.parse(await readFile(join(distDir, 'pagefind/pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    const pages = Object.values(entry.languages).reduce((sum, l) => sum + l.page_count, 0);
    return { pageLoad, coldFirstQuery, secondQuery, index: await indexSize(join(distDir, 'pagefind')), pages };
  } finally {
    await browser.close();
    server.close();
  }
}
