import { describe, expect, it } from 'vitest';
import { loadBudgets } from '../../scripts/bench/budgets.ts';
import { createWeigher } from '../../scripts/bench/weight.ts';
import { siteConfig } from '../../src/site.config.ts';
import { distDir, htmlFiles } from '../../scripts/lib/dist-files.ts';

const budget = loadBudgets().pageWeight;
const weigh = createWeigher({ distDir, base: siteConfig.base, site: siteConfig.site });
const weights = htmlFiles().map(weigh);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

describe('page weight (budgets.json pageWeight)', () => {
  it('counts the HTML of every page and the stylesheet the layout loads', () => {
    expect(weights.every((w) => w.totals.html.gzip > 0)).toBe(true);
    expect(weights.find((w) => w.path === '/')?.totals.css.gzip).toBeGreaterThan(0);
  });

  it(`keeps every page within ${kb(budget.maxGzipBytes)} gzipped HTML + CSS + JS`, () => {
    const over = weights
      .filter((w) => w.budgetBytes > budget.maxGzipBytes)
      .map(
        (w) =>
          `${w.path}: ${w.budgetBytes} bytes (HTML ${w.totals.html.gzip} + CSS ${w.totals.css.gzip} + JS ${w.totals.js.gzip}) > ${budget.maxGzipBytes}`,
      );
    expect(over).toEqual([]);
  });

  it('references only files that exist in dist/', () => {
    expect(weights.filter((w) => w.missing.length > 0).map((w) => `${w.path}: ${w.missing.join(', ')}`)).toEqual([]);
  });

  it.runIf(!budget.renderBlockingScripts)('has no render-blocking script in any <head>', () => {
    expect(
      weights.filter((w) => w.renderBlocking.length > 0).map((w) => `${w.path}: ${w.renderBlocking.join(', ')}`),
    ).toEqual([]);
  });

  it.runIf(!budget.webFonts)('loads no web fonts', () => {
    expect(
      weights
        .filter((w) => w.totals.font.raw > 0)
        .map(
          (w) =>
            `${w.path}: ${w.resources
              .filter((r) => r.kind === 'font')
              .map((r) => r.url)
              .join(', ')}`,
        ),
    ).toEqual([]);
  });

  it.runIf(!budget.otherOrigins)('requests nothing from another origin', () => {
    expect(
      weights.filter((w) => w.otherOrigins.length > 0).map((w) => `${w.path}: ${w.otherOrigins.join(', ')}`),
    ).toEqual([]);
  });
});
