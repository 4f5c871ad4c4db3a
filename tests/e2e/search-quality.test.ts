/**
 * Search quality gate: the committed query set (tests/fixtures/search/queries.json, from scripts/search-queries.ts) runs against
 * the built index in Chromium through the real /search/ page, and the figures must stay at or
 * above thresholds.json. Pagefind's defaults (raw API, no rewriting) are measured alongside and
 * printed, so a report can say what the site's own work adds.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { siteConfig } from '../../src/site.config.ts';
import { useSite } from './site.ts';
import type { SearchQuery } from '../../scripts/search-queries.ts';
import { figuresByCategory, type Figures } from '../helpers/search/metrics.ts';
import { runQueries, type Mode } from '../helpers/search/run.ts';

const queries = JSON.parse(readFileSync(new URL('../fixtures/search/queries.json', import.meta.url), 'utf8')) as SearchQuery[];
const thresholds = JSON.parse(readFileSync(new URL('../fixtures/search/thresholds.json', import.meta.url), 'utf8')) as Record<string, Partial<Figures>>;
const site = useSite();

describe('search quality on the built index', () => {
  let page: Page;
  const measured: Partial<Record<Mode, Record<string, Figures>>> = {};
  beforeAll(async () => {
    const view = await site.open({ width: 1280, mode: 'normal' });
    page = await view.context.newPage();
  });
  afterAll(() => {
    for (const [mode, byCategory] of Object.entries(measured)) {
      console.log(`search quality, ${mode}:`);
      console.table(byCategory);
    }
  });

  it.each(['pagefind', 'site'] as const)('measures %s', async (mode) => {
    await page.goto(`${site.origin}${siteConfig.base}search/`);
    const found = await runQueries(page, siteConfig.base, queries.map((q) => q.query), mode);
    const judged = queries.map((q, i) => ({ ...q, found: found[i]! }));
    measured[mode] = figuresByCategory(judged);
    // Title queries whose page is not first, to read when the gate fails.
    const misses = judged.filter((j) => j.category === 'title' && j.found[0] !== j.expected[0]);
    if (misses.length) console.log(`${mode}: titles not ranked first:\n${misses.map((m) => `  ${m.query} → ${m.found.slice(0, 3).join(' ')} (want ${m.expected[0]})`).join('\n')}`);
  });

  it('meets the committed thresholds through the /search/ page', () => {
    const site = measured.site!;
    expect(queries.filter((q) => q.category === 'title').length, 'the query set has title queries').toBeGreaterThan(0);
    for (const [category, limits] of Object.entries(thresholds)) {
      const got = site[category]!;
      for (const [measure, limit] of Object.entries(limits) as [keyof Figures, number][]) {
        if (measure === 'zeroResultRate') expect(got[measure], `${category} ${measure}`).toBeLessThanOrEqual(limit);
        else expect(got[measure], `${category} ${measure}`).toBeGreaterThanOrEqual(limit);
      }
    }
  });
});
