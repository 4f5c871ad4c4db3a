/**
 * The dist/ checker (lychee's checker/file.rs): every URL that points inside the site must be
 * served by a file in dist/, and every #fragment must name an id on the target page. Also the
 * classify filter that tells such URLs from external ones. Pure: works on a DistIndex (see
 * collect-dist.ts), so tests build small sites in memory.
 */
import type { DistIndex } from './collect-dist.ts';
import type { FoundUrl } from './extract-html.ts';
import type { LinkResult, Status } from './types.ts';

/** Where the site is published; the same two facts as src/site.config.ts `site` and `base`. */
export interface SiteOptions {
  /** Public origin: "https://xuexizhou.example.org". */
  site: string;
  /** Path the site is mounted at: "/" or "/xuexizhou/". */
  base: string;
}

/** The error page: served at whatever URL was missing, so it has no URL of its own to resolve against. */
const ERROR_PAGE = '404.html';

/** Normalises a base path to a leading and trailing slash: "xuexizhou" → "/xuexizhou/". */
export function normaliseBase(base: string): string {
  return `/${base}/`.replace(/\/{2,}/g, '/');
}

/** Where a URL found on a page leads: this site (checked against dist/), another site (checked over HTTP), or not the web at all. */
export type Classified =
  | { kind: 'internal'; url: URL }
  | { kind: 'external'; url: URL }
  | { kind: 'not-http'; url: URL }
  | { kind: 'malformed' }
  | { kind: 'relative-on-error-page' };

/** Classifies a URL as written on a dist/ page (lychee's filter/). */
export function classify(written: string, page: string, options: SiteOptions): Classified {
  if (page === ERROR_PAGE && !written.startsWith('#') && !/^([a-z][a-z\d+.-]*:|\/)/i.test(written))
    return { kind: 'relative-on-error-page' };
  let url: URL;
  try {
    url = new URL(written, urlOfFile(page, options));
  } catch {
    return { kind: 'malformed' };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { kind: 'not-http', url };
  return { kind: url.origin === new URL(options.site).origin ? 'internal' : 'external', url };
}

/** Returns the URL a dist file is served at: "notice-2023/index.html" → https://site/base/notice-2023/. */
export function urlOfFile(file: string, options: SiteOptions): URL {
  const path = file
    .replace(/(^|\/)index\.html$/, '$1')
    .split('/')
    .map(encodeURIComponent)
    .join('/');
  return new URL(`${normaliseBase(options.base)}${path}`, new URL(options.site).origin);
}

/** Maps an absolute URL of this site to the dist file that serves it (directory URLs → index.html). */
export function fileOfUrl(
  url: URL,
  files: ReadonlySet<string>,
  options: SiteOptions,
): { status: Status; file?: string } {
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

/** Says, in Chinese, what is wrong with a dist/ link and how to fix it. */
function reasonFor(status: Status, details: Pick<LinkResult, 'resolved' | 'target' | 'fragment'>): string {
  switch (status) {
    case 'missing-page':
      return `指向的页面不存在（dist/${details.target} 没有生成）`;
    case 'missing-fragment':
      return `锚点 #${details.fragment} 在 ${details.target} 中不存在：页面上没有 id="${details.fragment}" 的元素`;
    case 'outside-base':
      return '指向本站路径之外：站内链接要加上网站的基础路径（用 withBase）';
    case 'needs-trailing-slash':
      return `缺少结尾的斜杠：本站网址一律以 / 结尾，请写成 ${new URL(details.resolved!).pathname}/`;
    case 'malformed':
      return '不是合法的网址（检查百分号编码和特殊字符）';
    case 'relative-on-error-page':
      return '404 页面会出现在任何网址下，相对链接会指错地方：请写成以 / 开头的路径';
    default:
      return details.target ? `由 ${details.target} 提供` : '正常';
  }
}

/** Checks one URL of this site, found on a page, against the built site. */
export function checkInternal(
  page: string,
  found: FoundUrl,
  url: URL,
  dist: DistIndex,
  options: SiteOptions,
): LinkResult {
  // A fragment-only link scrolls within the document it is on, whatever that document's URL.
  const target = found.url.startsWith('#')
    ? { status: 'ok' as const, file: page }
    : fileOfUrl(url, dist.files, options);
  if (target.status !== 'ok')
    return result(page, found, target.status, { resolved: url.href, ...(target.file ? { target: target.file } : {}) });
  return checkFragment(page, found, url, target.file!, dist);
}

/** Builds the result for one dist/ link, with its one source and its reason. */
function result(
  page: string,
  found: FoundUrl,
  status: Status,
  details: Pick<LinkResult, 'resolved' | 'target' | 'fragment'> = {},
): LinkResult {
  const { url, element, attribute, line, column } = found;
  return {
    url,
    status,
    reason: reasonFor(status, details),
    sources: [{ file: page, line, column, element, attribute }],
    ...details,
  };
}

/** Fragments every document accepts: "#top" and "#" scroll to the top, text fragments are not ids. */
const ALWAYS_VALID = /^(top)?$|^:~:/i;

function checkFragment(page: string, found: FoundUrl, url: URL, file: string, dist: DistIndex): LinkResult {
  const details = { resolved: url.href, target: file };
  const raw = url.hash.slice(1);
  const ids = dist.pages.get(file)?.ids;
  if (!ids || ALWAYS_VALID.test(raw)) return result(page, found, 'ok', details);
  let fragment: string;
  try {
    fragment = decodeURIComponent(raw);
  } catch {
    return result(page, found, 'malformed', details);
  }
  // Browsers try the fragment as written, then percent-decoded (HTML "find a potential indicated element").
  return result(page, found, ids.has(raw) || ids.has(fragment) ? 'ok' : 'missing-fragment', { ...details, fragment });
}

/** Checks one classified dist/ link: the site's own against dist/; undefined for another site or a non-web URL, which are not this checker's. */
export function checkLink(
  page: string,
  found: FoundUrl,
  classified: Classified,
  dist: DistIndex,
  options: SiteOptions,
): LinkResult | undefined {
  if (classified.kind === 'internal') return checkInternal(page, found, classified.url, dist, options);
  if (classified.kind === 'malformed' || classified.kind === 'relative-on-error-page')
    return result(page, found, classified.kind);
  return undefined;
}

/** Checks every link of this site on every HTML page of a built site, in page order (classify, then check). */
export function checkDist(dist: DistIndex, options: SiteOptions): LinkResult[] {
  return [...dist.pages].flatMap(([page, { urls }]) =>
    urls.flatMap((found) => checkLink(page, found, classify(found.url, page, options), dist, options) ?? []),
  );
}
