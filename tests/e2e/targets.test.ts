/**
 * Touch targets on one page of every template (templatePaths): each control is at least 44×44 CSS px, or 60×60 in
 * 长辈模式 (MIIT 适老化); only inline links inside running text are exempt, as in WCAG 2.5.8.
 * Also checks that no page scrolls sideways at either width.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { viewName, views, type ViewContext } from './browser.ts';
import { installProbe } from './probe.ts';
import { templatePaths, useSite, visit } from './site.ts';

const site = useSite();
const paths = templatePaths();

describe.each(views)('$mode $width px', (view) => {
  const min = view.mode === 'elder' ? 60 : 44;
  let ctx: ViewContext;
  let page: Page;
  beforeAll(async () => {
    ctx = await site.open(view);
    page = await ctx.context.newPage();
  });
  afterAll(() => ctx?.context.close());

  it.each(paths)(
    `%s: every control is at least ${min}×${min} px and the page does not scroll sideways`,
    async (path) => {
      await visit(page, site.origin, path);
      const controls = await installProbe(page);
      const measured = controls.filter((c) => !c.inSentence);
      // The header alone has the site name, the switch and the navigation: a page measuring fewer found nothing.
      expect(measured.map((c) => c.name)).toContainEqual(expect.stringMatching(/^input#elder-mode/));
      expect(measured.length).toBeGreaterThanOrEqual(3);
      const small = measured
        .filter((c) => c.width < min || c.height < min)
        .map((c) => `${c.name} (${c.display}): ${c.width}×${c.height}`);
      expect(small, `${path} [${viewName(view)}]: controls smaller than ${min}×${min} px`).toEqual([]);
      // Reflow (WCAG 1.4.10): wide tables scroll inside their own region, never the page.
      expect(
        await page.evaluate(() => document.documentElement.scrollWidth - innerWidth),
        `${path} [${viewName(view)}] scrolls sideways by`,
      ).toBe(0);
      expect(ctx.takeProblems()).toEqual([]);
    },
  );
});
