/**
 * Check stage of the link checker, offline: every URL that points inside the site must be
 * served by a file in dist/, and every #fragment must name an id on the target page. Pure:
 * works on a DistIndex (see collect-dist.ts), so tests build small sites in memory.
 */
import type { DistIndex } from './collect-dist.ts';
import type { FoundUrl } from './extract-html.ts';

/** Where the site is published; the same two facts as src/site.config.ts `site` and `base`. */
export interface SiteOptions {
  /** Public origin: "https://xuexizhou.example.org". */
  site: string;
  /** Path the site is mounted at: "/" or "/xuexizhou/". */
  base: string;
}

/**
 * What became of one URL. Problems: `missing-page`, `missing-fragment`, `outside-base`,
 * `needs-trailing-slash`, `malformed`, `relative-on-error-page`. Not checked offline:
 * `external` (another origin; the online check's business) and `not-http` (mailto:, tel:, data:).
 */
export type LinkStatus =
  | 'ok'
  | 'external'
  | 'not-http'
  | 'missing-page'
  | 'missing-fragment'
  | 'outside-base'
  | 'needs-trailing-slash'
  | 'malformed'
  | 'relative-on-error-page';

/** One URL found on a page, and what the check made of it. */
export interface LinkResult extends FoundUrl {
  /** The dist file the URL was found in. */
  page: string;
  status: LinkStatus;
  /** Absolute URL after resolving against the page. */
  resolved?: string;
  /** The dist file that serves the URL (for `missing-page`, the file that should exist). */
  target?: string;
  /** The fragment, percent-decoded, when one was checked. */
  fragment?: string;
}

const NOT_PROBLEMS: ReadonlySet<LinkStatus> = new Set(['ok', 'external', 'not-http']);

/** Tells whether a result is something to fix. */
export function isProblem(result: LinkResult): boolean {
  return !NOT_PROBLEMS.has(result.status);
}

/** The error page: served at whatever URL was missing, so it has no URL of its own to resolve against. */
const ERROR_PAGE = '404.html';

/** Normalises a base path to a leading and trailing slash: "xuexizhou" → "/xuexizhou/". */
export function normaliseBase(base: string): string {
  return `/${base}/`.replace(/\/{2,}/g, '/');
}

/** Returns the URL a dist file is served at: "notice-2023/index.html" → https://site/base/notice-2023/. */
export function urlOfFile(file: string, options: SiteOptions): URL {
  const path = file.replace(/(^|\/)index\.html$/, '$1').split('/').map(encodeURIComponent).join('/');
  return new URL(`${normaliseBase(options.base)}${path}`, new URL(options.site).origin);
}

/** Maps an absolute URL of this site to the dist file that serves it (directory URLs → index.html). */
export function fileOfUrl(url: URL, files: ReadonlySet<string>, options: SiteOptions): { status: LinkStatus; file?: string } {
  let path: string;
  try {
    path = decodeURIComponent(url.pathname);
  } catch {
    return { status: 'malformed' };
  }
  const base = normaliseBase(options.base);
  if (`${path}/` === base) return { status: 'needs-trailing-slash', file: 'index.html' };
  if (!path.startsWith(base)) return { status: 'outside-base' };
  const rest = path.slice(base.length);
  if (rest === '' || rest.endsWith('/')) {
    const file = `${rest}index.html`;
    return files.has(file) ? { status: 'ok', file } : { status: 'missing-page', file };
  }
  if (files.has(rest)) return { status: 'ok', file: rest };
  if (files.has(`${rest}/index.html`)) return { status: 'needs-trailing-slash', file: `${rest}/index.html` };
  return { status: 'missing-page', file: rest };
}

/** Checks one URL found on a page against the built site. */
export function checkUrl(page: string, found: FoundUrl, dist: DistIndex, options: SiteOptions): LinkResult {
  const result = (status: LinkStatus, extra: Partial<LinkResult> = {}): LinkResult => ({ ...found, page, status, ...extra });
  const sameDocument = found.url.startsWith('#');
  if (page === ERROR_PAGE && !sameDocument && !/^([a-z][a-z\d+.-]*:|\/)/i.test(found.url)) return result('relative-on-error-page');
  let url: URL;
  try {
    url = new URL(found.url, urlOfFile(page, options));
  } catch {
    return result('malformed');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return result('not-http', { resolved: url.href });
  if (url.origin !== new URL(options.site).origin) return result('external', { resolved: url.href });
  // A fragment-only link scrolls within the document it is on, whatever that document's URL.
  const target = sameDocument ? { status: 'ok' as const, file: page } : fileOfUrl(url, dist.files, options);
  if (target.status !== 'ok') return result(target.status, { resolved: url.href, target: target.file });
  return checkFragment(url, target.file!, dist, result);
}

/** Fragments every document accepts: "#top" and "#" scroll to the top, text fragments are not ids. */
const ALWAYS_VALID = /^(top)?$|^:~:/i;

function checkFragment(url: URL, file: string, dist: DistIndex, result: (status: LinkStatus, extra?: Partial<LinkResult>) => LinkResult): LinkResult {
  const extra = { resolved: url.href, target: file };
  const raw = url.hash.slice(1);
  const ids = dist.pages.get(file)?.ids;
  if (!ids || ALWAYS_VALID.test(raw)) return result('ok', extra);
  let fragment: string;
  try {
    fragment = decodeURIComponent(raw);
  } catch {
    return result('malformed', extra);
  }
  // Browsers try the fragment as written, then percent-decoded (HTML "find a potential indicated element").
  return result(ids.has(raw) || ids.has(fragment) ? 'ok' : 'missing-fragment', { ...extra, fragment });
}

/** Checks every URL on every HTML page of a built site, in page order. */
export function checkDist(dist: DistIndex, options: SiteOptions): LinkResult[] {
  return [...dist.pages].flatMap(([page, { urls }]) => urls.map((found) => checkUrl(page, found, dist, options)));
}
