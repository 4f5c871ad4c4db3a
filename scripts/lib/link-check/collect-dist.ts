/**
 * Collect stage of the link checker: reads a built site (dist/) into the index the check
 * stage works on. The only stage that touches the file system.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { extractHtml, type ExtractedHtml } from './extract-html.ts';

/** A built site: every file in it, and what each HTML page links to and offers as fragment targets. */
export interface DistIndex {
  /** Paths relative to dist/, with '/' separators: "notice-2023/index.html". */
  files: ReadonlySet<string>;
  /** Extracted data per HTML file, keyed like `files`. */
  pages: ReadonlyMap<string, ExtractedHtml>;
}

/** Lists every file under a folder as sorted '/'-separated relative paths. */
export function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

/** Reads a built site: lists its files and extracts every HTML page. */
export function collectDist(dir: string): DistIndex {
  const files = listFiles(dir);
  const pages = new Map<string, ExtractedHtml>();
  for (const file of files) {
    if (file.endsWith('.html')) pages.set(file, extractHtml(readFileSync(join(dir, file), 'utf8')));
  }
  return { files: new Set(files), pages };
}
