/** Reads content/redirects.json (already checked by the content guard before any page builds). */
import { readFile } from 'node:fs/promises';
import { redirectsSchema, type Redirect } from '../../schemas/redirects.ts';

let cache: Promise<Redirect[]> | undefined;

/** Returns the redirect table; memoised for the whole build. */
export function loadRedirects(root = process.cwd()): Promise<Redirect[]> {
  cache ??= readFile(`${root}/content/redirects.json`, 'utf8').then((text) => redirectsSchema.parse(JSON.parse(text)));
  return cache;
}

/** Renders the table as an nginx `map` body: "/old/ /new/;" per line. */
export function toNginxMap(redirects: readonly Redirect[], base: string): string {
  const prefix = base.replace(/\/$/, '');
  return redirects.map((r) => `${prefix}${r.from} ${prefix}${r.to};`).join('\n') + (redirects.length ? '\n' : '');
}
