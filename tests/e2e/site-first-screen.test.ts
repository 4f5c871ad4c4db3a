/**
 * The first screen of a phone shows content, not the header: on one page of every template the page's own
 * title (<h1>) starts within 200 px at 390 px wide (280 px in 长辈模式), and the home page shows the week's
 * dates and the next lecture above the fold of an 844 px tall phone in both modes.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { View, ViewContext } from './browser.ts';
import { templatePaths, useSite, visit } from './site.ts';
import { siteConfig } from '../../src/site.config.ts';

const site = useSite();
const paths = templatePaths();
const fold = 844;
const phoneViews: (View & { titleBy: number })[] = [
  { width: 390, mode: 'normal', titleBy: 200 },
  { width: 390, mode: 'elder', titleBy: 280 },
];

/** The top of an element's box in page coordinates, the page scrolled to its top. */
const topOf = (page: Page, selector: string) =>
  page.evaluate((s) => {
    window.scrollTo(0, 0);
    const el = document.querySelector(s);
    return el ? Math.round(el.getBoundingClientRect().top + scrollY) : undefined;
  }, selector);
const bottomOf = (page: Page, selector: string) =>
  page.evaluate((s) => {
    const el = document.querySelector(s);
    return el ? Math.round(el.getBoundingClientRect().bottom + scrollY) : undefined;
  }, selector);

describe.each(phoneViews)('$mode $width px', (view) => {
  let ctx: ViewContext;
  let page: Page;
  beforeAll(async () => {
    ctx = await site.open(view);
    page = await ctx.context.newPage();
  });
  afterAll(() => ctx?.context.close());

  it.each(paths)(`%s: the page's title starts within ${view.titleBy} px`, async (path) => {
    await visit(page, site.origin, path);
    const top = await topOf(page, 'main h1');
    console.log(`first-screen ${view.mode} ${view.width}px ${path}: h1 at ${top} px`);
    expect(top, `${path} has a title in main`).toBeDefined();
    expect(top!, `${path}: title starts at`).toBeLessThanOrEqual(view.titleBy);
    expect(ctx.takeProblems()).toEqual([]);
  });

  it(`the home page shows the week's dates and the next lecture above the ${fold} px fold`, async () => {
    await visit(page, site.origin, siteConfig.base);
    await topOf(page, 'body');
    const dates = await bottomOf(page, '.home-week__dates');
    const lecture = await bottomOf(page, '.home-lectures [data-home-lecture]');
    console.log(
      `first-screen ${view.mode} ${view.width}px home: dates end at ${dates} px, first lecture ends at ${lecture} px`,
    );
    expect(dates, 'the week dates are on the home page').toBeDefined();
    expect(lecture, 'a lecture is on the home page').toBeDefined();
    expect(dates!).toBeLessThanOrEqual(fold);
    expect(lecture!).toBeLessThanOrEqual(fold);
  });

  it("the header's search box shows its whole hint", async () => {
    await visit(page, site.origin, siteConfig.base);
    const fit = await page.evaluate(() => {
      const input = document.querySelector<HTMLInputElement>('#header-search-q')!;
      const style = getComputedStyle(input);
      const context = document.createElement('canvas').getContext('2d')!;
      context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      const room = input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      return { hint: input.placeholder, needs: Math.ceil(context.measureText(input.placeholder).width), room };
    });
    console.log(
      `first-screen ${view.mode} ${view.width}px search hint "${fit.hint}": ${fit.needs} px in ${fit.room} px`,
    );
    expect(fit.hint).not.toBe('');
    expect(fit.needs).toBeLessThanOrEqual(fit.room);
  });
});
