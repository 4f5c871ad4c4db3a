/** Shared shapes of the link checker: where a URL was found, and what checking it found. */

export interface Source {
  /** Path from the project root, e.g. "content/platforms/sxlll.json" or "dist/index.html". */
  file: string;
  line: number;
  column: number;
}

export type Status = 'ok' | 'redirect' | 'broken' | 'timeout' | 'error' | 'excluded';

export interface CheckResult {
  url: string;
  status: Status;
  httpStatus?: number;
  /** Where a permanent redirect leads. */
  finalUrl?: string;
  /** Why, in Chinese, e.g. "HTTP 404" or "域名不存在 (ENOTFOUND)". */
  reason: string;
}

export interface ReportedResult extends CheckResult {
  sources: { file: string; line: number }[];
}

/** A mistake in the source itself, reported to the editor before any request is made. */
export interface EditorError {
  source: Source;
  url: string;
  message: string;
}
