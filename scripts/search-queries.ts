/**
 * `npm run search:queries [-- --seed 123]` prints, as JSON, the queries the search quality gate
 * would sample from the built site with that seed (run `npm run build` first), each with its
 * expected pages: to read what a failing gate run asked (it prints its seed), or to look at a
 * sample before changing search. The gate samples anew each run; nothing here is committed.
 * Exit codes: 0 printed, 2 bad arguments or no dist/.
 */
import { existsSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { readCorpus } from './lib/search-corpus.ts';
import { contentNames, newSeed, sampleQueries, type FixtureQuery } from './lib/search-sample.ts';

const root = new URL('../', import.meta.url).pathname;
let seed: number;
try {
  const { values } = parseArgs({ options: { seed: { type: 'string' } } });
  seed = values.seed === undefined ? newSeed() : Number(values.seed);
  if (!Number.isInteger(seed) || seed <= 0) throw new Error('--seed takes a positive whole number');
} catch (error) {
  console.error(`${(error as Error).message}\nUsage: npm run search:queries -- [--seed 123]`);
  process.exit(2);
}
if (!existsSync(`${root}dist/pagefind`)) {
  console.error('dist/ has no search index: run npm run build first.');
  process.exit(2);
}
const fixtures = JSON.parse(readFileSync(`${root}tests/fixtures/search/queries.json`, 'utf8')) as FixtureQuery[];
const queries = sampleQueries(readCorpus(`${root}dist`), { seed, names: contentNames(`${root}content`), fixtures });
console.log(JSON.stringify(queries, null, 1));
const counts = Object.entries(Object.groupBy(queries, (q) => q.category)).map(([k, v]) => `${k} ${v!.length}`);
console.error(`seed ${seed}: ${queries.length} queries (${counts.join(', ')})`);
