/**
 * Shared shapes of the link checker: where a URL was found, the one status model every checker
 * answers in (lychee's `Status`, lychee-lib/src/types/status.rs), and the one result type the
 * reporter reads, whether the link was checked against dist/ or over HTTP.
 */

/** Where a URL was found. */
export interface Source {
  /**
   * The file as the report names it: from the project root for source files and for external
   * URLs found in dist/ ("content/platforms/sxlll.json", "dist/index.html"); relative to dist/
   * for the dist/ checker ("notice-2023/index.html"), which works on a built site wherever it lies.
   */
  file: string;
  line: number;
  column: number;
  /** Lower-case tag of the element that carries the URL, for URLs found in HTML. */
  element?: string;
  /** The attribute it came from (`content` for a meta refresh). */
  attribute?: string;
}

/**
 * What became of one link. The first six come from the HTTP checker, the other six from the
 * dist/ checker; `ok` and `excluded` from both. The report says which need fixing (`isProblem`).
 */
export type Status =
  /** It works: HTTP 2xx (after temporary redirects only), or a dist/ file that has the #fragment. */
  | 'ok'
  /** It works but has moved for good (a 301/308 chain ending in 2xx): the source should name the new URL. Warns, does not fail. */
  | 'redirect'
  /** The server says it is not there: 4xx, 5xx after retries, a redirect loop or a redirect without a usable target, a #fragment missing on the page. */
  | 'broken'
  /** No answer within the request timeout, or the run's deadline came first. */
  | 'timeout'
  /** No usable answer: the name does not resolve, the connection is refused or reset, the certificate is bad, the reply is not HTTP, the URL is invalid. */
  | 'error'
  /** Skipped by an exclusion rule (`.linkcheckignore`, `--exclude`); never requested. */
  | 'excluded'
  /** A URL of this site that no file in dist/ serves. */
  | 'missing-page'
  /** The page exists but has no element with the #fragment's id (nor `<a name>`). */
  | 'missing-fragment'
  /** A directory URL without its trailing slash, which the site never publishes. */
  | 'needs-trailing-slash'
  /** A path of this origin outside the base path the site is mounted at. */
  | 'outside-base'
  /** Not a valid URL, or a percent-encoding that does not decode. */
  | 'malformed'
  /** A relative link on the 404 page, which is served at any address, so the link resolves differently everywhere. */
  | 'relative-on-error-page';

/** Why no server answered, for the failures that say more about this machine than about the link. */
export type NetworkFailure = 'dns' | 'refused' | 'unreachable';

/** One link in the report: the URL, every place it was found, and what checking it found. */
export interface LinkResult {
  /** External: the normalised URL that was requested. dist/: the URL as written in the page. */
  url: string;
  status: Status;
  /** Why, in Chinese, e.g. "HTTP 404", "域名无法解析（DNS，ENOTFOUND）" or "锚点 #x 在 a/index.html 中不存在…". */
  reason: string;
  /** External URLs: every place it appears (checked once). dist/ links: the one place, since a relative URL means something else on another page. */
  sources: Source[];
  httpStatus?: number;
  /** Where a permanent redirect leads. */
  finalUrl?: string;
  /** Set when no server answered at all, so a run where every site failed this way can blame the network, not the content. */
  network?: NetworkFailure;
  /** dist/: the absolute URL after resolving against the page. */
  resolved?: string;
  /** dist/: the file that serves the URL (for `missing-page`, the file that should exist). */
  target?: string;
  /** dist/: the fragment, percent-decoded, when one was checked. */
  fragment?: string;
  /** The verdict came from the cache of an earlier run, not from a request now. */
  cached?: boolean;
}

/** A checker's verdict on one URL, before the pipeline attaches where it was found. */
export type Checked = Omit<LinkResult, 'sources' | 'cached'>;

const NOT_PROBLEMS: ReadonlySet<Status> = new Set<Status>(['ok', 'redirect', 'excluded']);

/** Tells whether a result is something to fix. A redirect works, so it only warns. */
export function isProblem(result: Pick<LinkResult, 'status'>): boolean {
  return !NOT_PROBLEMS.has(result.status);
}

/** A mistake in the source itself, reported to the editor before any request is made. */
export interface EditorError {
  source: Source;
  url: string;
  message: string;
}
