/** Collects extracted URLs into one entry per normalised URL with all its sources, applying exclusions. */
import { readFile } from 'node:fs/promises';
import type { Extracted } from '../../../src/lib/content/extract-urls.ts';
import { normaliseUrl } from '../../../src/lib/content/extract-urls.ts';
import type { Source } from './types.ts';

export interface Collected {
  url: string;
  sources: Source[];
  excluded: boolean;
}

/** Groups by normalised URL, in first-seen order; invalid URLs keep their raw text so they are reported, not dropped. */
export function collect(extracted: readonly Extracted[], excludes: readonly RegExp[]): Collected[] {
  const byUrl = new Map<string, Collected>();
  for (const { url, source } of extracted) {
    const key = normaliseUrl(url) ?? url;
    const entry = byUrl.get(key);
    if (entry) entry.sources.push(source);
    else byUrl.set(key, { url: key, sources: [source], excluded: excludes.some((re) => re.test(key)) });
  }
  return [...byUrl.values()];
}

/** Reads an ignore file: one regular expression per line, "#" starts a comment. A missing file means no patterns. */
export async function readIgnoreFile(path: string): Promise<RegExp[]> {
  const text = await readFile(path, 'utf8').catch(() => '');
  return text
    .split('\n')
    .map((line) => line.replace(/(^|\s)#.*$/, '').trim())
    .filter(Boolean)
    .map((pattern) => new RegExp(pattern));
}
