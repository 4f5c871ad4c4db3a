/**
 * Takes screenshots of built pages at phone and desktop widths, in normal and 长辈模式,
 * for people to look at: `node scripts/screenshots.ts / /notice-2023/` → test-results/shots/.
 * Exit codes: 0 done, 1 when dist/ or Chromium is missing.
 */
import { mkdir } from 'node:fs/promises';
import { launchChromium } from './lib/chromium.ts';
import { startStaticServer } from './lib/static-server.ts';

const paths = process.argv.slice(2).length ? process.argv.slice(2) : ['/'];
const out = new URL('../test-results/shots/', import.meta.url).pathname;
await mkdir(out, { recursive: true });
const server = await startStaticServer({ root: new URL('../dist/', import.meta.url).pathname });
const { port } = server.address() as { port: number };
const browser = await launchChromium();
for (const width of [390, 1280]) {
  for (const mode of ['normal', 'elder']) {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    if (mode === 'elder') await page.addInitScript(() => localStorage.setItem('mode', 'elder'));
    for (const path of paths) {
      // networkidle: pages that load data after the first paint (search results) are shot once they have it.
      await page.goto(`http://127.0.0.1:${port}${path}`, { waitUntil: 'networkidle' });
      const name = `${path.replace(/\//g, '_') || '_'}-${width}-${mode}.png`;
      await page.screenshot({ path: `${out}${name}`, fullPage: true });
      console.log(`${out}${name}`);
    }
    await page.close();
  }
}
await browser.close();
server.close();
