/**
 * The fictional 示例省 (tests/fixtures/province/) as a built site, for behaviour tests: they name the
 * fixture's ids, cities, dates and texts, which are theirs, and never the real content/. The build
 * itself is made once per run (vitest globalSetup, tests/helpers/province-setup.ts, or
 * `npm run build:province`); this module only reads it.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import {
  FIXTURE_NOW,
  fixtureContent,
  fixtureSiteConfig,
  provinceDist,
  provinceSiteDir,
} from '../../scripts/lib/province-fixture.ts';

export { FIXTURE_NOW, fixtureContent, fixtureSiteConfig, provinceDist, provinceSiteDir };

/** The fixture's origin: its site.config.ts keeps the project's example origin. */
export const provinceOrigin = 'https://xuexizhou.example.org';

/** A built site's files, read the way the build tests read dist/. */
export interface BuiltSite {
  /** The dist folder, with a trailing slash. */
  dist: string;
  /** Every HTML file but Pagefind's, relative to dist, sorted. */
  htmlFiles(): string[];
  /** Parses one built page, e.g. "cities/jia/index.html". */
  page(file: string): HTMLElement;
  /** One built file as text, e.g. "stats/2031.csv". */
  text(file: string): string;
  /** One built file as bytes. */
  bytes(file: string): Buffer;
  exists(file: string): boolean;
}

/** Reads a built site from a dist folder. */
export function builtSite(dist: string): BuiltSite {
  const dir = dist.endsWith('/') ? dist : `${dist}/`;
  const pages = new Map<string, HTMLElement>();
  return {
    dist: dir,
    htmlFiles: () =>
      readdirSync(dir, { withFileTypes: true, recursive: true })
        .filter((f) => f.isFile() && f.name.endsWith('.html') && !join(f.parentPath, f.name).includes('/pagefind/'))
        .map((f) => relative(dir, join(f.parentPath, f.name)))
        .sort(),
    page(file) {
      let doc = pages.get(file);
      if (!doc) pages.set(file, (doc = parse(readFileSync(join(dir, file), 'utf8'))));
      return doc;
    },
    text: (file) => readFileSync(join(dir, file), 'utf8'),
    bytes: (file) => readFileSync(join(dir, file)),
    exists: (file) => existsSync(join(dir, file)),
  };
}

/** The fixture province's build; fails with the command to run when it is missing. */
export function province(): BuiltSite {
  if (!existsSync(join(provinceDist, 'index.html'))) {
    throw new Error(`${provinceDist} is missing: run npm run build:province (npm test does) before these tests.`);
  }
  return builtSite(provinceDist);
}

/** One of the fixture's content files, parsed: `fixtureJson('cities/jia.json')`. */
export function fixtureJson<T = Record<string, unknown>>(path: string): T {
  return JSON.parse(readFileSync(join(fixtureContent, path), 'utf8')) as T;
}
