import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { provinceDist } from '../helpers/province.ts';
import { useSite } from './site.ts';

// The province fixture's lectures (tests/fixtures/province/content/lectures/): ids, series and times are the test's own.
const schedule = JSON.parse(readFileSync(`${provinceDist}lectures/schedule.json`, 'utf8'));
type Item = { id: string; start: string; mode: string; city: { id: string } | null; audiences: string[] };
const lectures: Item[] = schedule.lectures;
const days = [...new Set(lectures.map((l) => l.start.slice(0, 10)))];
const outDir = new URL('../../test-results/lectures/', import.meta.url).pathname;

const site = useSite(provinceDist);

/** Opens a page in a fresh context; `now` fixes the browser clock (the fixture's weeks are years away in real time). */
async function open(
  path: string,
  options: BrowserContextOptions & { now?: string; elder?: boolean } = {},
): Promise<Page> {
  const { now, elder, ...contextOptions } = options;
  const context = await site.browser.newContext({ viewport: { width: 390, height: 900 }, ...contextOptions });
  const page = await context.newPage();
  if (now) await page.clock.setFixedTime(new Date(now));
  if (elder) await page.addInitScript(() => localStorage.setItem('mode', 'elder'));
  await page.goto(`${site.origin}${path}`);
  return page;
}

const visibleIds = (page: Page) =>
  page.locator('[data-lecture]:visible').evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.lecture));

describe('schedule filters', () => {
  it('applies the filter in the URL and says how many match', async () => {
    const page = await open('/lectures/?mode=online');
    const expected = lectures.filter((l) => l.mode === 'online').map((l) => l.id);
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(lectures.length);
    expect(await visibleIds(page)).toEqual(expected);
    expect(await page.locator('#filter-mode').inputValue()).toBe('online');
    expect(await page.locator('[data-facet-count]').textContent()).toBe(`符合条件的讲座共 ${expected.length} 场。`);
    await page.context().close();
  });

  it('filters from the form without reloading, keeps the URL, and follows Back', async () => {
    const page = await open('/lectures/');
    expect(await visibleIds(page)).toHaveLength(lectures.length);
    await page.selectOption('#filter-city', 'jia');
    await page.getByRole('button', { name: '筛选' }).click();
    expect(new URL(page.url()).search).toBe('?city=jia');
    const jia = lectures.filter((l) => l.city?.id === 'jia').map((l) => l.id);
    expect(await visibleIds(page)).toEqual(jia);
    // Days without a matching lecture disappear with their heading.
    const visibleDays = await page
      .locator('[data-day]:visible')
      .evaluateAll((d) => d.map((s) => (s as HTMLElement).dataset.day));
    expect(visibleDays).toEqual([
      ...new Set(lectures.filter((l) => l.city?.id === 'jia').map((l) => l.start.slice(0, 10))),
    ]);

    await page.selectOption('#filter-audience', '青少年');
    await page.getByRole('button', { name: '筛选' }).click();
    expect(new URL(page.url()).searchParams.get('audience')).toBe('青少年');
    expect(await visibleIds(page)).toEqual([]);
    expect(await page.locator('[data-facet-count]').textContent()).toContain('没有符合条件的讲座');

    await page.goBack();
    expect(new URL(page.url()).search).toBe('?city=jia');
    expect(await visibleIds(page)).toEqual(jia);
    expect(await page.locator('#filter-audience').inputValue()).toBe('');
    await page.context().close();
  });

  it('combines series and audience', async () => {
    const series = '示例开放大学系列公开课';
    const page = await open(`/lectures/?series=${encodeURIComponent(series)}&audience=${encodeURIComponent('老年人')}`);
    const expected = schedule.lectures
      .filter((l: { series: string; audiences: string[] }) => l.series === series && l.audiences.includes('老年人'))
      .map((l: Item) => l.id);
    expect(expected.length).toBeGreaterThan(0);
    expect(await visibleIds(page)).toEqual(expected);
    await page.context().close();
  });

  it('without JavaScript lists every lecture and still submits a plain GET form', async () => {
    const page = await open('/lectures/?mode=online', { javaScriptEnabled: false });
    expect(await visibleIds(page)).toHaveLength(lectures.length);
    expect(await page.isVisible('.facet-filter__nojs')).toBe(true);
    await page.selectOption('#filter-mode', 'offline');
    await page.getByRole('button', { name: '筛选' }).click();
    await page.waitForURL(/mode=offline/);
    expect(new URL(page.url()).searchParams.get('mode')).toBe('offline');
    await page.context().close();
  });
});

describe('day view', () => {
  it('lists one day, reachable by its permalink and its anchor', async () => {
    const day = days[1]!;
    const page = await open(`/lectures/${day}/`);
    expect(await visibleIds(page)).toEqual(lectures.filter((l) => l.start.startsWith(day)).map((l) => l.id));
    expect(await page.locator('h1').textContent()).toContain(`${Number(day.slice(5, 7))}月${Number(day.slice(8))}日`);
    await page.goto(`${site.origin}/lectures/#day-${day}`);
    await page.locator(`a[href="/lectures/${day}/"]`).click();
    await page.waitForURL(`${site.origin}/lectures/${day}/`);
    await page.context().close();
  });
});

describe('status in the browser', () => {
  const word = (page: Page) => page.locator('main [data-lecture-status] [data-status-word]').first().textContent();
  it("refreshes a page built after the week to the reader's own time", async () => {
    const path = '/lectures/sheng-02-shouji/';
    let page = await open(path, { now: '2031-10-15T09:00:00+08:00' });
    expect(await word(page)).toBe('即将开始');
    await page.context().close();
    page = await open(path, { now: '2031-10-15T10:00:00+08:00' });
    expect(await word(page)).toBe('直播中');
    expect(await page.locator('main [data-lecture-status]').first().getAttribute('data-phase')).toBe('live');
    await page.context().close();
    page = await open(path, { now: '2031-10-15T10:30:00+08:00' });
    expect(await word(page)).toBe('可看回放');
    await page.context().close();
  });

  it('says 正在进行 for an offline lecture and keeps a cancelled one cancelled', async () => {
    let page = await open('/lectures/yi-kecheng/', { now: '2031-10-15T15:30:00+08:00' });
    expect(await word(page)).toBe('正在进行');
    await page.context().close();
    page = await open('/lectures/bing-xiqu/', { now: '2031-10-17T15:00:00+08:00' });
    expect(await word(page)).toBe('已取消');
    await page.context().close();
  });
});

describe('the "现在" jump', () => {
  it('appears while the week runs, puts today first and jumps to the next lecture', async () => {
    const page = await open('/lectures/', { now: '2031-10-15T12:00:00+08:00' });
    // A loaded 2-core machine can take seconds to run the page's scripts; the default poll gives up after one.
    await expect.poll(() => page.locator('[data-now-jump]').isVisible(), { timeout: 15_000 }).toBe(true);
    expect(await page.locator('[data-day]').first().getAttribute('data-day')).toBe('2031-10-15');
    expect(await page.locator('#day-2031-10-15 [data-today]').isVisible()).toBe(true);
    await page.getByRole('link', { name: /^现在/ }).click();
    expect(new URL(page.url()).hash).toBe('#lecture-yi-kecheng');
    expect(
      await page.evaluate(
        () => (document.activeElement?.closest('[data-lecture]') as HTMLElement | null)?.dataset.lecture,
      ),
    ).toBe('yi-kecheng');
    await page.context().close();
  });

  it('stays hidden outside the week, with days in date order', async () => {
    const page = await open('/lectures/', { now: '2031-12-01T10:00:00+08:00' });
    expect(await page.locator('[data-now-jump]').isVisible()).toBe(false);
    expect(await page.locator('[data-day]').evaluateAll((d) => d.map((s) => (s as HTMLElement).dataset.day))).toEqual(
      days,
    );
    await page.context().close();
  });
});

describe('readable and touchable', () => {
  for (const [elder, min] of [
    [false, 44],
    [true, 60],
  ] as const) {
    it(`keeps text ≥ 18px and targets ≥ ${min}px ${elder ? 'in 长辈模式' : 'normally'}`, async () => {
      const page = await open('/lectures/', { elder });
      const sizes = await page
        .locator('.lecture-row__who, .lecture-row__facts, .lead, .facet-filter label')
        .evaluateAll((els) => els.map((e) => parseFloat(getComputedStyle(e).fontSize)));
      expect(Math.min(...sizes)).toBeGreaterThanOrEqual(18);
      const targets = page.locator(
        '.facet-filter select, .facet-filter button, .day-nav a, .lecture-row__title a, .schedule-day__link',
      );
      const heights = await targets.evaluateAll((els) => els.map((e) => e.getBoundingClientRect().height));
      expect(heights.length).toBeGreaterThan(20);
      expect(Math.min(...heights)).toBeGreaterThanOrEqual(min);
      await page.context().close();
    });
  }
});

describe('the printed programme', () => {
  it('prints one A4 page per day', async () => {
    rmSync(outDir, { recursive: true, force: true });
    mkdirSync(outDir, { recursive: true });
    const page = await open('/lectures/print/');
    const pdf = await page.pdf({
      path: `${outDir}programme.pdf`,
      format: 'A4',
      preferCSSPageSize: true,
      printBackground: true,
    });
    await page.context().close();
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g) ?? [];
    expect(pages).toHaveLength(days.length);
    // For people to look at: test-results/lectures/programme-N.png, when poppler is installed.
    const render = spawnSync('pdftoppm', ['-r', '70', '-png', `${outDir}programme.pdf`, `${outDir}programme`]);
    if (render.error === undefined)
      expect(readdirSync(outDir).filter((f) => f.endsWith('.png'))).toHaveLength(days.length);
  });
});
