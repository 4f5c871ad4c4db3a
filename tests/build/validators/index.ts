/**
 * The validator hook: maps each kind of artefact in dist/ to a real parser. A new endpoint plugs
 * in with one line here; its files are then found by pattern and validated by every `npm test`.
 * The first kind whose pattern matches a file claims it; files no kind claims (CSS, images,
 * robots.txt) are left to other tests.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listFiles } from '../../../scripts/lib/link-check/collect-dist.ts';
import type { Validator } from './common.ts';
import { validateCsv, validateCsvForm } from './csv.ts';
import { validateSvg, validateXml } from './generic.ts';
import { validateIcs } from './ics.ts';
import { validateJsonFeed } from './json-feed.ts';
import { validateJsonLd } from './json-ld.ts';
import { validateJsonDocument, validateJsonSchema } from './json-schema.ts';
import { validateRss } from './rss.ts';
import { validateSitemap, validateSitemapIndex } from './sitemap.ts';

export interface ArtefactKind {
  name: string;
  /** Matched against the path relative to dist/, with '/' separators. */
  pattern: RegExp;
  validate: Validator;
}

export const artefactKinds: readonly ArtefactKind[] = [
  { name: 'sitemap index', pattern: /^sitemap-index\.xml$/, validate: validateSitemapIndex },
  { name: 'sitemap', pattern: /^sitemap-\d+\.xml$/, validate: validateSitemap },
  { name: 'RSS 2.0', pattern: /(^|\/)feed\.xml$/, validate: validateRss },
  { name: 'JSON Feed 1.1', pattern: /(^|\/)feed\.json$/, validate: validateJsonFeed },
  { name: 'iCalendar', pattern: /\.ics$/, validate: validateIcs },
  { name: 'CSV form', pattern: /-form\.csv$/, validate: validateCsvForm },
  { name: 'CSV', pattern: /\.csv$/, validate: validateCsv },
  { name: 'JSON-LD in HTML', pattern: /\.html$/, validate: validateJsonLd },
  { name: 'SVG', pattern: /\.svg$/, validate: validateSvg },
  { name: 'XML', pattern: /\.xml$/, validate: validateXml },
  { name: 'JSON Schema', pattern: /\.schema\.json$/, validate: validateJsonSchema },
  // A JSON file that names its "$schema" is also held to it (json-schema.ts).
  { name: 'JSON', pattern: /\.json$/, validate: validateJsonDocument },
];

/** Returns the kind that claims a file, if any. */
export function kindOf(file: string): ArtefactKind | undefined {
  return artefactKinds.find((kind) => kind.pattern.test(file));
}

export interface ArtefactResult {
  file: string;
  kind: string;
  problems: string[];
}

/** Validates every file in a folder that some kind claims. */
export function validateArtefacts(dir: string): ArtefactResult[] {
  return listFiles(dir).flatMap((file) => {
    const kind = kindOf(file);
    return kind
      ? [{ file, kind: kind.name, problems: kind.validate(readFileSync(join(dir, file)), { dir, file }) }]
      : [];
  });
}
