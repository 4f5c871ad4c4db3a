/**
 * axe-core over every page at phone and desktop widths, in normal and 长辈模式 (plus AAA
 * contrast there), with a record of console errors and failed or foreign requests on each visit.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Result, RunOptions } from 'axe-core';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { viewName, views, type ViewContext } from './browser.ts';
import { sitePaths, useSite, visit } from './site.ts';

// WCAG 2.2 A and AA; wcag22aa brings target-size (24px), which our own target test raises to 44/60.
const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/** Formats one axe violation so a developer can find each offending element. */
const describeViolation = (v: Result) =>
  `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `    ${n.target.join(' ')}  ${n.failureSummary?.split('\n')[1]?.trim() ?? ''}`).join('\n')}`;

const site = useSite();
const paths = sitePaths();

describe.each(views)('$mode $width px', (view) => {
  let ctx: ViewContext;
  let page: Page;
  beforeAll(async () => {
    ctx = await site.open(view);
    page = await ctx.context.newPage();
  });
  afterAll(() => ctx?.context.close());

  it.each(paths)('%s: no axe violations, console errors, failed or foreign requests', async (path) => {
    await visit(page, site.origin, path);
    expect(await page.evaluate(() => document.documentElement.dataset.mode ?? 'normal')).toBe(view.mode);
    const options: RunOptions = {
      // Only violations are reported, so axe need not collect the passing nodes.
      resultTypes: ['violations'],
      // 长辈模式 promises AAA contrast (7:1), as the 适老化 guidelines ask.
      ...(view.mode === 'elder' && { rules: { 'color-contrast-enhanced': { enabled: true } } }),
    };
    // options() must come before withTags(), which adds to it. Legacy mode runs axe in the page
    // itself: the site has no iframes, and it saves opening a blank page per run.
    const { violations } = await new AxeBuilder({ page }).options(options).withTags(tags).setLegacyMode(true).analyze();
    const where = `${path} [${viewName(view)}]`;
    expect
      .soft(violations.map((v) => `${where} ${describeViolation(v)}`).join('\n\n'), `axe violations on ${where}`)
      .toBe('');
    expect.soft(ctx.takeProblems(), `console and network problems on ${where}`).toEqual([]);
  });
});
