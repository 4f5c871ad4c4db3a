/**
 * npm run bench:search — what search costs a visitor, measured on the built dist/ in Chromium:
 * requests and bytes for the /search/ page itself, a cold first query and a second query, and
 * the size of the index on disk. Run `npm run build` first. Writes bench-results/search.json.
 */
import { mkdir, readdir, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Server } from 'node:http';
import { startStaticServer } from '../lib/static-server.ts';
import { siteConfig } from '../../src/site.config.ts';
import { launchChromium } from '../../tests/e2e/browser.ts';

const root = new URL('../../', import.meta.url).pathname;
const dist = join(root, 'dist');
const base = siteConfig.base;

/** Sums file sizes under a directory, split into the files a search fetches and Pagefind's unused UI bundles. */
async function indexSize(dir: string) {
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

const server: Server = await startStaticServer({ root: dist, base });
const origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
const browser = await launchChromium();
const context = await browser.newContext();
const page = await context.newPage();
let phase = { requests: 0, bytes: 0, pagefindRequests: 0 };
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
  return { query: q, ...take(), ms: Math.round(performance.now() - t0) };
};
const first = await query('终身学习');
const second = await query('太原 讲座');
const result = { pageLoad, coldFirstQuery: first, secondQuery: second, index: await indexSize(join(dist, 'pagefind')) };
await browser.close();
server.close();
await mkdir(join(root, 'bench-results'), { recursive: true });
await writeFile(join(root, 'bench-results/search.json'), `${JSON.stringify(result, null, 2)}\n`);
console.log(JSON.stringify(result, null, 2));
