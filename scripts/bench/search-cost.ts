/**
 * What search costs a visitor, measured on a built dist/ in Chromium behind the real nginx with
 * the shipped configuration (deploy/nginx), so bytes are what goes over the wire: gzip where nginx
 * compresses, as-is where it does not (Pagefind's index files are gzip already). Requests and bytes
 * for the /search/ page itself, a cold first query and a second query, and the index on disk.
 * `npm run bench` measures the real site and the largest synthetic corpus; `npm run bench:search`
 * measures the local dist/.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { launchChromium } from '../lib/chromium.ts';
import { startNginx } from '../lib/nginx.ts';

export interface Transfer {
  requests: number;
  /** Response bodies as nginx sent them (gzip where it compresses). */
  bytes: number;
  /** The same responses if the server compressed with brotli (level 6) where nginx uses gzip. */
  brotliBytes: number;
  /** Response bodies decoded. */
  rawBytes: number;
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

const brotli = (body: Buffer) =>
  brotliCompressSync(body, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 6, [constants.BROTLI_PARAM_SIZE_HINT]: body.byteLength },
  }).byteLength;

/** Serves `distDir` under `base` with nginx, loads /search/, runs the two queries and measures each step. */
export async function measureSearchCost(distDir: string, base: string): Promise<SearchCost> {
  const server = await startNginx(distDir, base);
  const browser = await launchChromium();
  try {
    const page = await (await browser.newContext()).newPage();
    const empty = (): Transfer => ({ requests: 0, bytes: 0, brotliBytes: 0, rawBytes: 0, pagefindRequests: 0 });
    let phase = empty();
    const fetched = new Set<string>();
    const pending: Promise<void>[] = [];
    page.on('requestfinished', (request) => {
      const counted = phase;
      pending.push(
        (async () => {
          const response = await request.response();
          const body = (await response?.body().catch(() => undefined)) ?? Buffer.alloc(0);
          const { responseBodySize } = await request.sizes();
          const encoded = response ? (await response.headerValue('content-encoding')) !== null : false;
          // Chromium reports no size for what a worker fetched (Pagefind's own worker script); a URL
          // seen before in this session came from the cache.
          const seen = fetched.has(request.url());
          fetched.add(request.url());
          const wire =
            responseBodySize > 0 || seen
              ? responseBodySize
              : encoded
                ? gzipSync(body, { level: 5 }).byteLength
                : body.length;
          if (process.env.SEARCH_COST_VERBOSE) console.error(`${wire}\t${body.length}\t${request.url()}`);
          counted.requests += 1;
          counted.bytes += wire;
          counted.brotliBytes += encoded && !seen ? brotli(body) : wire;
          counted.rawBytes += body.length;
          if (request.url().includes('/pagefind/')) counted.pagefindRequests += 1;
        })(),
      );
    });
    const settle = async () => {
      await page.waitForFunction(() => document.querySelector<HTMLElement>('search-page')?.dataset.state === 'done');
      await page.waitForLoadState('networkidle');
      await Promise.all(pending.splice(0));
    };
    const take = () => {
      const taken = phase;
      phase = empty();
      return taken;
    };
    await page.goto(`${server.origin}${base}search/`);
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
    const entry = JSON.parse(await readFile(join(distDir, 'pagefind/pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    const pages = Object.values(entry.languages).reduce((sum, l) => sum + l.page_count, 0);
    return { pageLoad, coldFirstQuery, secondQuery, index: await indexSize(join(distDir, 'pagefind')), pages };
  } finally {
    await browser.close();
    await server.stop();
  }
}
