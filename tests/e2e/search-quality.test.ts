/**
 * Search quality gate. Each run samples new queries from the built pages (scripts/lib/search-sample.ts)
 * with a seed it prints — SEARCH_SEED=<seed> replays a run — and computes the expected pages from
 * the page text, so the gate cannot be passed by tuning search to a known question set. The
 * queries run in Chromium through the real /search/ page, and the figures per kind of query must
 * stay at or above tests/fixtures/search/thresholds.json. Pagefind's raw API on the same index
 * (no query rewriting, no bigram queries) is measured on the same sample and printed, so a report
 * can say what the site's query side adds. tests/fixtures/search/queries.json holds a few hand-written cases.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { siteConfig } from '../../src/site.config.ts';
import { readCorpus } from '../../scripts/lib/search-corpus.ts';
import {
  contentNames,
  newSeed,
  sampleQueries,
  type FixtureQuery,
  type SampledQuery,
} from '../../scripts/lib/search-sample.ts';
import { useSite } from './site.ts';
import { figuresByCategory, type Figures, type Judged } from '../helpers/search/metrics.ts';
import { runQueries, type Mode } from '../helpers/search/run.ts';

const root = new URL('../../', import.meta.url).pathname;
const fixtures = JSON.parse(
  readFileSync(new URL('../fixtures/search/queries.json', import.meta.url), 'utf8'),
) as FixtureQuery[];
const thresholds = (
  JSON.parse(readFileSync(new URL('../fixtures/search/thresholds.json', import.meta.url), 'utf8')) as {
    quality: Record<string, Partial<Figures>>;
  }
).quality;
const seed = process.env.SEARCH_SEED ? Number(process.env.SEARCH_SEED) : newSeed();
const site = useSite();

/** Passages that only a few pages have: those pages must fill the top ranks, not merely appear. */
const FEW = 10;

/** Adds the subset of passages with at most FEW expected pages as a category of its own. */
function withFewPassages(judged: readonly (Judged & SampledQuery)[]): Record<string, Figures> {
  const few = judged
    .filter((j) => j.category === 'passage' && j.expected.length <= FEW)
    .map((j) => ({ ...j, category: 'passage-few' }));
  return figuresByCategory([...judged, ...few]);
}

describe('search quality on the built index, on queries sampled this run', () => {
  let page: Page;
  let queries: SampledQuery[];
  const measured: Partial<Record<Mode, Record<string, Figures>>> = {};
  const judgedSite: (Judged & SampledQuery)[] = [];
  beforeAll(async () => {
    if (!Number.isInteger(seed) || seed <= 0)
      throw new Error(`SEARCH_SEED must be a positive whole number, got ${process.env.SEARCH_SEED}`);
    queries = sampleQueries(readCorpus(`${root}dist`), { seed, names: contentNames(`${root}content`), fixtures });
    console.log(
      `search gate: seed ${seed}, ${queries.length} queries (replay with SEARCH_SEED=${seed} npx vitest run tests/e2e/search-quality.test.ts)`,
    );
    const view = await site.open({ width: 1280, mode: 'normal' });
    page = await view.context.newPage();
  });
  afterAll(() => {
    for (const [mode, byCategory] of Object.entries(measured)) {
      console.log(`search quality, ${mode}, seed ${seed}:`);
      console.table(byCategory);
    }
  });

  it.each(['pagefind', 'site'] as const)('measures %s', async (mode) => {
    await page.goto(`${site.origin}${siteConfig.base}search/`);
    const found = await runQueries(
      page,
      siteConfig.base,
      queries.map((q) => q.query),
      mode,
    );
    const judged = queries.map((q, i) => ({ ...q, found: found[i]! }));
    measured[mode] = withFewPassages(judged);
    if (mode !== 'site') return;
    judgedSite.push(...judged);
    // What missed, to read when the gate fails (the seed replays it).
    const misses = judged.filter((j) => {
      const want = new Set(j.expected);
      return j.category === 'title'
        ? !want.has(j.found[0] ?? '')
        : j.found.slice(0, Math.min(FEW, want.size)).some((path) => !want.has(path)) ||
            j.found.length < Math.min(FEW, want.size);
    });
    if (misses.length)
      console.log(
        `site, seed ${seed}: queries whose first ranks miss their pages:\n${misses.map((m) => `  [${m.category}] ${m.query} → ${m.found.slice(0, 3).join(' ') || '(none)'} (want ${m.expected.slice(0, 3).join(' ')}${m.expected.length > 3 ? ` and ${m.expected.length - 3} more` : ''}; ${m.why})`).join('\n')}`,
      );
  });

  it('meets the thresholds through the /search/ page', () => {
    const got = measured.site!;
    for (const category of ['passage', 'title', 'traditional', 'synonym'])
      expect(got[category]?.queries ?? 0, `the sample has ${category} queries`).toBeGreaterThan(0);
    for (const [category, limits] of Object.entries(thresholds)) {
      const figures = got[category];
      // A kind of query the content offers nothing for (say, no miswritten word) is not sampled.
      if (!figures) continue;
      for (const [measure, limit] of Object.entries(limits) as [keyof Figures, number][]) {
        if (measure === 'zeroResultRate')
          expect(figures[measure], `${category} ${measure} (seed ${seed})`).toBeLessThanOrEqual(limit);
        else expect(figures[measure], `${category} ${measure} (seed ${seed})`).toBeGreaterThanOrEqual(limit);
      }
    }
  });
});
