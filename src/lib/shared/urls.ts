/** URL helpers shared by schemas, pages and scripts. */

/** Tells whether a string is an absolute http(s) URL with a host. */
export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}

/** Joins the configured base path and a site path: withBase('/xuexizhou/', '/notice/') → '/xuexizhou/notice/'. */
export function withBase(base: string, path: string): string {
  const trimmedBase = base.endsWith('/') ? base.slice(0, -1) : base;
  return `${trimmedBase}${path.startsWith('/') ? path : `/${path}`}`;
}

/** Normalises a site path to the one form the site publishes: leading and trailing slash ("notice" → "/notice/"); file paths such as "/feed.xml" keep their extension. */
export function canonicalPath(path: string): string {
  let p = path.startsWith('/') ? path : `/${path}`;
  if (!/\.[a-z0-9]+$/i.test(p) && !p.endsWith('/')) p = `${p}/`;
  return p.replace(/\/{2,}/g, '/');
}

/** Tells whether a web address from content cites a public source: the one condition for linking to it. */
export function isCitedAddress(address: { source?: unknown }): boolean {
  return address.source !== undefined && address.source !== null;
}

/** Whether a link leaves the site: an absolute http(s) address that is not under the site's own origin. */
export function isOutbound(href: string, site: string): boolean {
  if (!isHttpUrl(href)) return false;
  return new URL(href).origin !== new URL(site).origin;
}
