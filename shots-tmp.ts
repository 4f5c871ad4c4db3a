import { launchChromium } from './tests/e2e/browser.ts';
import { startStaticServer } from './scripts/lib/static-server.ts';
const [path, mode, width = '390', ...rest] = process.argv.slice(2);
const server = await startStaticServer({ root: new URL('./dist/', import.meta.url).pathname });
const { port } = server.address() as { port: number };
const browser = await launchChromium();
const page = await browser.newPage({ viewport: { width: Number(width), height: 900 } });
if (mode === 'elder') await page.addInitScript(() => localStorage.setItem('mode', 'elder'));
await page.goto(`http://127.0.0.1:${port}${path}`);
const h = await page.evaluate(() => document.documentElement.scrollHeight);
const name = `${path.replace(/[^a-z0-9]/gi, '_')}-${mode}-${width}`;
for (let y = 0, i = 0; y < h && i < 8; y += 1000, i++) {
  await page.screenshot({ path: `/tmp/shot-${name}-${i}.png`, fullPage: true, clip: { x: 0, y, width: Number(width), height: Math.min(1000, h - y) } });
  console.log(`/tmp/shot-${name}-${i}.png`);
}
await browser.close(); server.close();
