/** Which built pages the sitemap lists (used by astro.config.mjs). */
import { readFileSync } from 'node:fs';
import type { Redirect } from '../../schemas/redirects.ts';
import { withBase } from '../shared/urls.ts';

/** Lists the paths the sitemap leaves out: the 404 page and every redirect notice, which both carry noindex. */
export function unlistedPaths(redirects: readonly Pick<Redirect, 'from'>[], base: string): Set<string> {
  return new Set(['/404/', ...redirects.map((r) => r.from)].map((path) => withBase(base, path)));
}

/** Returns the @astrojs/sitemap filter: true for every page URL the sitemap should list. */
export function sitemapFilter(base: string, root = process.cwd()): (page: string) => boolean {
  let unlisted: Set<string> | undefined;
  return (page) => {
    // Read on first use, when the sitemap is written: by then the content guard has checked redirects.json.
    unlisted ??= unlistedPaths(JSON.parse(readFileSync(`${root}/content/redirects.json`, 'utf8')) as Redirect[], base);
    return !unlisted.has(new URL(page).pathname);
  };
}
