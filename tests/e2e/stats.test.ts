/** The statistics and city pages in Chromium: what only a browser can tell — scrolling, layout, the charts' text, axe-core. */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { provinceDist } from '../helpers/province.ts';
import { useSite } from './site.ts';

/** The fixture's words for itself and its parts (its site.config.ts divisions), as its pages write them. */
const words = { whole: '全省', part: '市（州）', parts: '各市（州）' };
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// The province fixture (tests/fixtures/province/): 甲山市 has reported everything in both editions.
const site = useSite(provinceDist);

async function open(path: string, width: number, mode: 'normal' | 'elder', javaScriptEnabled = true): Promise<Page> {
  const context = await site.browser.newContext({ viewport: { width, height: 900 }, javaScriptEnabled });
  if (mode === 'elder') await context.addInitScript(() => localStorage.setItem('mode', 'elder'));
  const page = await context.newPage();
  await page.goto(site.origin + path);
  return page;
}

describe('the statistics table on a phone', () => {
  it('scrolls sideways inside a focusable region, with the row labels kept in view, and never widens the page', async () => {
    const page = await open('/stats/', 390, 'elder');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    const region = page
      .locator('section.table-scroll')
      .filter({ has: page.getByRole('table', { name: new RegExp(`^${escape(words.whole)}合计`) }) });
    await expect(region.getAttribute('tabindex')).resolves.toBe('0');
    const sizes = await region.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
    expect(sizes.scroll).toBeGreaterThan(sizes.client);
    const label = region.getByRole('rowheader', { name: '参加人次' }).first();
    const before = (await label.boundingBox())!.x;
    await region.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    // Scrolled far enough that a label that did not stick would have moved out of place.
    await expect.poll(() => region.evaluate((el) => el.scrollLeft), { timeout: 15_000 }).toBeGreaterThan(40);
    expect(Math.abs((await label.boundingBox())!.x - before)).toBeLessThan(2);
    await page.context().close();
  });

  it('is there with JavaScript off, the totals included', async () => {
    const page = await open('/stats/', 390, 'normal', false);
    await expect(
      page
        .getByRole('table', { name: new RegExp(`^${escape(words.whole)}合计`) })
        .getByRole('cell')
        .first()
        .textContent(),
    ).resolves.toMatch(new RegExp(`^\\d+ 个${escape(words.part)}$`));
    await page.context().close();
  });
});

describe('the charts', () => {
  it('are SVG images named by their title, every label inside the chart, larger in 长辈模式', async () => {
    const sizes: number[] = [];
    for (const mode of ['normal', 'elder'] as const) {
      const page = await open('/stats/', 390, mode);
      const chart = page.getByRole('img', { name: new RegExp(`${escape(words.parts)}参加人次`) });
      await expect(chart.count()).resolves.toBe(1);
      const fit = await page.locator('figure.bar-chart svg').evaluateAll((svgs) =>
        svgs.flatMap((svg) => {
          const box = svg.getBoundingClientRect();
          return [...svg.querySelectorAll('text')].map((t) => t.getBoundingClientRect().right <= box.right + 0.5);
        }),
      );
      expect(fit.length).toBeGreaterThan(0);
      expect(fit.every(Boolean)).toBe(true);
      sizes.push(
        await page
          .locator('figure.bar-chart text')
          .first()
          .evaluate((t) => parseFloat(getComputedStyle(t).fontSize)),
      );
      await page.context().close();
    }
    expect(sizes[1]).toBeGreaterThan(sizes[0]!);
  });
});

// The two new templates, each at a phone in 长辈模式 and a desktop in normal mode; axe on the
// long statistics page is slow on a shared 2-core machine, so not every combination runs here.
describe('axe-core', () => {
  const cases = [
    ['/stats/', 390, 'elder'],
    ['/stats/', 1280, 'normal'],
    ['/cities/jia/', 390, 'elder'],
    ['/cities/jia/', 1280, 'normal'],
  ] as const;
  it.each(cases)(
    'finds no WCAG 2.2 A/AA violation on %s at %ipx, %s',
    async (path, width, mode) => {
      const page = await open(path, width, mode);
      const { violations } = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze();
      expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      await page.context().close();
    },
    120_000,
  );
});
