/**
 * Lighthouse (mobile preset, all four categories) against the built site on loopback, driving
 * Debian's Chromium through chrome-launcher. Never downloads a browser; when Lighthouse cannot
 * run, the result says exactly why instead of throwing.
 */
import { existsSync } from 'node:fs';
import { lighthouseCategories, type LighthouseCategory } from './budgets.ts';
import { median } from './stats.ts';
import { chromiumFlags, chromiumPath } from '../lib/chromium.ts';

// chrome-launcher starts Chromium itself; Lighthouse needs the new headless mode for its traces.
export const chromeFlags = chromiumFlags.map((flag) => (flag === '--headless' ? '--headless=new' : flag));

const metricAudits = {
  fcpMs: 'first-contentful-paint',
  lcpMs: 'largest-contentful-paint',
  tbtMs: 'total-blocking-time',
  cls: 'cumulative-layout-shift',
  speedIndexMs: 'speed-index',
} as const;
type Metric = keyof typeof metricAudits | 'benchmarkIndex';

export interface LighthouseTarget {
  template: string;
  /** Site path audited, e.g. "/notice-2023/". */
  path: string;
}

export interface LighthouseTemplateResult extends LighthouseTarget {
  runs: number;
  /** Median score per category, 0–100; null when every run failed. */
  scores: Record<LighthouseCategory, number | null>;
  /** Median metrics; benchmarkIndex is Lighthouse's measure of the machine's speed during the run (lower means busier or slower). */
  metrics: Record<Metric, number | null>;
  /** Scored audits below 1 in the run with the median performance score, with Lighthouse's short display value. */
  failingAudits: { id: string; category: string; score: number; display?: string }[];
  errors: string[];
}

export type LighthouseOutcome =
  { ran: true; version: string; results: LighthouseTemplateResult[] } | { ran: false; reason: string };

/** The parts of a Lighthouse result this module reads (Lighthouse's own Result type fits it). */
export interface Lhr {
  lighthouseVersion: string;
  environment: { benchmarkIndex: number };
  runtimeError?: { code: string; message: string };
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<
    string,
    { id: string; score: number | null; scoreDisplayMode: string; numericValue?: number; displayValue?: string }
  >;
}

/** Audits each target `runs` times on `origin` (e.g. "http://127.0.0.1:4567") and takes the median of each figure. */
export async function runLighthouse(
  origin: string,
  targets: readonly LighthouseTarget[],
  runs: number,
): Promise<LighthouseOutcome> {
  if (!existsSync(chromiumPath))
    return {
      ran: false,
      reason: `Chromium not found at ${chromiumPath} (apt-get install chromium, or set CHROMIUM_PATH)`,
    };
  let lighthouse: typeof import('lighthouse').default;
  let launch: typeof import('chrome-launcher').launch;
  try {
    // Loaded lazily so that a missing package becomes a reason in the report, not a crash.
    ({ default: lighthouse } = await import('lighthouse'));
    ({ launch } = await import('chrome-launcher'));
  } catch (error) {
    return {
      ran: false,
      reason: `the lighthouse or chrome-launcher package cannot be loaded (npm run bench installs them into scripts/bench/node_modules): ${(error as Error).message}`,
    };
  }
  let chrome: Awaited<ReturnType<typeof launch>>;
  try {
    chrome = await launch({ chromePath: chromiumPath, chromeFlags, logLevel: 'silent' });
  } catch (error) {
    return {
      ran: false,
      reason: `Chromium (${chromiumPath}) did not start for Lighthouse: ${(error as Error).message}`,
    };
  }
  let version = '';
  const results: LighthouseTemplateResult[] = [];
  try {
    for (const target of targets) {
      const lhrs: Lhr[] = [];
      const errors: string[] = [];
      for (let i = 0; i < runs; i++) {
        try {
          const result = await lighthouse(`${origin}${target.path}`, {
            port: chrome.port,
            output: 'json',
            logLevel: 'error',
            onlyCategories: [...lighthouseCategories],
          });
          if (!result) throw new Error('Lighthouse returned no result');
          version = result.lhr.lighthouseVersion;
          if (result.lhr.runtimeError)
            errors.push(`${result.lhr.runtimeError.code}: ${result.lhr.runtimeError.message}`);
          else lhrs.push(result.lhr);
        } catch (error) {
          errors.push((error as Error).message);
        }
      }
      results.push(summarise(target, lhrs, errors, runs));
    }
  } finally {
    chrome.kill();
  }
  if (results.every((r) => r.errors.length === runs)) {
    return { ran: false, reason: `every Lighthouse run failed; first error: ${results[0]?.errors[0] ?? 'no targets'}` };
  }
  return { ran: true, version, results };
}

/** Reduces a template's runs to median scores and metrics, and the failing audits of the run with the median performance score. */
export function summarise(
  target: LighthouseTarget,
  lhrs: readonly Lhr[],
  errors: string[],
  runs: number,
): LighthouseTemplateResult {
  const scoreOf = (lhr: Lhr, c: LighthouseCategory) => lhr.categories[c]?.score ?? null;
  const medianOf = (values: (number | null | undefined)[]) => {
    const known = values.filter((v): v is number => typeof v === 'number');
    return known.length ? median(known) : null;
  };
  const scores = Object.fromEntries(
    lighthouseCategories.map((c) => {
      const m = medianOf(lhrs.map((l) => scoreOf(l, c)));
      return [c, m === null ? null : Math.round(m * 100)];
    }),
  ) as Record<LighthouseCategory, number | null>;
  const metrics = {
    ...Object.fromEntries(
      (Object.keys(metricAudits) as (keyof typeof metricAudits)[]).map((m) => [
        m,
        medianOf(lhrs.map((l) => l.audits[metricAudits[m]]?.numericValue)),
      ]),
    ),
    benchmarkIndex: medianOf(lhrs.map((l) => l.environment.benchmarkIndex)),
  } as Record<Metric, number | null>;
  const byPerformance = [...lhrs].sort((a, b) => (scoreOf(a, 'performance') ?? 0) - (scoreOf(b, 'performance') ?? 0));
  const typical = byPerformance[Math.floor((byPerformance.length - 1) / 2)];
  const failingAudits = typical
    ? lighthouseCategories.flatMap((category) =>
        (typical.categories[category]?.auditRefs ?? [])
          // Audits of weight 0 (Lighthouse's "insights" and diagnostics) advise but do not lower the score.
          .filter((ref) => ref.weight > 0)
          .map((ref) => typical.audits[ref.id])
          .filter((a): a is NonNullable<typeof a> => !!a && a.score !== null && a.score < 1)
          .map((a) => ({
            id: a.id,
            category,
            score: a.score!,
            ...(a.displayValue ? { display: a.displayValue } : {}),
          })),
      )
    : [];
  return { ...target, runs, scores, metrics, failingAudits, errors };
}
