/**
 * Samples search queries from the built pages, with a seed, and computes each query's expected
 * pages from the page text: random passages, titles, names from the content data, OpenCC
 * traditional forms, full-width digits, miswritings (query.ts VARIANTS), synonyms (SYNONYMS) and
 * multi-term queries. The quality gate draws a new sample every run, so it grades search on
 * queries nobody chose; nothing here names the content, so any province's site samples the same way.
 */
import { randomInt } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { Converter } from 'opencc-js';
import { hanRuns } from '../../src/lib/search/bigrams.ts';
import { SYNONYMS, VARIANTS } from '../../src/lib/search/query.ts';
import type { CorpusPage } from './search-corpus.ts';

export const CATEGORIES = [
  'passage',
  'title',
  'name',
  'traditional',
  'fullwidth',
  'variant',
  'synonym',
  'multi',
  'fixture',
] as const;
export type Category = (typeof CATEGORIES)[number];

export interface SampledQuery {
  category: Category;
  query: string;
  /** Site paths (without the base) of the pages this query should find; for a title, its page first. */
  expected: string[];
  /** How the query and its expected pages were made, for readers of a failure. */
  why: string;
}

/** A hand-written case: the expected pages are those whose text has every needle (or any, with `any`). */
export interface FixtureQuery {
  query: string;
  contains: string[];
  any?: boolean;
  why: string;
}

/** How many queries of each kind a sample draws (at most; fewer when the pages offer fewer). */
export const DEFAULT_COUNTS: Readonly<Record<Exclude<Category, 'fixture' | 'synonym'>, number>> = {
  passage: 150,
  title: 80,
  name: 40,
  traditional: 60,
  fullwidth: 20,
  variant: 15,
  multi: 30,
};

/** Picks a new seed: the gate prints it, and SEARCH_SEED replays it. */
export function newSeed(): number {
  return randomInt(1, 2 ** 31 - 1);
}

/** mulberry32: a small seeded generator, so a seed replays a sample exactly. */
export function seededRandom(seed: number): () => number {
  let state = seed | 0;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Reads every `name` in the content data (JSON files and MDX front matter, at any depth): cities, people, places. */
export function contentNames(contentDir: string): string[] {
  const names = new Set<string>();
  const collect = (value: unknown, key = ''): void => {
    if (typeof value === 'string' && key === 'name') names.add(value.trim());
    else if (Array.isArray(value)) for (const item of value) collect(item);
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) collect(v, k);
  };
  for (const file of readdirSync(contentDir, { recursive: true }) as string[]) {
    const text = () => readFileSync(join(contentDir, file), 'utf8');
    if (file.endsWith('.json')) collect(JSON.parse(text()));
    else if (file.endsWith('.mdx') || file.endsWith('.md'))
      collect(yaml.load(/^---\n([\s\S]*?)\n---/.exec(text())?.[1] ?? ''));
  }
  return [...names].filter((n) => [...n].length >= 2 && [...n].length <= 12).sort();
}

const fullWidth = (s: string) => s.replace(/[0-9A-Za-z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

/** Samples the queries of one gate run from the pages, by seed. */
export function sampleQueries(
  pages: readonly CorpusPage[],
  options: {
    seed: number;
    names?: readonly string[];
    fixtures?: readonly FixtureQuery[];
    counts?: Partial<typeof DEFAULT_COUNTS>;
  },
): SampledQuery[] {
  const random = seededRandom(options.seed);
  const counts = { ...DEFAULT_COUNTS, ...options.counts };
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const toTraditional = Converter({ from: 'cn', to: 'tw' });
  const containing = (...needles: string[]) =>
    pages.filter((p) => needles.every((n) => p.text.includes(n))).map((p) => p.path);
  const queries: SampledQuery[] = [];
  const seen = new Set<string>();
  const add = (category: Category, query: string, expected: string[], why: string) => {
    if (expected.length === 0 || seen.has(`${category}:${query}`)) return false;
    seen.add(`${category}:${query}`);
    queries.push({ category, query, expected, why });
    return true;
  };
  /** Draws `count` queries from `make`, trying a bounded number of times. */
  const draw = (count: number, make: () => boolean) => {
    for (let made = 0, tries = 0; made < count && tries < count * 40; tries++) if (make()) made++;
  };
  const runsOf = pages.map((p) => hanRuns(p.text).filter((r) => [...r].length >= 2));
  const withRuns = pages.map((_, i) => i).filter((i) => runsOf[i]!.length > 0);
  /** A random passage of `min`–`max` characters from inside one run of one page (or of page `at`). */
  const passage = (min: number, max: number, at?: number): string | undefined => {
    if (withRuns.length === 0) return undefined;
    const run = [...pick(runsOf[at ?? pick(withRuns)]!)];
    const length = Math.min(run.length, min + Math.floor(random() * (max - min + 1)));
    if (length < min) return undefined;
    const start = Math.floor(random() * (run.length - length + 1));
    return run.slice(start, start + length).join('');
  };

  draw(counts.passage, () => {
    const p = passage(2, 4);
    return !!p && add('passage', p, containing(p), 'random passage of 2–4 characters from a page');
  });

  const titled = pages.filter((p) => [...p.title].length >= 2);
  draw(Math.min(counts.title, titled.length), () => {
    const page = pick(titled);
    return add(
      'title',
      page.title,
      [page.path, ...titled.filter((p) => p !== page && p.title === page.title).map((p) => p.path)],
      'h1 of the first expected page',
    );
  });

  const names = [
    ...new Set(
      (options.names ?? []).flatMap((n) => (n.endsWith('市') && [...n].length > 2 ? [n, n.slice(0, -1)] : [n])),
    ),
  ];
  draw(Math.min(counts.name, names.length), () => {
    const name = pick(names);
    return add('name', name, containing(name), 'a name from the content data (city, person, place)');
  });

  draw(counts.traditional, () => {
    const fromTitle = random() < 0.5 && titled.length > 0;
    const page = fromTitle ? pick(titled) : undefined;
    const original = page ? page.title : passage(3, 4);
    if (!original) return false;
    const query = toTraditional(original);
    if (query === original) return false;
    const expected = page
      ? [page.path, ...titled.filter((p) => p !== page && p.title === page.title).map((p) => p.path)]
      : containing(original);
    return add(
      'traditional',
      query,
      expected,
      `OpenCC Taiwan form of ${page ? 'the title' : 'the passage'} ${original}`,
    );
  });

  const numbered = pages.flatMap((p) => p.text.match(/\d+(?:[年月]\d+)*\p{Script=Han}{1,2}/gu) ?? []);
  draw(Math.min(counts.fullwidth, numbered.length), () => {
    const written = pick(numbered);
    return add('fullwidth', fullWidth(written), containing(written), `full-width digits for ${written}`);
  });

  const variants = Object.entries(VARIANTS).filter(([, word]) => pages.some((p) => p.text.includes(word)));
  draw(Math.min(counts.variant, variants.length * 3), () => {
    if (variants.length === 0) return false;
    const [variant, word] = pick(variants);
    const page = pick(pages.filter((p) => p.text.includes(word)));
    const run = pick(hanRuns(page.text).filter((r) => r.includes(word)));
    const at = run.indexOf(word);
    const written = run.slice(Math.max(0, at - Math.floor(random() * 2)), at + word.length + Math.floor(random() * 3));
    return add(
      'variant',
      written.replace(word, variant),
      containing(written),
      `miswriting ${variant} for ${word} in ${written}`,
    );
  });

  for (const group of SYNONYMS) {
    const expected = pages.filter((p) => group.some((w) => p.text.includes(w))).map((p) => p.path);
    for (const word of group) add('synonym', word, expected, `synonym group ${group.join('/')}`);
  }

  draw(counts.multi, () => {
    if (withRuns.length === 0) return false;
    const at = pick(withRuns);
    const a = passage(2, 3, at);
    const b = passage(2, 3, at);
    if (!a || !b || a.includes(b) || b.includes(a)) return false;
    return add('multi', `${a} ${b}`, containing(a, b), 'two passages of one page');
  });

  for (const fixture of options.fixtures ?? []) {
    const expected = pages
      .filter((p) =>
        fixture.any
          ? fixture.contains.some((n) => p.text.includes(n))
          : fixture.contains.every((n) => p.text.includes(n)),
      )
      .map((p) => p.path);
    add('fixture', fixture.query, expected, fixture.why);
  }
  return queries;
}
