/**
 * Search under the shipped nginx configuration and its strict Content-Security-Policy:
 * Pagefind's WebAssembly and index files load, and a query shows results without any violation;
 * and what search costs a visitor as nginx serves it (scripts/bench/search-cost.ts) stays within
 * tests/fixtures/search/thresholds.json.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../scripts/lib/chromium.ts';
import { measureSearchCost } from '../../scripts/bench/search-cost.ts';
import { load, recordingPage } from './browser.ts';
import { startNginx, type RunningNginx } from './nginx.ts';

const built = new URL('../../dist/', import.meta.url).pathname;

describe('search behind nginx with the site CSP', () => {
  let nginx: RunningNginx | undefined;
  let browser: Browser | undefined;
  let copy: string;
  beforeAll(async () => {
    // A copy, because nginx's workers need world-readable directories up to the root.
    copy = join(mkdtempSync(join(tmpdir(), 'xxz-search-')), 'dist');
    cpSync(built, copy, { recursive: true });
    nginx = await startNginx(copy);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await nginx?.stop();
    rmSync(join(copy, '..'), { recursive: true, force: true });
  });

  it('allows WebAssembly and answers a query with no CSP violation or console error', async () => {
    expect(readFileSync(join(copy, 'nginx-csp.conf'), 'utf8')).toContain("'wasm-unsafe-eval'");
    const context = await browser!.newContext();
    const visit = await recordingPage(context);
    expect(await load(visit, `${nginx!.origin}/search/?q=${encodeURIComponent('终生学习')}`)).toBe(200);
    await visit.page.waitForFunction(
      () => document.querySelector<HTMLElement>('search-page')?.dataset.state === 'done',
    );
    expect(await visit.page.locator('.search-result__title').count()).toBeGreaterThan(0);
    visit.violations.push(...(await visit.page.evaluate(() => window.cspViolations ?? [])));
    expect(visit.violations).toEqual([]);
    expect(visit.console).toEqual([]);
    await context.close();
  });

  it('loads no Pagefind file with the /search/ page, and a cold first query transfers little', async () => {
    const { cost } = JSON.parse(
      readFileSync(new URL('../fixtures/search/thresholds.json', import.meta.url), 'utf8'),
    ) as { cost: { siteColdQueryBytes: number } };
    const measured = await measureSearchCost(copy, '/');
    expect(measured.pageLoad.pagefindRequests).toBe(0);
    expect(measured.coldFirstQuery.results).toBeGreaterThan(0);
    expect(
      measured.coldFirstQuery.bytes,
      `cold first query: ${measured.coldFirstQuery.requests} requests`,
    ).toBeLessThanOrEqual(cost.siteColdQueryBytes);
  });
});
