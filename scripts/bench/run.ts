/**
 * `npm run bench [-- --sizes 1000,5000 --repeat 1 --runs 3 --skip-lighthouse --skip-build]`
 * Measures the performance budgets of budgets.json in one run: page weight per template,
 * Lighthouse per template, what search costs a visitor (real site and the 5,000-entry corpus), and build
 * time and memory against a bare Astro build.
 * Stages: build the site → weigh pages → Lighthouse → search cost → corpus builds → write JSON + print tables.
 * Exit codes: 0 measured (budgets are reported, not enforced here: `npm test` enforces page
 * weight), 1 a build failed, 2 bad arguments.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { startNginx } from '../lib/nginx.ts';
import { htmlFiles } from '../lib/dist-files.ts';
import { siteConfig } from '../../src/site.config.ts';
import { loadBudgets } from './budgets.ts';
import { measureBuild, measureScaling, siteWorkspace } from './builds.ts';
import { readNotice } from './corpus.ts';
import { runLighthouse, type LighthouseTarget } from './lighthouse.ts';
import { measureSearchCost, type SearchCost } from './search-cost.ts';
import { formatReport, scaleRows, summariseTemplates } from './report.ts';
import { createWeigher } from './weight.ts';

const root = new URL('../../', import.meta.url).pathname;
const usage = `Usage: npm run bench -- [--sizes 1000,5000,10000] [--repeat 1] [--runs 3] [--skip-lighthouse] [--skip-build]
  --sizes            corpus sizes (entries) for the build comparison, comma-separated (default 1000,5000,10000)
  --repeat           builds per size, ours and bare in turn; the median is reported (default 1)
  --runs             Lighthouse runs per template; the median is reported (default 3)
  --skip-lighthouse  skip the Lighthouse stage
  --skip-build       skip the synthetic-corpus builds`;

function options() {
  try {
    const { values } = parseArgs({
      options: {
        sizes: { type: 'string', multiple: true },
        runs: { type: 'string' },
        repeat: { type: 'string' },
        'skip-lighthouse': { type: 'boolean' },
        'skip-build': { type: 'boolean' },
        help: { type: 'boolean' },
      },
    });
    const sizes = (values.sizes ?? ['1000,5000,10000']).flatMap((s) => s.split(',')).map(Number);
    const runs = Number(values.runs ?? 3);
    const repeat = Number(values.repeat ?? 1);
    if ([...sizes, runs, repeat].some((n) => !Number.isInteger(n) || n < 1))
      throw new Error('--sizes, --runs and --repeat take positive whole numbers');
    return {
      sizes: [...new Set(sizes)].sort((a, b) => a - b),
      runs,
      repeat,
      lighthouse: !values['skip-lighthouse'],
      build: !values['skip-build'],
      help: !!values.help,
    };
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${usage}`);
    process.exit(2);
  }
}

const opts = options();
if (opts.help) {
  console.log(usage);
  process.exit(0);
}
const log = (line: string) => console.error(`[bench] ${line}`);
const budgets = loadBudgets();
const startedAt = new Date();
const loadNow = () => readFileSync('/proc/loadavg', 'utf8').split(' ')[0]!;
const loadAtStart = loadNow();

const searchCosts: { corpus: string; cost: SearchCost; coldQueryBudget?: number }[] = [];
// The search gate's cost thresholds (data, read rather than imported: scripts do not import tests/).
const searchBudgets = (
  JSON.parse(readFileSync(join(root, 'tests/fixtures/search/thresholds.json'), 'utf8')) as {
    cost: { siteColdQueryBytes: number; corpusColdQueryBytes: number };
  }
).cost;
const SEARCH_CORPUS_SIZE = 5000;

type LighthouseReport = Awaited<ReturnType<typeof runLighthouse>> | { ran: false; reason: string };

/** Stages 1 and 2: builds the real site in a copy (so dist/ and the URL manifest of the work tree stay untouched), weighs its pages and runs Lighthouse. */
async function measureSite() {
  const site = siteWorkspace();
  try {
    log('building the site…');
    const build = await measureBuild(site.dir);
    if (build.exitCode !== 0)
      return { build, templates: [], lighthouse: { ran: false, reason: 'the site did not build' } as LighthouseReport };
    const distDir = join(site.dir, 'dist');
    const weigh = createWeigher({ distDir, base: siteConfig.base, site: siteConfig.site });
    const templates = summariseTemplates(htmlFiles(distDir).map(weigh), budgets.pageWeight.maxGzipBytes);
    log(`weighed ${build.pages} pages in ${templates.length} templates`);
    searchCosts.push({
      corpus: 'real content',
      cost: await measureSearchCost(distDir, siteConfig.base),
      coldQueryBudget: searchBudgets.siteColdQueryBytes,
    });
    if (!opts.lighthouse)
      return {
        build,
        templates,
        lighthouse: { ran: false, reason: 'skipped (--skip-lighthouse)' } as LighthouseReport,
      };
    // The heaviest page of each template, served by the real nginx with the shipped configuration:
    // a reader's phone gets gzip, and the uncompressed local server cost /lectures/ a point of
    // performance that no reader pays. Lighthouse refuses a document answered with status 404, so
    // the 404 template is audited at /404.html, which nginx serves as a file; a redirect stub is
    // audited where nginx's 301 lands, as a reader would see it.
    const server = await startNginx(distDir, siteConfig.base);
    const targets: LighthouseTarget[] = templates.map((t) => ({
      template: t.template,
      path: `${siteConfig.base}${t.sample.slice(1)}`,
    }));
    log(`Lighthouse: ${targets.length} templates × ${opts.runs} runs…`);
    try {
      const lighthouse: LighthouseReport = await runLighthouse(server.origin, targets, opts.runs);
      if (!lighthouse.ran) log(`Lighthouse did not run: ${lighthouse.reason}`);
      return { build, templates, lighthouse };
    } finally {
      await server.stop();
    }
  } finally {
    site.remove();
  }
}

const { build: siteBuild, templates, lighthouse } = await measureSite();
if (siteBuild.exitCode !== 0) {
  console.error(siteBuild.error);
  process.exit(1);
}

// Stage 3: synthetic corpus builds against bare Astro.
let scaling:
  | { rows: ReturnType<typeof scaleRows>; repeat: number; points: Awaited<ReturnType<typeof measureScaling>> }
  | { skipped: string } = { skipped: 'skipped (--skip-build)' };
let failed = false;
if (opts.build) {
  const notice = readNotice(root);
  const ids = (dir: string) =>
    readdirSync(join(root, 'content', dir))
      .filter((f) => f.endsWith('.json'))
      .map((f) => f.replace(/\.json$/, ''));
  // Search cost is reported for the 5,000-entry corpus (the size the search budget names), else the largest.
  const searched = opts.sizes.includes(SEARCH_CORPUS_SIZE) ? SEARCH_CORPUS_SIZE : opts.sizes.at(-1);
  const points = await measureScaling(
    opts.sizes,
    opts.repeat,
    notice,
    { cities: ids('cities'), platforms: ids('platforms') },
    log,
    async (size, dir) => {
      if (size === searched) {
        const cost = await measureSearchCost(join(dir, 'dist'), siteConfig.base);
        searchCosts.push({
          corpus: `${size} synthetic entries`,
          cost,
          ...(size === SEARCH_CORPUS_SIZE && { coldQueryBudget: searchBudgets.corpusColdQueryBytes }),
        });
      }
    },
  );
  for (const p of points) {
    for (const [name, b] of [
      ['ours', p.ours],
      ['bare', p.bare],
    ] as const) {
      if (b.error) {
        failed = true;
        console.error(`[bench] ${name} build of ${p.entries} entries failed:\n${b.error}`);
      }
    }
  }
  scaling = { rows: scaleRows(points), repeat: opts.repeat, points };
}

const resultsDir = join(root, 'bench-results');
mkdirSync(resultsDir, { recursive: true });
const file = join(resultsDir, `bench-${startedAt.toISOString().replace(/[:.]/g, '-')}.json`);
const astroVersion = JSON.parse(readFileSync(join(root, 'node_modules/astro/package.json'), 'utf8')).version as string;
const report = {
  startedAt: startedAt.toISOString(),
  finishedAt: new Date().toISOString(),
  machine: {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? '',
    memoryBytes: totalmem(),
    node: process.version,
    astro: astroVersion,
  },
  loadAverage: { start: loadAtStart, end: loadNow() },
  options: opts,
  budgets,
  site: { build: siteBuild, templates },
  lighthouse,
  search: searchCosts,
  scaling,
};
writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
console.log(formatReport({ ...report, file: file.slice(root.length) }));
process.exit(failed ? 1 : 0);
