/**
 * Keyboard use on one page of every template (templatePaths): the skip link, Tab order and visible focus, the
 * 长辈模式 switch operated from the keyboard and remembered without a flash, and the phone header's 菜单 disclosure.
 */
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { View, ViewContext } from './browser.ts';
import { focusState, installProbe } from './probe.ts';
import { notFoundPath, templatePaths, useSite, visit } from './site.ts';

const site = useSite();
const paths = templatePaths();

/** Presses Tab until the element matching `selector` has focus; fails after `limit` presses. */
async function tabTo(page: Page, selector: string, limit = 50): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`Tab never reached ${selector} in ${limit} presses`);
}

// Desktop in normal mode and phone in 长辈模式 cover both layouts and both colour schemes.
const keyboardViews: View[] = [
  { width: 1280, mode: 'normal' },
  { width: 390, mode: 'elder' },
];

describe.each(keyboardViews)('$mode $width px', (view) => {
  let ctx: ViewContext;
  let page: Page;
  beforeAll(async () => {
    ctx = await site.open(view);
    page = await ctx.context.newPage();
  });
  afterAll(() => ctx?.context.close());
  afterEach(() => expect(ctx.takeProblems()).toEqual([]));

  it.each(paths)('%s: the skip link is the first Tab stop, shows on focus and moves focus to main', async (path) => {
    await visit(page, site.origin, path);
    const skip = page.locator('a.skip-link');
    expect(await skip.boundingBox().then((b) => b && b.y + b.height > 0), 'hidden until focused').toBe(false);
    await page.keyboard.press('Tab');
    expect(await skip.evaluate((el) => el === document.activeElement), 'skip link has the first Tab stop').toBe(true);
    const box = (await skip.boundingBox())!;
    expect(box.y, 'skip link inside the viewport when focused').toBeGreaterThanOrEqual(0);
    expect(
      await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.closest('a.skip-link') !== null, {
        x: box.x + box.width / 2,
        y: box.y + box.height / 2,
      }),
      'skip link not covered',
    ).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await page.keyboard.press('Tab');
    expect(
      await page.evaluate(
        () =>
          document.querySelector('main')!.contains(document.activeElement) ||
          document.querySelector('footer')!.contains(document.activeElement),
      ),
      'the next Tab continues after the header',
    ).toBe(true);
  });

  it.each(paths)('%s: Tab reaches every control, each with a visible focus indicator on screen', async (path) => {
    await visit(page, site.origin, path);
    const controls = await installProbe(page);
    const reached = new Set<number>();
    const unseen: string[] = [];
    for (let press = 0; press < 2 * controls.length + 5 && reached.size < controls.length; press++) {
      await page.keyboard.press('Tab');
      const state = await focusState(page);
      if (state.name === 'body') break; // focus has left the page
      if (state.index < 0) {
        unseen.push(`${state.name}: takes focus but is not visible`);
        continue;
      }
      if (reached.has(state.index)) break; // focus wrapped around
      reached.add(state.index);
      if (!state.indicated) unseen.push(`${state.name}: no visible focus indicator`);
      else if (!state.onScreen) unseen.push(`${state.name}: focused outside the viewport`);
    }
    const missed = controls.filter((c) => !reached.has(c.index)).map((c) => c.name);
    expect(missed, `${path}: controls Tab never reached`).toEqual([]);
    expect(unseen, `${path}: focus not visible`).toEqual([]);
  });
});

describe('the 长辈模式 switch', () => {
  let ctx: ViewContext;
  let page: Page;
  const [first, second = notFoundPath] = paths;
  const third = paths[2] ?? first!;
  const sizes = () =>
    page.evaluate(() => ({
      mode: document.documentElement.dataset.mode ?? 'normal',
      checked: (document.getElementById('elder-mode') as HTMLInputElement).checked,
      body: parseFloat(getComputedStyle(document.body).fontSize),
      lineHeight:
        parseFloat(getComputedStyle(document.body).lineHeight) / parseFloat(getComputedStyle(document.body).fontSize),
      h1: parseFloat(getComputedStyle(document.querySelector('h1')!).fontSize),
      stored: localStorage.getItem('mode'),
    }));
  // Records the first time data-mode is set, and whether any body content existed yet: a mode
  // applied before <body> is parsed cannot flash, and paint timing confirms it came before first paint.
  const firstPaintProbe = () =>
    page.evaluate(
      () =>
        (window as unknown as { __modeProbe: { setBeforeBody?: boolean; setAt?: number; paintAt?: number } })
          .__modeProbe,
    );

  beforeAll(async () => {
    ctx = await site.open({ width: 390, mode: 'normal' });
    await ctx.context.addInitScript(() => {
      const probe: { setBeforeBody?: boolean; setAt?: number; paintAt?: number } = {};
      (window as unknown as { __modeProbe: typeof probe }).__modeProbe = probe;
      new MutationObserver(() => {
        if (probe.setAt !== undefined || !document.documentElement.dataset.mode) return;
        probe.setAt = performance.now();
        probe.setBeforeBody = document.body === null;
      }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-mode'] });
      new PerformanceObserver((list) => {
        probe.paintAt ??= list.getEntriesByName('first-paint')[0]?.startTime;
      }).observe({ type: 'paint', buffered: true });
    });
  });
  afterAll(() => ctx?.context.close());
  afterEach(async () => {
    await page?.close();
    expect(ctx.takeProblems()).toEqual([]);
  });

  it('toggles with Space, enlarges the text, is remembered on the next page without a flash, and switches back', async () => {
    page = await ctx.context.newPage();
    await visit(page, site.origin, first!);
    const normal = await sizes();
    expect(normal).toMatchObject({ mode: 'normal', checked: false });
    expect(normal.body).toBeGreaterThanOrEqual(18);
    expect(normal.lineHeight, 'line height for Chinese text').toBeGreaterThanOrEqual(1.5);

    await tabTo(page, '#elder-mode');
    await page.keyboard.press('Space');
    const elder = await sizes();
    expect(elder).toMatchObject({ mode: 'elder', checked: true, stored: 'elder' });
    expect(elder.body).toBeGreaterThan(normal.body);
    expect(elder.h1).toBeGreaterThanOrEqual(30);
    expect(elder.lineHeight).toBeGreaterThanOrEqual(1.5);

    await visit(page, site.origin, second);
    expect(await sizes()).toMatchObject({ mode: 'elder', checked: true, body: elder.body });
    const probe = await firstPaintProbe();
    expect(probe.setBeforeBody, '长辈模式 applied before <body> is parsed').toBe(true);
    if (probe.paintAt !== undefined)
      expect(probe.setAt!, '长辈模式 applied before first paint').toBeLessThan(probe.paintAt);

    await tabTo(page, '#elder-mode');
    await page.keyboard.press('Space');
    expect(await sizes()).toMatchObject({ mode: 'normal', checked: false, body: normal.body, stored: 'normal' });
    await visit(page, site.origin, third);
    expect(await sizes()).toMatchObject({ mode: 'normal', checked: false, body: normal.body });
    expect((await firstPaintProbe()).setAt, 'no 长辈模式 flash after switching back').toBeUndefined();
  });
});

describe('the 菜单 disclosure on a phone', () => {
  let ctx: ViewContext;
  let page: Page;
  const [first] = paths;
  const menuLinks = () =>
    page.evaluate(() =>
      [...document.querySelectorAll<HTMLAnchorElement>('.site-menu nav a')]
        .filter((a) => a.checkVisibility())
        .map((a) => a.getAttribute('href')),
    );
  afterEach(async () => {
    await ctx?.context.close();
    expect(ctx.takeProblems()).toEqual([]);
  });

  it.each([
    { width: 390, mode: 'normal' as const, javaScript: true },
    { width: 390, mode: 'elder' as const, javaScript: true },
    { width: 390, mode: 'normal' as const, javaScript: false },
  ])(
    '$mode, JavaScript $javaScript: search and 长辈模式 are in view, 菜单 opens from the keyboard and Tab walks its links',
    async ({ width, mode, javaScript }) => {
      ctx = await site.open({ width, mode }, { javaScript });
      page = await ctx.context.newPage();
      await visit(page, site.origin, first!);
      const barHidden = await page.evaluate(
        () => getComputedStyle(document.querySelector('.site-nav--bar')!).display === 'none',
      );
      expect(barHidden, 'the navigation bar gives way to 菜单 on a phone').toBe(true);
      for (const selector of ['#header-search-q', '#elder-mode', '.site-menu summary']) {
        const box = await page.locator(selector).boundingBox();
        expect(box && box.y + box.height <= 844, `${selector} on the first screen`).toBe(true);
      }
      expect(await menuLinks(), 'closed: no menu link shows').toEqual([]);
      await tabTo(page, '.site-menu summary');
      await page.keyboard.press('Enter');
      // The probe lists the controls that show, so it is installed once 菜单 is open.
      await installProbe(page);
      expect(
        await page.evaluate(() => (document.querySelector('.site-menu') as HTMLDetailsElement).open),
        'Enter opens 菜单',
      ).toBe(true);
      const links = await menuLinks();
      const footer = await page.evaluate(() =>
        [...document.querySelectorAll('footer nav a')].map((a) => a.getAttribute('href')),
      );
      expect(links.length, 'every section in 菜单').toBeGreaterThan(1);
      expect(links, 'the page end lists the same sections').toEqual(footer);
      await page.keyboard.press('Tab');
      expect(
        await page.evaluate(() => document.activeElement?.closest('.site-menu nav') !== null),
        'the next Tab is the first section in 菜单',
      ).toBe(true);
      const focused = await focusState(page);
      expect(focused.indicated, 'focus visible in 菜单').toBe(true);
      await page.locator('.site-menu summary').focus();
      await page.keyboard.press('Space');
      expect(await menuLinks(), 'Space closes 菜单 again').toEqual([]);
    },
  );
});
