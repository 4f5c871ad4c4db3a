/** Helpers for tests that read the built site in dist/. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

export const distDir = new URL('../../dist/', import.meta.url).pathname;

/** Lists every HTML file under dist/, as paths relative to it. */
export function htmlFiles(dir = distDir): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((f) => f.isFile() && f.name.endsWith('.html') && !join(f.parentPath, f.name).includes('/pagefind/'))
    .map((f) => relative(dir, join(f.parentPath, f.name)))
    .sort();
}

/** Parses one built page. */
export function page(file: string): HTMLElement {
  return parse(readFileSync(join(distDir, file), 'utf8'));
}

/** The site path a built file is served at: "notice-2023/index.html" → "/notice-2023/". */
export function pathOf(file: string): string {
  return `/${file.replace(/index\.html$/, '')}`;
}
