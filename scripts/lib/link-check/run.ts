/**
 * The link checker as one pipeline for source files and dist/ alike, after lychee:
 * extract → classify → collect → check → report. scripts/check-links.ts parses the command
 * line, calls `runLinkCheck` and hands the outcome to report.ts. Two modes share it: online
 * (default) checks external URLs over HTTP; offline (`--offline`) checks the site's own links
 * in dist/ against dist/ and makes no request.
 *
 * The files of scripts/lib/link-check/ and their roles:
 *   run.ts              this pipeline: which stage runs on what, in each mode
 *   types.ts            what every stage shares: Source, the one Status model, LinkResult, isProblem
 *   src/lib/content/extract-urls.ts  extract: URLs in content/ JSON and MDX with line and column, and editor errors
 *                       (a URL glued to Chinese punctuation)
 *   extract-html.ts     extract: URLs in one HTML page with element, attribute, line and column;
 *                       its ids, canonical and robots
 *   collect-dist.ts     extract: reads dist/ into a DistIndex (every file; every page through extract-html)
 *   offline.ts          classify (this site, another site, not the web) and the dist/ checker
 *   collect.ts          collect: one entry per normalised external URL with all its sources; exclusions
 *   http-check.ts       the HTTP checker: HEAD then GET, redirects, retries, timeouts, reasons in Chinese
 *   scheduler.ts        runs HTTP checks within the global and per-host limits, busiest host first
 *   cache.ts            successes remembered between runs; failures always checked again
 *   report.ts           report: Chinese text, Markdown, JSON, dist/ problem lines, the "network is
 *                       down" verdict, exit codes
 */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { LookupFunction } from 'node:net';
import { ResultCache } from './cache.ts';
import { collect, type Collected } from './collect.ts';
import { collectDist, type DistIndex } from './collect-dist.ts';
import type { FoundUrl } from './extract-html.ts';
import { checkLink, classify, type Classified, type SiteOptions } from './offline.ts';
import { extractFromJson, extractFromMarkdown, type Extracted } from '../../../src/lib/content/extract-urls.ts';
import { createHttpChecker, type HttpCheckOptions } from './http-check.ts';
import { runScheduled } from './scheduler.ts';
import type { EditorError, LinkResult } from './types.ts';

export interface LinkCheckOptions {
  root: string;
  /** Where the site is published, to tell the site's own URLs in dist/ from external ones. */
  site?: SiteOptions;
  /** Check the site's own links in dist/ against dist/ instead of external URLs over HTTP. Needs `site`. */
  offline?: boolean;
  /** The built site; default `<root>/dist`. */
  distDir?: string;
  /** Check exactly these URLs instead of extracting from content/ and dist/. */
  urls?: string[];
  excludes: RegExp[];
  concurrency: number;
  perHost: number;
  /** Overall deadline for the run (ms). */
  deadline: number;
  http: Omit<HttpCheckOptions, 'deadlineAt' | 'perHost' | 'lookup'>;
  cache?: { path: string; maxAge: number };
  lookup?: LookupFunction;
}

export interface LinkCheckOutcome {
  results: LinkResult[];
  editorErrors: EditorError[];
  /** How many results came from the cache. */
  cached: number;
}

/** Extract: every external URL in content/ (JSON, MDX, Markdown) with its place, plus editor errors. */
export async function extractContent(root: string): Promise<{ extracted: Extracted[]; editorErrors: EditorError[] }> {
  const extracted: Extracted[] = [];
  const editorErrors: EditorError[] = [];
  const files = (await readdir(join(root, 'content'), { recursive: true, withFileTypes: true }))
    .filter((f) => f.isFile() && /\.(json|mdx?)$/.test(f.name))
    .map((f) => join(f.parentPath, f.name))
    .sort();
  for (const path of files) {
    const file = relative(root, path);
    const text = await readFile(path, 'utf8');
    if (file.endsWith('.json')) extracted.push(...extractFromJson(file, text));
    else {
      const { urls, errors } = extractFromMarkdown(file, text);
      extracted.push(...urls);
      editorErrors.push(...errors);
    }
  }
  return { extracted, editorErrors };
}

/** One URL as written on a dist/ page, and where it leads. */
export interface DistLink {
  page: string;
  found: FoundUrl;
  classified: Classified;
}

/** Extract and classify: every URL on every page of dist/, in page order, with where it leads. */
export function classifyDist(dist: DistIndex, site: SiteOptions): DistLink[] {
  return [...dist.pages].flatMap(([page, { urls }]) =>
    urls.map((found) => ({ page, found, classified: classify(found.url, page, site) })),
  );
}

/** External URLs that templates wrote into dist/ (footer, platform links…), placed at their page and line like content URLs. */
function externalOf(links: readonly DistLink[]): Extracted[] {
  return links.flatMap(({ page, found, classified }) =>
    classified.kind === 'external'
      ? [
          {
            url: classified.url.href,
            source: {
              file: `dist/${page}`,
              line: found.line,
              column: found.column,
              element: found.element,
              attribute: found.attribute,
            },
          },
        ]
      : [],
  );
}

/** Check, HTTP: every collected URL (cache first), politely: global and per-host limits. */
export async function checkCollected(
  collected: readonly Collected[],
  options: LinkCheckOptions,
): Promise<{ results: LinkResult[]; cached: number }> {
  const cache = options.cache ? new ResultCache(options.cache.path, options.cache.maxAge) : undefined;
  await cache?.load();
  const checker = createHttpChecker({
    ...options.http,
    deadlineAt: Date.now() + options.deadline,
    perHost: options.perHost,
    ...(options.lookup ? { lookup: options.lookup } : {}),
  });
  let cached = 0;
  try {
    const results = await runScheduled(
      collected,
      (c) => hostOf(c.url),
      async (c): Promise<LinkResult> => {
        const sources = c.sources;
        if (c.excluded) return { url: c.url, status: 'excluded', reason: '按排除规则跳过', sources };
        const hit = cache?.fresh(c.url);
        if (hit) {
          cached++;
          return { ...hit, sources, cached: true };
        }
        const result = await checker.check(c.url);
        cache?.set(result);
        return { ...result, sources };
      },
      { concurrency: options.concurrency, perHost: options.perHost },
    );
    await cache?.save();
    return { results, cached };
  } finally {
    checker.close();
  }
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

/** Runs extract → classify → collect → check; reporting is left to the caller (report.ts). */
export async function runLinkCheck(options: LinkCheckOptions): Promise<LinkCheckOutcome> {
  // Extract: the sources editors write (or the --urls list), and the pages the build wrote.
  const fromSources = options.offline
    ? { extracted: [], editorErrors: [] }
    : options.urls
      ? {
          extracted: options.urls.map((url, i) => ({ url, source: { file: '--urls', line: i + 1, column: 1 } })),
          editorErrors: [],
        }
      : await extractContent(options.root);
  const distDir = options.distDir ?? join(options.root, 'dist');
  const dist =
    options.site && (options.offline || !options.urls) && existsSync(distDir) ? collectDist(distDir) : undefined;
  // Classify dist/ links: the site's own go to the dist/ checker, other sites' join the external
  // URLs, the rest (mailto:, tel:, data:) are no link to check. Source URLs are all http(s) already.
  const links = dist && options.site ? classifyDist(dist, options.site) : [];

  if (options.offline) {
    if (!dist || !options.site) throw new Error('--offline needs site options and a dist/ folder');
    // Check against dist/, each link where it stands: a relative URL means something else on another page.
    const results = links.flatMap(
      ({ page, found, classified }) => checkLink(page, found, classified, dist, options.site!) ?? [],
    );
    return { results, editorErrors: [], cached: 0 };
  }

  // Collect: one entry per normalised URL, with every place it appears; exclusions applied.
  const collected = collect([...fromSources.extracted, ...externalOf(links)], options.excludes);
  // Check over HTTP.
  const { results, cached } = await checkCollected(collected, options);
  return { results, editorErrors: fromSources.editorErrors, cached };
}
