/**
 * The site's base path and origin, read once from the site settings (the model is Starlight's
 * utils/base.ts). Pages, endpoints and loaders make every link with these, so a sub-path build
 * (SITE_BASE=/xuexizhou/) moves every link at once and no module reads Astro's BASE_URL itself.
 */
import { siteConfig } from '../../site.config.ts';
import { withBase } from '../shared/urls.ts';

/** Returns a site path under the base: sitePath('/notice/') → '/xuexizhou/notice/'. */
export const sitePath = (path: string): string => withBase(siteConfig.base, path);

/** Returns the absolute URL of a site path: siteUrl('/cases/') → 'https://example.org/xuexizhou/cases/'. */
export const siteUrl = (path: string): string => new URL(sitePath(path), siteConfig.site).href;

/** Returns a built page's path without the base, as content and navigation name it: '/xuexizhou/cases/' → '/cases/'. */
export function pathWithoutBase(pathname: string): string {
  const base = siteConfig.base.slice(0, -1);
  return (pathname.startsWith(`${base}/`) ? pathname.slice(base.length) : pathname) || '/';
}
