/** Turns measurements into the bench report: per-template summaries, build ratios and the printed tables. */
import { isExempt, lighthouseCategories, type Budgets } from './budgets.ts';
import type { BuildResult, ScalePoint } from './builds.ts';
import type { LighthouseOutcome } from './lighthouse.ts';
import { profileRows, type Profile } from './profile.ts';
import type { SearchCost } from './search-cost.ts';
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

type Rated = BuildResult & { pagesPerSecond: number; msPerPage: number; cpuMsPerPage: number | null };

export interface ScaleRow {
  entries: number;
  ours: Rated;
  bare: Rated;
  /** ours ÷ bare for the same number of entries; cpuPerPage divides the CPU time per built page. */
  ratio: { wall: number; cpu: number | null; cpuPerPage: number | null; memory: number };
  /** The editor's rebuild after one lecture changed, and its share of the cold build (wall and CPU). */
  warm: { build: BuildResult; wallShare: number; cpuShare: number | null } | null;
  /**
   * Cost of each page added since the previous size, in ms of CPU time (wall time without GNU time),
   * which stays flat when no work grows with the number of pages.
   */
  marginalMsPerPage: { ours: number; bare: number } | null;
}

const rate = (b: BuildResult): Rated => {
  const pages = Math.max(b.pages, 1);
  return {
    ...b,
    pagesPerSecond: b.pages / (b.wallMs / 1000),
    msPerPage: b.wallMs / pages,
    cpuMsPerPage: b.cpuMs === undefined ? null : b.cpuMs / pages,
  };
};

/** Derives pages/s, ms/page, ours/bare ratios and marginal per-page cost from the scaling measurements. */
export function scaleRows(points: readonly ScalePoint[]): ScaleRow[] {
  return points.map((p, i) => {
    const previous = points[i - 1];
    const cost = (b: BuildResult) => b.cpuMs ?? b.wallMs;
    const marginal = (now: BuildResult, before: BuildResult) =>
      (cost(now) - cost(before)) / Math.max(now.pages - before.pages, 1);
    const ours = rate(p.ours);
    const bare = rate(p.bare);
    return {
      entries: p.entries,
      ours,
      bare,
      ratio: {
        wall: p.ours.wallMs / p.bare.wallMs,
        cpu: p.ours.cpuMs !== undefined && p.bare.cpuMs !== undefined ? p.ours.cpuMs / p.bare.cpuMs : null,
        cpuPerPage:
          ours.cpuMsPerPage !== null && bare.cpuMsPerPage !== null ? ours.cpuMsPerPage / bare.cpuMsPerPage : null,
        memory: p.ours.peakTreeRssBytes / p.bare.peakTreeRssBytes,
      },
      marginalMsPerPage: previous
        ? { ours: marginal(p.ours, previous.ours), bare: marginal(p.bare, previous.bare) }
        : null,
      warm: p.warm
        ? {
            build: p.warm,
            wallShare: p.warm.wallMs / p.ours.wallMs,
            cpuShare: p.warm.cpuMs !== undefined && p.ours.cpuMs !== undefined ? p.warm.cpuMs / p.ours.cpuMs : null,
          }
        : null,
    };
  });
}

export interface Verdict {
  /** What is measured, as the budget states it. */
  criterion: string;
  /** The measured figure, formatted; null when it could not be measured (no GNU time, a size not built). */
  value: string | null;
  budget: string;
  met: boolean | null;
}

type BuildBudgets = Budgets['build'];

/** Bytes as decimal gigabytes, as memory ceilings are stated (a 4 GB runner). */
const gb = (bytes: number) => `${(bytes / 1e9).toFixed(2)} GB`;

/**
 * Holds the scaling rows to every build budget: at `atEntries` (else the largest size), CPU and
 * peak memory against bare Astro, the memory ceiling, wall throughput against bare's and absolute,
 * the warm rebuild's share of the cold build; over all sizes, the growth of CPU per page.
 */
export function buildVerdicts(rows: readonly ScaleRow[], b: BuildBudgets): Verdict[] {
  const at = rows.find((r) => r.entries === b.atEntries) ?? rows.at(-1);
  if (!at) return [];
  const where = at.entries === b.atEntries ? '' : ` (at ${at.entries}, not ${b.atEntries}, entries)`;
  const verdict = (
    criterion: string,
    value: number | null,
    budget: string,
    met: (v: number) => boolean,
    show: (v: number) => string,
  ): Verdict => ({
    criterion: criterion + where,
    value: value === null ? null : show(value),
    budget,
    met: value === null ? null : met(value),
  });
  const first = rows[0]!;
  const last = rows.at(-1)!;
  const growth =
    rows.length >= 2 && first.ours.cpuMsPerPage !== null && last.ours.cpuMsPerPage !== null
      ? last.ours.cpuMsPerPage / first.ours.cpuMsPerPage
      : null;
  const wallRate = at.ours.pagesPerSecond / at.bare.pagesPerSecond;
  return [
    verdict('CPU, ours ÷ bare', at.ratio.cpu, `≤ ${b.maxRatioToBare}×`, (v) => v <= b.maxRatioToBare, times),
    verdict('peak RSS, ours ÷ bare', at.ratio.memory, `≤ ${b.maxRatioToBare}×`, (v) => v <= b.maxRatioToBare, times),
    verdict('peak RSS', at.ours.peakTreeRssBytes, `≤ ${gb(b.maxPeakRssBytes)}`, (v) => v <= b.maxPeakRssBytes, gb),
    verdict('wall pages/s, ours ÷ bare', wallRate, `≥ ${b.minWallRateToBare}×`, (v) => v >= b.minWallRateToBare, times),
    verdict(
      'wall pages/s',
      at.ours.pagesPerSecond,
      `≥ ${b.minPagesPerSecond}`,
      (v) => v >= b.minPagesPerSecond,
      (v) => v.toFixed(0),
    ),
    verdict(
      'warm rebuild CPU ÷ cold CPU',
      at.warm?.cpuShare ?? null,
      `≤ ${b.maxWarmShare * 100}%`,
      (v) => v <= b.maxWarmShare,
      (v) => `${(v * 100).toFixed(0)}%`,
    ),
    {
      criterion: `CPU per page, ${last.entries} ÷ ${first.entries} entries`,
      value: growth === null ? null : times(growth),
      budget: `≤ ${b.maxPerPageGrowth}×`,
      met: growth === null ? null : growth <= b.maxPerPageGrowth,
    },
  ];
}

/** Formats a byte count the way budgets are written: B below 1 KB, else KB (1024) or MB. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(0)} MB`;
}

const ms = (value: number | null) =>
  value === null ? '–' : value >= 1000 ? `${(value / 1000).toFixed(1)} s` : `${Math.round(value)} ms`;
const times = (value: number | null) => (value === null ? '–' : `${value.toFixed(2)}×`);
const mark = (ok: boolean) => (ok ? 'ok' : 'OVER');

/** Lays out rows under headers, numbers right-aligned. */
export function table(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const numeric = headers.map(
    (_, i) => rows.length > 0 && rows.every((r) => /^[-–\d.,]+\s?(?:B|KB|MB|s|ms|×|%|\/s)?$/.test(r[i] ?? '')),
  );
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => (numeric[i] ? c.padStart(widths[i]!) : c.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [line(headers), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/**
 * Lays out a build's per-stage profile. CPU counts the build process's threads and its child
 * processes; the share is of the build's whole CPU time (GNU time), which also holds what no stage
 * covers (Astro's start-up, module loading). Page rendering is broken down by template, and the
 * parts timed inside it (posters, QR codes, JSON-LD) are already in their templates' figures.
 */
export function formatProfile(profile: Profile, totalCpuMs: number | undefined): string {
  const rows = profileRows(profile);
  const share = (cpuMs: number) => (totalCpuMs ? `${((cpuMs / totalCpuMs) * 100).toFixed(1)}%` : '–');
  const covered = rows.filter((r) => r.depth === 0).reduce((sum, r) => sum + r.cost.cpuMs, 0);
  const body = rows.map((r) => [
    `${r.depth ? '  ' : ''}${r.stage}`,
    String(r.cost.count),
    ms(r.cost.cpuMs),
    share(r.cost.cpuMs),
    ms(r.cost.wallMs),
    formatBytes(r.cost.peakRssBytes),
  ]);
  if (totalCpuMs !== undefined)
    body.push([
      'outside the stages (start-up, module loading)',
      '',
      ms(totalCpuMs - covered),
      share(totalCpuMs - covered),
      '',
      '',
    ]);
  return table(['stage', 'runs', 'CPU', 'CPU share', 'wall', 'peak RSS'], body);
}

export interface PrintableReport {
  budgets: Budgets;
  site: { build: BuildResult; templates: TemplateWeight[] };
  lighthouse: LighthouseOutcome | { ran: false; reason: string };
  scaling: { rows: ScaleRow[]; repeat: number } | { skipped: string };
  search: { corpus: string; cost: SearchCost; coldQueryBudget?: number }[];
  /** 1-minute load average when the run started and ended. */
  loadAverage?: { start: string; end: string };
  file: string;
}

/** Prints the report as plain-text tables, with each figure next to its budget. */
export function formatReport(report: PrintableReport): string {
  const { budgets } = report;
  const out: string[] = [];
  const maxBytes = budgets.pageWeight.maxGzipBytes;

  out.push(
    `Page weight per template — heaviest page of each; budget: gzip HTML+CSS+JS ≤ ${formatBytes(maxBytes)} per page`,
  );
  out.push(
    table(
      [
        'template',
        'pages',
        'sample',
        'HTML gz',
        'CSS gz',
        'JS gz',
        'img gz',
        'HTML+CSS+JS gz',
        '…brotli',
        'max in template',
        'budget',
        'blocking scripts',
        'other origins',
      ],
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
  out.push(
    `Site build (real content): ${report.site.build.pages} pages in ${ms(report.site.build.wallMs)}, peak ${formatBytes(report.site.build.peakTreeRssBytes)}`,
  );
  if (report.site.build.profile) out.push(formatProfile(report.site.build.profile, report.site.build.cpuMs));

  out.push('');
  const lh = report.lighthouse;
  if (!lh.ran) {
    out.push(`Lighthouse: not run — ${lh.reason}`);
  } else {
    const min = budgets.lighthouse.minScore;
    out.push(
      `Lighthouse ${lh.version}, mobile preset, median of ${lh.results[0]?.runs ?? 0} runs per template (budget: ${min} in every category; "n/a" per budgets.json)`,
    );
    out.push(
      "CPU index is Lighthouse's benchmarkIndex during the runs: when it is low the machine was busy, and TBT and the performance score suffer.",
    );
    out.push(
      table(
        [
          'template',
          'path',
          'perf',
          'a11y',
          'best-pr',
          'seo',
          'FCP',
          'LCP',
          'TBT',
          'CLS',
          'CPU index',
          'budget',
          'below 1 in median run',
        ],
        lh.results.map((r) => {
          const cell = (c: (typeof lighthouseCategories)[number]) =>
            `${r.scores[c] ?? '–'}${isExempt(budgets, r.template, c) ? ' n/a' : ''}`;
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
            r.metrics.benchmarkIndex === null ? '–' : r.metrics.benchmarkIndex.toFixed(0),
            r.errors.length === r.runs ? 'FAILED' : mark(ok),
            r.failingAudits.map((a) => a.id).join(', ') || (r.errors[0] ?? ''),
          ];
        }),
      ),
    );
  }

  out.push('');
  out.push(
    'Search cost for a visitor — requests and bytes as the shipped nginx serves them (gzip where it compresses; brotli 6 in brackets, had the server it); the /search/ page loads no Pagefind file until a query',
  );
  const transfer = (t: SearchCost['pageLoad']) =>
    `${t.requests} req, ${formatBytes(t.bytes)} (br ${formatBytes(t.brotliBytes)})`;
  out.push(
    table(
      [
        'corpus',
        'pages indexed',
        'index files',
        'index size',
        '/search/ page',
        'Pagefind files with the page',
        'cold 1st query',
        'budget',
        '2nd query',
        '1st query results',
      ],
      report.search.map(({ corpus, cost, coldQueryBudget }) => [
        corpus,
        String(cost.pages),
        String(cost.index.files),
        formatBytes(cost.index.bytes),
        transfer(cost.pageLoad),
        String(cost.pageLoad.pagefindRequests),
        `${transfer(cost.coldFirstQuery)}, ${cost.coldFirstQuery.ms} ms`,
        coldQueryBudget === undefined
          ? '—'
          : `${formatBytes(coldQueryBudget)} ${cost.coldFirstQuery.bytes <= coldQueryBudget ? 'ok' : 'OVER'}`,
        `${transfer(cost.secondQuery)}, ${cost.secondQuery.ms} ms`,
        String(cost.coldFirstQuery.results),
      ]),
    ),
  );
  out.push('');
  if ('skipped' in report.scaling) {
    out.push(`Build scaling: not run — ${report.scaling.skipped}`);
  } else {
    const rows = report.scaling.rows;
    const b = budgets.build;
    const { repeat } = report.scaling;
    const each = repeat > 1 ? `median of ${repeat} builds each` : 'one build each';
    out.push(
      `Build scaling — synthetic corpus (ours) vs bare Astro with as many MDX entries, same run, ${each}; peak RSS of the build's process tree`,
    );
    out.push(
      table(
        ['entries', 'build', 'pages', 'wall', 'CPU', 'pages/s', 'ms/page', 'CPU ms/page', 'peak RSS'],
        rows.flatMap((r) =>
          (['ours', 'bare'] as const).map((name) => {
            const b = r[name];
            return [
              String(r.entries),
              name,
              b.error ? 'FAILED' : String(b.pages),
              ms(b.wallMs),
              ms(b.cpuMs ?? null),
              b.pagesPerSecond.toFixed(0),
              b.msPerPage.toFixed(1),
              b.cpuMsPerPage === null ? '–' : b.cpuMsPerPage.toFixed(1),
              formatBytes(b.peakTreeRssBytes),
            ];
          }),
        ),
      ),
    );
    out.push('');
    out.push(
      table(
        [
          'entries',
          'wall ours/bare',
          'CPU ours/bare',
          'CPU per page ours/bare',
          'peak RSS ours/bare',
          'marginal CPU ms/page ours | bare',
        ],
        rows.map((r) => [
          String(r.entries),
          times(r.ratio.wall),
          times(r.ratio.cpu),
          times(r.ratio.cpuPerPage),
          times(r.ratio.memory),
          r.marginalMsPerPage ? `${r.marginalMsPerPage.ours.toFixed(1)} | ${r.marginalMsPerPage.bare.toFixed(1)}` : '–',
        ]),
      ),
    );
    const verdicts = buildVerdicts(rows, b);
    if (verdicts.length > 0) {
      out.push('', 'Build budgets (budgets.json build)');
      out.push(
        table(
          ['criterion', 'measured', 'budget', 'verdict'],
          verdicts.map((v) => [v.criterion, v.value ?? '–', v.budget, v.met === null ? 'not measured' : mark(v.met)]),
        ),
      );
    }
    const warmRows = rows.filter((r) => r.warm);
    if (warmRows.length > 0) {
      out.push(
        '',
        "An editor's rebuild: ours again after one lecture changed, caches and dist/ of the cold build kept",
      );
      out.push(
        table(
          [
            'entries',
            'cold wall',
            'warm wall',
            'warm/cold wall',
            'cold CPU',
            'warm CPU',
            'warm/cold CPU',
            'warm peak RSS',
          ],
          warmRows.map((r) => [
            String(r.entries),
            ms(r.ours.wallMs),
            ms(r.warm!.build.wallMs),
            `${(r.warm!.wallShare * 100).toFixed(0)}%`,
            ms(r.ours.cpuMs ?? null),
            ms(r.warm!.build.cpuMs ?? null),
            r.warm!.cpuShare === null ? '–' : `${(r.warm!.cpuShare * 100).toFixed(0)}%`,
            formatBytes(r.warm!.build.peakTreeRssBytes),
          ]),
        ),
      );
    }
    for (const r of rows) {
      if (!r.ours.profile) continue;
      out.push('', `Build profile — ours, ${r.entries} entries (${r.ours.pages} pages)`);
      out.push(formatProfile(r.ours.profile, r.ours.cpuMs));
      if (!r.warm?.build.profile) continue;
      out.push('', `Build profile — ours, ${r.entries} entries, rebuilt after one lecture changed`);
      out.push(formatProfile(r.warm.build.profile, r.warm.build.cpuMs));
    }
    const load = report.loadAverage
      ? ` Load average at start → end: ${report.loadAverage.start} → ${report.loadAverage.end}.`
      : '';
    out.push(
      `Wall time depends on what else the shared machine runs; CPU time (GNU time, the build's whole process tree) much less, so the headline leads with it.${load}`,
    );
    out.push('Timing is reported, never asserted.');
  }
  out.push('', `Full report: ${report.file}`);
  return out.join('\n');
}
