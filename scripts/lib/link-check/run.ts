/**
 * The link checker as a pipeline of named stages: extract → collect → check → report.
 * scripts/check-links.ts parses the command line and calls `runLinkCheck`.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { LookupFunction } from 'node:net';
import { ResultCache } from './cache.ts';
import { collect, type Collected } from './collect.ts';
import { extractFromJson, extractFromMarkdown, type Extracted } from './extract-sources.ts';
import { createHttpChecker, type HttpCheckOptions } from './http-check.ts';
import { runScheduled } from './scheduler.ts';
import type { EditorError, ReportedResult } from './types.ts';

export interface LinkCheckOptions {
  root: string;
  /** Check exactly these URLs instead of extracting from content/. */
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
  results: ReportedResult[];
  editorErrors: EditorError[];
  /** How many results came from the cache. */
  cached: number;
}

/** Stage 1: every external URL in content/ (JSON, MDX, Markdown) with its place, plus editor errors. */
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

/** Stage 3: checks every collected URL (cache first), politely: global and per-host limits. */
export async function checkCollected(collected: readonly Collected[], options: LinkCheckOptions): Promise<{ results: ReportedResult[]; cached: number }> {
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
      async (c): Promise<ReportedResult> => {
        const sources = c.sources.map(({ file, line }) => ({ file, line }));
        if (c.excluded) return { url: c.url, status: 'excluded', reason: '按排除规则跳过', sources };
        const hit = cache?.fresh(c.url);
        if (hit) {
          cached++;
          return { ...hit, sources };
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

/** Runs extract → collect → check; reporting is left to the caller. */
export async function runLinkCheck(options: LinkCheckOptions): Promise<LinkCheckOutcome> {
  const { extracted, editorErrors } = options.urls
    ? { extracted: options.urls.map((url, i) => ({ url, source: { file: '--urls', line: i + 1, column: 1 } })), editorErrors: [] }
    : await extractContent(options.root);
  const collected = collect(extracted, options.excludes);
  const { results, cached } = await checkCollected(collected, options);
  return { results, editorErrors, cached };
}
