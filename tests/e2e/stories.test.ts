/** The /cases/ filter, the copy button and short URLs in Chromium, with and without JavaScript. */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { provinceDist } from '../helpers/province.ts';
import { useSite } from './site.ts';

// The province fixture (tests/fixtures/province/): three cases over two editions, ids of the test's own.
const site = useSite(provinceDist);

const visible = (page: Page) =>
  page.$$eval('[data-case-list] > li', (items) =>
    items.filter((li) => !(li as HTMLElement).hidden).map((li) => ({ ...(li as HTMLElement).dataset })),
  );

describe('the /cases/ filter', () => {
  it('applies the filter in the URL, follows the form and writes the choice back to the URL', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.origin}/cases/?year=2031&level=%E7%9C%81%E7%BA%A7`);
    const all = await page.$$eval('[data-case-list] > li', (items) => items.length);
    let shown = await visible(page);
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.length).toBeLessThan(all);
    expect(shown.every((d) => d.year === '2031' && d.level === '省级')).toBe(true);
    expect(await page.inputValue('#filter-level')).toBe('省级');
    expect(await page.textContent('[data-facet-count]')).toBe(`符合条件的有 ${shown.length} 个项目（共 ${all} 个）`);
    expect(await page.isVisible('.facet-filter__nojs')).toBe(false);

    await page.selectOption('#filter-level', '');
    await page.selectOption('#filter-city', 'jia');
    shown = await visible(page);
    expect(shown.map((d) => d.city)).toEqual(['jia']);
    expect(new URL(page.url()).search).toBe('?year=2031&city=jia');

    await page.selectOption('#filter-city', 'bing');
    await page.selectOption('#filter-year', '2030');
    expect(await visible(page)).toEqual([]);
    expect(await page.isVisible('[data-facet-empty]')).toBe(true);

    await page.click('[data-facet-reset]');
    expect(await visible(page)).toHaveLength(all);
    expect(new URL(page.url()).search).toBe('');
    await page.close();
  });

  it('lists every case without JavaScript and hides the copy button, leaving the citation to select', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.origin}/cases/?city=jia`);
    const all = await page.$$eval('[data-case-list] > li', (items) => items.length);
    expect(await visible(page)).toHaveLength(all);
    expect(await page.isVisible('.facet-filter__nojs')).toBe(true);
    await page.goto(`${site.origin}/cases/jia-dushujiao/`);
    expect(await page.isVisible('button[data-copy]')).toBe(false);
    expect(await page.isVisible('#cite-text')).toBe(true);
    await context.close();
  });
});

describe('the 引用本页 block', () => {
  it('copies the citation by keyboard and announces it', async () => {
    const context = await site.browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.origin });
    const page = await context.newPage();
    await page.goto(`${site.origin}/cases/jia-dushujiao/`);
    // Reach the button with Tab alone, as a keyboard user would.
    let reached = false;
    for (let i = 0; i < 80 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => document.activeElement?.matches('button[data-copy]') ?? false);
    }
    expect(reached).toBe(true);
    await page.keyboard.press('Enter');
    const status = page.locator('.citation [role="status"]');
    await status.filter({ hasText: '已复制引用信息' }).waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(await page.innerText('#cite-text'));
    expect(copied).toContain('https://xuexizhou.example.org/cases/jia-dushujiao/');
    expect(copied).toContain('短网址：https://xuexizhou.example.org/c/2031-001/');
    await context.close();
  });
});

describe('short URLs', () => {
  it('/c/2031-001/ leads to its case', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.origin}/c/2031-001/`);
    await page.waitForURL(`${site.origin}/cases/jia-dushujiao/`);
    expect(await page.textContent('h1')).toBe('示例项目：社区“家门口”读书角');
    await page.close();
  });
});
