/** Turns measurements into the bench report: per-template summaries, build ratios and the printed tables. */
import { isExempt, lighthouseCategories, type Budgets } from './budgets.ts';
import type { BuildResult, ScalePoint } from './builds.ts';
import type { LighthouseOutcome } from './lighthouse.ts';
import { groupByTemplate } from './templates.ts';
import type { PageWeight, ResourceKind, Sizes } from './weight.ts';

export interface TemplateWeight {
  template: string;
  pages: number;
  /** The heaviest page of the template (by the budget figure): the one reported and audited. */
  sample: string;
  sampleTotals: Record<ResourceKind, Sizes>;
  sampleBudgetBytes: number;
  /** Budget figure of the template's pages: median and maximum. */
  medianBudgetBytes: number;
  maxBudgetBytes: number;
  overBudget: string[];
  renderBlocking: string[];
  otherOrigins: string[];
}

/** Summarises page weights per template, taking the heaviest page of each as its sample. */
export function summariseTemplates(weights: readonly PageWeight[], maxBytes: number): TemplateWeight[] {
  return [...groupByTemplate(weights)].map(([template, pages]) => {
    const sorted = [...pages].sort((a, b) => a.budgetBytes - b.budgetBytes);
    const heaviest = sorted.at(-1)!;
    return {
      template,
      pages: pages.length,
      sample: heaviest.path,
      sampleTotals: heaviest.totals,
      sampleBudgetBytes: heaviest.budgetBytes,
      medianBudgetBytes: sorted[Math.floor((sorted.length - 1) / 2)]!.budgetBytes,
      maxBudgetBytes: heaviest.budgetBytes,
      overBudget: pages.filter((p) => p.budgetBytes > maxBytes).map((p) => p.path),
      renderBlocking: [...new Set(pages.flatMap((p) => p.renderBlocking.map((s) => `${p.path}: ${s}`)))],
      otherOrigins: [...new Set(pages.flatMap((p) => p.otherOrigins))],
    };
  });
}

export interface ScaleRow {
  entries: number;
  ours: BuildResult & { pagesPerSecond: number; msPerPage: number };
  bare: BuildResult & { pagesPerSecond: number; msPerPage: number };
  /** ours ÷ bare for the same number of entries. */
  ratio: { wall: number; cpu: number | null; memory: number };
  /** Cost of each page added since the previous size (ms), which stays flat when no work grows with the number of pages. */
  marginalMsPerPage: { ours: number; bare: number } | null;
}

const rates = (b: BuildResult) => ({ ...b, pagesPerSecond: b.pages / (b.wallMs / 1000), msPerPage: b.wallMs / Math.max(b.pages, 1) });

/** Derives pages/s, ms/page, ours/bare ratios and marginal per-page cost from the scaling measurements. */
export function scaleRows(points: readonly ScalePoint[]): ScaleRow[] {
  return points.map((p, i) => {
    const previous = points[i - 1];
    const marginal = (now: BuildResult, before: BuildResult) => (now.wallMs - before.wallMs) / Math.max(now.pages - before.pages, 1);
    return {
      entries: p.entries,
      ours: rates(p.ours),
      bare: rates(p.bare),
      ratio: {
        wall: p.ours.wallMs / p.bare.wallMs,
        cpu: p.ours.cpuMs !== undefined && p.bare.cpuMs !== undefined ? p.ours.cpuMs / p.bare.cpuMs : null,
        memory: p.ours.peakTreeRssBytes / p.bare.peakTreeRssBytes,
      },
      marginalMsPerPage: previous ? { ours: marginal(p.ours, previous.ours), bare: marginal(p.bare, previous.bare) } : null,
    };
  });
}

/** Formats a byte count the way budgets are written: B below 1 KB, else KB (1024) or MB. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(0)} MB`;
}

const ms = (value: number | null) => (value === null ? '–' : value >= 1000 ? `${(value / 1000).toFixed(1)} s` : `${Math.round(value)} ms`);
const times = (value: number | null) => (value === null ? '–' : `${value.toFixed(2)}×`);
const mark = (ok: boolean) => (ok ? 'ok' : 'OVER');

/** Lays out rows under headers, numbers right-aligned. */
export function table(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const numeric = headers.map((_, i) => rows.length > 0 && rows.every((r) => /^[-–\d.,]+\s?(?:B|KB|MB|s|ms|×|%|\/s)?$/.test(r[i] ?? '')));
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => (numeric[i] ? c.padStart(widths[i]!) : c.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [line(headers), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

export interface PrintableReport {
  budgets: Budgets;
  site: { build: BuildResult; templates: TemplateWeight[] };
  lighthouse: LighthouseOutcome | { ran: false; reason: string };
  scaling: { rows: ScaleRow[]; repeat: number } | { skipped: string };
  file: string;
}

/** Prints the report as plain-text tables, with each figure next to its budget. */
export function formatReport(report: PrintableReport): string {
  const { budgets } = report;
  const out: string[] = [];
  const maxBytes = budgets.pageWeight.maxGzipBytes;

  out.push(`Page weight per template — heaviest page of each; budget: gzip HTML+CSS+JS ≤ ${formatBytes(maxBytes)} per page`);
  out.push(
    table(
      ['template', 'pages', 'sample', 'HTML gz', 'CSS gz', 'JS gz', 'img gz', 'HTML+CSS+JS gz', '…brotli', 'max in template', 'budget', 'blocking scripts', 'other origins'],
      report.site.templates.map((t) => [
        t.template,
        String(t.pages),
        t.sample,
        formatBytes(t.sampleTotals.html.gzip),
        formatBytes(t.sampleTotals.css.gzip),
        formatBytes(t.sampleTotals.js.gzip),
        formatBytes(t.sampleTotals.image.gzip + t.sampleTotals.font.gzip),
        formatBytes(t.sampleBudgetBytes),
        formatBytes(t.sampleTotals.html.brotli + t.sampleTotals.css.brotli + t.sampleTotals.js.brotli),
        formatBytes(t.maxBudgetBytes),
        t.overBudget.length ? `OVER (${t.overBudget.length})` : 'ok',
        String(t.renderBlocking.length),
        String(t.otherOrigins.length),
      ]),
    ),
  );
  out.push(`Site build (real content): ${report.site.build.pages} pages in ${ms(report.site.build.wallMs)}, peak ${formatBytes(report.site.build.peakTreeRssBytes)}`);

  out.push('');
  const lh = report.lighthouse;
  if (!lh.ran) {
    out.push(`Lighthouse: not run — ${lh.reason}`);
  } else {
    const min = budgets.lighthouse.minScore;
    out.push(`Lighthouse ${lh.version}, mobile preset, median of ${lh.results[0]?.runs ?? 0} runs per template (budget: ${min} in every category; "n/a" per budgets.json)`);
    out.push(
      table(
        ['template', 'path', 'perf', 'a11y', 'best-pr', 'seo', 'FCP', 'LCP', 'TBT', 'CLS', 'budget', 'below 1 in median run'],
        lh.results.map((r) => {
          const cell = (c: (typeof lighthouseCategories)[number]) => `${r.scores[c] ?? '–'}${isExempt(budgets, r.template, c) ? ' n/a' : ''}`;
          const ok = lighthouseCategories.every((c) => isExempt(budgets, r.template, c) || (r.scores[c] ?? 0) >= min);
          return [
            r.template,
            r.path,
            cell('performance'),
            cell('accessibility'),
            cell('best-practices'),
            cell('seo'),
            ms(r.metrics.fcpMs),
            ms(r.metrics.lcpMs),
            ms(r.metrics.tbtMs),
            r.metrics.cls === null ? '–' : r.metrics.cls.toFixed(3),
            r.errors.length === r.runs ? 'FAILED' : mark(ok),
            r.failingAudits.map((a) => a.id).join(', ') || (r.errors[0] ?? ''),
          ];
        }),
      ),
    );
  }

  out.push('');
  if ('skipped' in report.scaling) {
    out.push(`Build scaling: not run — ${report.scaling.skipped}`);
  } else {
    const rows = report.scaling.rows;
    const b = budgets.build;
    const { repeat } = report.scaling;
    const each = repeat > 1 ? `median of ${repeat} builds each` : 'one build each';
    out.push(`Build scaling — synthetic corpus (ours) vs bare Astro with as many MDX entries, same run, ${each}; peak RSS of the build's process tree`);
    out.push(
      table(
        ['entries', 'ours pages', 'wall', 'CPU', 'pages/s', 'ms/page', 'peak RSS', 'bare pages', 'wall', 'CPU', 'pages/s', 'ms/page', 'peak RSS', 'time ours/bare', 'CPU ours/bare', 'RSS ours/bare', 'marginal ms/page ours | bare'],
        rows.map((r) => [
          String(r.entries),
          r.ours.error ? 'FAILED' : String(r.ours.pages),
          ms(r.ours.wallMs),
          ms(r.ours.cpuMs ?? null),
          r.ours.pagesPerSecond.toFixed(0),
          r.ours.msPerPage.toFixed(1),
          formatBytes(r.ours.peakTreeRssBytes),
          r.bare.error ? 'FAILED' : String(r.bare.pages),
          ms(r.bare.wallMs),
          ms(r.bare.cpuMs ?? null),
          r.bare.pagesPerSecond.toFixed(0),
          r.bare.msPerPage.toFixed(1),
          formatBytes(r.bare.peakTreeRssBytes),
          times(r.ratio.wall),
          times(r.ratio.cpu),
          times(r.ratio.memory),
          r.marginalMsPerPage ? `${r.marginalMsPerPage.ours.toFixed(1)} | ${r.marginalMsPerPage.bare.toFixed(1)}` : '–',
        ]),
      ),
    );
    const at = rows.find((r) => r.entries === b.atEntries) ?? rows.at(-1);
    if (at) {
      out.push(
        `Headline: ours/bare build time ${times(at.ratio.wall)} at ${at.entries} entries (budget ≤ ${b.maxRatioToBare}×: ${mark(at.ratio.wall <= b.maxRatioToBare)}; CPU time ${times(at.ratio.cpu)}); ` +
          `peak memory ${times(at.ratio.memory)} (${mark(at.ratio.memory <= b.maxRatioToBare)}); ` +
          `${at.ours.pagesPerSecond.toFixed(0)} pages/s (budget ≥ ${b.minPagesPerSecond}${at.entries === b.atEntries ? '' : ` at ${b.atEntries}`}: ${mark(at.ours.pagesPerSecond >= b.minPagesPerSecond)})`,
      );
    }
    const marginals = rows.filter((r) => r.marginalMsPerPage);
    if (marginals.length >= 2) {
      const growth = marginals.at(-1)!.marginalMsPerPage!.ours / marginals[0]!.marginalMsPerPage!.ours;
      out.push(`Per-page cost growth (last marginal ÷ first marginal): ${times(growth)} (budget ≤ ${b.maxPerPageGrowth}×: ${mark(growth <= b.maxPerPageGrowth)})`);
    }
    out.push('Timing is reported, never asserted: the machine is shared, so compare ratios rather than seconds.');
  }
  out.push('', `Full report: ${report.file}`);
  return out.join('\n');
}
