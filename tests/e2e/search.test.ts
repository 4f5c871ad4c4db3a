/**
 * Search in the browser: the header form on every page, the query in the URL, filters,
 * keyboard use, 长辈模式 cards, and the page without JavaScript. Pagefind loads only on /search/.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { siteConfig } from '../../src/site.config.ts';
import type { ViewContext } from './browser.ts';
import { provinceDist } from '../helpers/province.ts';
import { useSite, visit } from './site.ts';

// The province fixture's index (tests/fixtures/province/): its cities, lectures and years are the queries' own.
const site = useSite(provinceDist);
const base = siteConfig.base;
const searchPath = `${base}search/`;

/** Waits until the search page has finished its current query. */
const settled = (page: Page) =>
  page.waitForFunction(() => document.querySelector<HTMLElement>('search-page')?.dataset.state === 'done');
const resultTitles = (page: Page) => page.locator('.search-result__title').allTextContents();
const resultTypes = (page: Page) => page.locator('.search-result__type').allTextContents();

describe('search with JavaScript', () => {
  let view: ViewContext;
  let page: Page;
  const pagefindRequests: string[] = [];
  beforeAll(async () => {
    view = await site.open({ width: 1280, mode: 'normal' });
    page = await view.context.newPage();
    page.on('request', (request) => request.url().includes('/pagefind/') && pagefindRequests.push(request.url()));
  });
  afterAll(async () => {
    await view?.context.close();
  });

  it('has the header form on other pages and loads no search code there, even on focus', async () => {
    for (const path of [base, `${base}cities/jia/`, `${base}lectures/`]) {
      await visit(page, site.origin, path);
      const form = page.locator('header form[role="search"]');
      expect(await form.getAttribute('action')).toBe(searchPath);
      await page.getByRole('searchbox', { name: '搜索本站' }).focus();
    }
    expect(pagefindRequests).toEqual([]);
    expect(await page.locator('script[src*="pagefind"]').count()).toBe(0);
  });

  it('loads no Pagefind file with the /search/ page itself, only with a query', async () => {
    await page.goto(`${site.origin}${searchPath}`);
    await settled(page);
    expect(pagefindRequests).toEqual([]);
  });

  it('submits from the header with the keyboard, runs the query from the URL and announces the count', async () => {
    await visit(page, site.origin, base);
    await page.getByRole('searchbox', { name: '搜索本站' }).fill('终生学习');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === searchPath);
    await settled(page);
    expect(new URL(page.url()).searchParams.get('q')).toBe('终生学习');
    expect(await page.locator('#search-q').inputValue()).toBe('终生学习');
    const status = page.getByRole('status');
    expect(await status.textContent()).toMatch(/找到 \d+ 条结果.*已按“终身学习”搜索/);
    expect((await resultTitles(page)).length).toBeGreaterThan(0);
    // The excerpt highlights the matched words and never shows the index-only text.
    expect(await page.locator('.search-results mark').count()).toBeGreaterThan(0);
    expect(await page.locator('.search-results').innerText()).not.toContain('⁂');
    expect(pagefindRequests.length).toBeGreaterThan(0);
    expect(view.takeProblems()).toEqual([]);
  });

  it('puts each query in the history, so the back button returns to the previous one', async () => {
    await page.goto(`${site.origin}${searchPath}?q=${encodeURIComponent('甲山')}`);
    await settled(page);
    const first = await resultTitles(page);
    await page.locator('#search-q').fill('讲座');
    await page.locator('#search-q').press('Enter');
    await page.waitForURL(/q=%E8%AE%B2%E5%BA%A7/);
    await settled(page);
    await page.goBack();
    await page.waitForURL(/q=%E7%94%B2%E5%B1%B1/);
    await settled(page);
    expect(await page.locator('#search-q').inputValue()).toBe('甲山');
    expect(await resultTitles(page)).toEqual(first);
  });

  it('filters by type, city and year, and keeps the filters in the URL', async () => {
    await page.goto(`${site.origin}${searchPath}?q=${encodeURIComponent('读书')}`);
    await settled(page);
    const all = (await resultTypes(page)).length;
    await page.getByRole('combobox', { name: '类型', exact: true }).selectOption('讲座');
    await page.waitForURL(/type=/);
    await settled(page);
    const types = await resultTypes(page);
    expect(types.length).toBeGreaterThan(0);
    expect(new Set(types)).toEqual(new Set(['讲座']));
    expect(new URL(page.url()).searchParams.get('type')).toBe('讲座');
    await page.getByRole('combobox', { name: '城市', exact: true }).selectOption('甲山市');
    await page.waitForURL(/city=/);
    await settled(page);
    const metas = await page.locator('.search-result__meta').allTextContents();
    expect(metas.length).toBeGreaterThan(0);
    for (const meta of metas) expect(meta).toContain('甲山市');
    expect(
      await page.getByRole('combobox', { name: '年份', exact: true }).locator('option').allTextContents(),
    ).toContain('2031');
    // Reloading the filtered URL gives the same filtered results.
    const url = page.url();
    await page.goto(url);
    await settled(page);
    expect(await page.getByRole('combobox', { name: '城市', exact: true }).inputValue()).toBe('甲山市');
    expect(all).toBeGreaterThan(0);
    expect(view.takeProblems()).toEqual([]);
  });

  it('reaches the results with Tab and opens one with Enter', async () => {
    await page.goto(`${site.origin}${searchPath}?q=${encodeURIComponent('丙原地区的戏曲')}`);
    await settled(page);
    expect((await resultTitles(page))[0]).toBe('示例讲座：丙原地区的戏曲');
    await page.locator('#search-q').focus();
    let focused = '';
    for (let i = 0; i < 8 && !focused.includes('search-result__title'); i++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => document.activeElement?.className ?? '');
    }
    expect(focused).toContain('search-result__title');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === `${base}lectures/bing-xiqu/`);
  });

  it('says so when nothing matches', async () => {
    await page.goto(`${site.origin}${searchPath}?q=${encodeURIComponent('qzxjvw')}`);
    await settled(page);
    expect(await page.getByRole('status').textContent()).toContain('没有找到“qzxjvw”');
    expect(await resultTitles(page)).toEqual([]);
  });
});

describe('search in 长辈模式', () => {
  it('shows big result cards with targets of at least 60px', async () => {
    const view = await site.open({ width: 390, mode: 'elder' });
    const page = await view.context.newPage();
    await page.goto(`${site.origin}${searchPath}?q=${encodeURIComponent('老年')}`);
    await settled(page);
    const boxes = await page
      .locator('.search-result__title')
      .evaluateAll((links) => links.map((a) => a.getBoundingClientRect().height));
    expect(boxes.length).toBeGreaterThan(0);
    for (const height of boxes) expect(height).toBeGreaterThanOrEqual(60);
    const size = await page
      .locator('.search-result__title')
      .first()
      .evaluate((a) => parseFloat(getComputedStyle(a).fontSize));
    expect(size).toBeGreaterThanOrEqual(22);
    expect(view.takeProblems()).toEqual([]);
    await view.context.close();
  });
});

describe('search without JavaScript', () => {
  it('the header form leads to /search/, which explains and lists the sections', async () => {
    const view = await site.open({ width: 390, mode: 'normal' }, { javaScript: false });
    const page = await view.context.newPage();
    await visit(page, site.origin, `${base}cities/`);
    await page.getByRole('searchbox', { name: '搜索本站' }).fill('老年');
    await page.getByRole('button', { name: '搜索' }).first().click();
    await page.waitForURL((url) => url.pathname === searchPath && url.searchParams.get('q') === '老年');
    expect(await page.locator('main').innerText()).toContain('搜索需要浏览器开启 JavaScript');
    const sections = await page
      .locator('.search-browse a')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(sections).toContain(`${base}lectures/`);
    expect(sections).toContain(`${base}cities/`);
    expect(view.takeProblems()).toEqual([]);
    await view.context.close();
  });
});
