/**
 * The week is yearly: a new edition becoming current must leave every page and data file of the
 * editions before it where it was, and every data file byte for byte (platforms pull them).
 * Runs on whatever content/ holds: the next edition is made from the current one.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyProject } from '../../scripts/lib/project-copy.ts';
import { distDir } from '../../scripts/lib/dist-files.ts';
import { publishedUrlOf } from '../../src/lib/site/published-urls.ts';
import { siteConfig } from '../../src/site.config.ts';

const copy = copyProject();
afterAll(() => copy.remove());

/** Published files of a dist/ directory by URL. */
const publishedFiles = (dir: string) =>
  new Map(
    readdirSync(dir, { withFileTypes: true, recursive: true })
      .filter((e) => e.isFile())
      .flatMap((e) => {
        const file = join(e.parentPath, e.name);
        const url = publishedUrlOf(relative(dir, file));
        return url ? [[url, file] as const] : [];
      }),
  );

const editionIds = readdirSync(new URL('../../content/editions/', import.meta.url))
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.replace(/\.json$/, ''));
const current = JSON.parse(
  readFileSync(new URL(`../../content/editions/${siteConfig.currentEdition}.json`, import.meta.url), 'utf8'),
);
const nextYear = Math.max(...editionIds.map(Number).filter(Number.isFinite), current.year) + 1;
const next = String(nextYear);

let before: Map<string, string>;
let after: Map<string, string>;
let run: { status: number | null; output: string };

beforeAll(() => {
  before = publishedFiles(distDir);
  writeFileSync(
    join(copy.dir, 'content/editions', `${next}.json`),
    JSON.stringify({
      ...current,
      year: nextYear,
      title: `${current.title}（${next}）`,
      notice: { ...current.notice, page: undefined },
    }),
  );
  // The current edition needs its reading overview; the next one starts from this year's.
  const reading = JSON.parse(
    readFileSync(join(copy.dir, 'content/reading', `${siteConfig.currentEdition}.json`), 'utf8'),
  );
  writeFileSync(join(copy.dir, 'content/reading', `${next}.json`), JSON.stringify({ ...reading, edition: next }));
  const config = join(copy.dir, 'src/site.config.ts');
  writeFileSync(config, readFileSync(config, 'utf8').replace(/currentEdition: '[^']*'/, `currentEdition: '${next}'`));
  run = copy.build();
  after = publishedFiles(join(copy.dir, 'dist'));
}, 300_000);

describe('a new edition becoming current', () => {
  it('builds', () => {
    expect(run.status, run.output).toBe(0);
  });

  it('keeps every URL published before, pages and data files', () => {
    expect([...before.keys()].filter((url) => !after.has(url))).toEqual([]);
  });

  it("keeps every earlier edition's statistics files byte for byte", () => {
    const files = [...before.keys()].filter((url) =>
      editionIds.some((id) => url.startsWith(`/stats/${id}.`) || url.startsWith(`/stats/${id}-`)),
    );
    expect(files.length).toBe(editionIds.length * 4);
    for (const url of files)
      expect(readFileSync(after.get(url)!, 'utf8'), url).toBe(readFileSync(before.get(url)!, 'utf8'));
  });

  it('gives the new edition its own pages and data files', () => {
    for (const url of [`/editions/${next}/`, `/stats/${next}/`, `/stats/${next}.json`, `/stats/${next}.csv`])
      expect(after.has(url), url).toBe(true);
  });
});
