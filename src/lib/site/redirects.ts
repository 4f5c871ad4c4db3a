/** Reads content/redirects.json (already checked by the content guard before any page builds). */
import { readFile } from 'node:fs/promises';
import { redirectsSchema, type Redirect } from '../../schemas/redirects.ts';

let cache: Promise<Redirect[]> | undefined;

/** Returns the redirect table; memoised for the whole build. */
export function loadRedirects(root = process.cwd()): Promise<Redirect[]> {
  cache ??= readFile(`${root}/content/redirects.json`, 'utf8').then((text) => redirectsSchema.parse(JSON.parse(text)));
  return cache;
}

/** Renders the table as an nginx `map` body: "/old/ /new/;" per line; a withdrawal without a replacement stays a page (its notice). */
export function toNginxMap(redirects: readonly Pick<Redirect, 'from' | 'to'>[], base: string): string {
  const prefix = base.replace(/\/$/, '');
  const moves = redirects.filter((r): r is { from: string; to: string } => r.to !== undefined);
  return moves.map((r) => `${prefix}${r.from} ${prefix}${r.to};`).join('\n') + (moves.length ? '\n' : '');
}

/** Where a withdrawal notice sends a reader on: the section's listing for a story, else the home page. */
export function withdrawnLanding(from: string): string {
  const section = /^\/(cases|stars|news)\//.exec(from)?.[1];
  return section ? `/${section}/` : '/';
}

/**
 * Adds a move for every published URL under a moved page ("/cases/old/poster.png" →
 * "/cases/new/poster.png"), so the files a page carries follow it as the page does.
 */
export function withSubpathMoves<R extends Pick<Redirect, 'from' | 'to'>>(
  redirects: readonly R[],
  published: readonly string[],
): Pick<Redirect, 'from' | 'to'>[] {
  const explicit = new Set(redirects.map((r) => r.from));
  const extra = redirects.flatMap((r) =>
    r.to === undefined || !r.from.endsWith('/') || !r.to.endsWith('/')
      ? []
      : published
          .filter((url) => url !== r.from && url.startsWith(r.from) && !explicit.has(url))
          .map((url) => ({ from: url, to: `${r.to}${url.slice(r.from.length)}` })),
  );
  return [...redirects, ...extra];
}
