/**
 * The slice of lighthouse, chrome-launcher and linkinator that the benches use, copied from
 * their own .d.ts files (lighthouse 13.5, chrome-launcher 1.2, linkinator 8.1). The packages live
 * in scripts/bench/node_modules, installed only when a bench first runs (scripts/bench/deps.ts),
 * so `npm run check` must type these imports without them; TypeScript prefers a declared module
 * to node_modules, so the check is the same with or without the bench packages installed.
 */

declare module 'lighthouse' {
  interface Flags {
    port?: number;
    output?: 'json' | 'html' | 'csv';
    logLevel?: 'silent' | 'error' | 'warn' | 'info' | 'verbose';
    onlyCategories?: string[];
  }
  interface Result {
    lighthouseVersion: string;
    environment: { benchmarkIndex: number };
    runtimeError?: { code: string; message: string };
    categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
    audits: Record<
      string,
      { id: string; score: number | null; scoreDisplayMode: string; numericValue?: number; displayValue?: string }
    >;
  }
  export default function lighthouse(
    url?: string,
    flags?: Flags,
  ): Promise<{ lhr: Result; report: string | string[] } | undefined>;
}

declare module 'chrome-launcher' {
  export interface LaunchedChrome {
    pid: number;
    port: number;
    kill: () => void;
  }
  export function launch(opts?: {
    chromePath?: string;
    chromeFlags?: string[];
    logLevel?: 'verbose' | 'info' | 'error' | 'warn' | 'silent';
  }): Promise<LaunchedChrome>;
}

declare module 'linkinator' {
  export type LinkState = 'OK' | 'BROKEN' | 'SKIPPED';
  export interface LinkResult {
    url: string;
    status?: number;
    state: LinkState;
    parent?: string;
  }
  export class LinkChecker {
    check(options: {
      path: string | string[];
      concurrency?: number;
      recurse?: boolean;
      timeout?: number;
    }): Promise<{ links: LinkResult[]; passed: boolean }>;
  }
}
