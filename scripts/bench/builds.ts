/**
 * Builds in throw-away folders, measured: the real site, the real site plus a synthetic corpus,
 * and a bare Astro project of as many trivial MDX pages, so the cost of our own code shows as
 * a ratio measured on the same machine in the same run.
 */
import {
  existsSync,
  lstatSync,
  readFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  symlinkSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { copyProject } from '../lib/project-copy.ts';
import { htmlFiles } from '../lib/dist-files.ts';
import {
  bareProject,
  EDITED_LECTURE,
  editLecture,
  syntheticCorpus,
  type CorpusFile,
  type CorpusRefs,
} from './corpus.ts';
import { measure, type Measurement } from './measure.ts';
import { PROFILE_ENV } from '../../src/lib/shared/build-profile.ts';
import { profileFile, readProfile, type Profile } from './profile.ts';
import { median } from './stats.ts';

const root = new URL('../../', import.meta.url).pathname;
const astroBin = join(root, 'node_modules/astro/bin/astro.mjs');
const pagefindBin = join(root, 'node_modules/pagefind/lib/runner/bin.cjs');
const buildScript = join(root, 'scripts/build.ts');

export interface BuildResult extends Omit<Measurement, 'outputTail'> {
  /** HTML pages in dist/ (Pagefind's own files excluded). */
  pages: number;
  /** Whether dist/ holds a Pagefind index (then the bare build is indexed too, for a fair comparison). */
  pagefind: boolean;
  /** Set when the build failed: the end of its output. */
  error?: string;
  /** Per-stage cost, from builds of our site (bare Astro has no stages to report). */
  profile?: Profile;
}

/** A project folder to build in, removed afterwards. */
interface Workspace {
  dir: string;
  remove(): void;
}

/**
 * Gives the folder its own node_modules made of links to the shared packages: Astro keeps its
 * content cache in node_modules/.astro, and a shared one would make builds warm and let
 * parallel builds overwrite each other's cache.
 */
function linkPackages(dir: string): void {
  const target = join(dir, 'node_modules');
  // The copy links node_modules as a whole: remove only that link, never what it points to.
  if (existsSync(target) && lstatSync(target).isSymbolicLink()) unlinkSync(target);
  mkdirSync(target);
  for (const entry of readdirSync(join(root, 'node_modules'))) {
    if (entry === '.astro' || entry === '.vite' || entry === '.cache') continue;
    symlinkSync(join(root, 'node_modules', entry), join(target, entry));
  }
}

function writeFiles(dir: string, files: readonly CorpusFile[]): void {
  for (const file of files) {
    mkdirSync(dirname(join(dir, file.path)), { recursive: true });
    writeFileSync(join(dir, file.path), file.text);
  }
}

/** Copies the real project (sources and content) into a temporary folder, plus any extra files. */
export function siteWorkspace(extra: readonly CorpusFile[] = []): Workspace {
  const copy = copyProject();
  linkPackages(copy.dir);
  writeFiles(copy.dir, extra);
  return copy;
}

/** Writes the bare Astro project of `size` pages into a temporary folder. */
export function bareWorkspace(size: number, notice: string): Workspace {
  const dir = mkdtempSync(join(tmpdir(), 'xxz-bare-'));
  linkPackages(dir);
  writeFiles(dir, bareProject(size, notice));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

// Local builds record new URLs in the copy's manifest, as on a developer's machine.
const buildEnv = () => ({ ...process.env, CI: '', ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' });

/**
 * Builds a workspace and measures it. Our site builds as `npm run build` does (scripts/build.ts:
 * astro build, then the search index in a process of its own), profiled stage by stage
 * (XXZ_BUILD_PROFILE). A bare project runs `astro build`, then, with `indexWithPagefind`, the
 * Pagefind CLI, whose cost is added.
 */
export async function measureBuild(
  dir: string,
  project: 'site' | 'bare' = 'site',
  indexWithPagefind = false,
): Promise<BuildResult> {
  const env = { ...buildEnv(), [PROFILE_ENV]: profileFile(dir) };
  const build = await measure(process.execPath, project === 'site' ? [buildScript] : [astroBin, 'build'], {
    cwd: dir,
    env,
  });
  const profile = readProfile(dir);
  const dist = join(dir, 'dist');
  const result: BuildResult = {
    exitCode: build.exitCode,
    wallMs: build.wallMs,
    ...(build.cpuMs === undefined ? {} : { cpuMs: build.cpuMs }),
    peakTreeRssBytes: build.peakTreeRssBytes,
    ...(build.peakProcessRssBytes === undefined ? {} : { peakProcessRssBytes: build.peakProcessRssBytes }),
    pages: existsSync(dist) ? htmlFiles(dist).length : 0,
    pagefind: existsSync(join(dist, 'pagefind')),
    ...(profile && { profile }),
  };
  if (build.exitCode !== 0) return { ...result, error: build.outputTail };
  if (project === 'bare' && indexWithPagefind && !result.pagefind) {
    const index = await measure(process.execPath, [pagefindBin, '--site', 'dist'], { cwd: dir, env: buildEnv() });
    result.wallMs += index.wallMs;
    if (result.cpuMs !== undefined && index.cpuMs !== undefined) result.cpuMs += index.cpuMs;
    result.peakTreeRssBytes = Math.max(result.peakTreeRssBytes, index.peakTreeRssBytes);
    if (result.peakProcessRssBytes !== undefined && index.peakProcessRssBytes !== undefined) {
      result.peakProcessRssBytes = Math.max(result.peakProcessRssBytes, index.peakProcessRssBytes);
    }
    result.pagefind = existsSync(join(dist, 'pagefind'));
    if (index.exitCode !== 0) return { ...result, exitCode: index.exitCode, error: index.outputTail };
  }
  return result;
}

export interface ScalePoint {
  entries: number;
  /** Median of the repeats, field by field. */
  ours: BuildResult;
  bare: BuildResult;
  repeats: { ours: BuildResult[]; bare: BuildResult[] };
  /** An editor's rebuild: ours again after one lecture changed, with the first build's caches and dist/ kept. */
  warm?: BuildResult;
}

/** Combines repeated builds into one result holding the median of each figure (and the first error, if any). */
export function medianBuild(results: readonly BuildResult[]): BuildResult {
  const of = (pick: (r: BuildResult) => number | undefined) => {
    const values = results.map(pick).filter((v): v is number => v !== undefined);
    return values.length === results.length ? median(values) : undefined;
  };
  const failed = results.find((r) => r.error !== undefined);
  const cpuMs = of((r) => r.cpuMs);
  const peakProcessRssBytes = of((r) => r.peakProcessRssBytes);
  return {
    exitCode: failed?.exitCode ?? 0,
    wallMs: of((r) => r.wallMs)!,
    ...(cpuMs === undefined ? {} : { cpuMs }),
    peakTreeRssBytes: of((r) => r.peakTreeRssBytes)!,
    ...(peakProcessRssBytes === undefined ? {} : { peakProcessRssBytes }),
    pages: results[0]!.pages,
    pagefind: results[0]!.pagefind,
    // Stages are not medianed: the first build's profile stands for the size.
    ...(results[0]!.profile && { profile: results[0]!.profile }),
    ...(failed?.error === undefined ? {} : { error: failed.error }),
  };
}

/** Builds the corpus of each size `repeat` times, ours and bare in turn (so drift in the machine's load hits both), in order of size. */
export async function measureScaling(
  sizes: readonly number[],
  repeat: number,
  notice: string,
  refs: CorpusRefs,
  log: (line: string) => void,
  /** Called once per size with the first successful build of ours, before its folder is removed. */
  inspect?: (size: number, dir: string) => Promise<void>,
): Promise<ScalePoint[]> {
  const points: ScalePoint[] = [];
  const seconds = (b: BuildResult) => `${(b.wallMs / 1000).toFixed(1)} s${b.error ? ' (FAILED)' : ''}`;
  for (const size of sizes) {
    const repeats: ScalePoint['repeats'] = { ours: [], bare: [] };
    let warm: BuildResult | undefined;
    for (let i = 1; i <= repeat; i++) {
      const run = repeat > 1 ? ` (run ${i}/${repeat})` : '';
      const site = siteWorkspace(syntheticCorpus(size, notice, refs));
      try {
        repeats.ours.push(await measureBuild(site.dir));
        log(`build: ${size} entries${run}, ours ${seconds(repeats.ours.at(-1)!)}`);
        if (i === 1 && repeats.ours[0]!.exitCode === 0) {
          if (inspect) await inspect(size, site.dir);
          const lecture = join(site.dir, EDITED_LECTURE);
          if (existsSync(lecture)) {
            writeFileSync(lecture, editLecture(readFileSync(lecture, 'utf8')));
            warm = await measureBuild(site.dir);
            log(`build: ${size} entries, ours after one lecture changed ${seconds(warm)}`);
          }
        }
      } finally {
        site.remove();
      }
      const ours = repeats.ours.at(-1)!;
      const bare = bareWorkspace(size, notice);
      try {
        repeats.bare.push(await measureBuild(bare.dir, 'bare', ours.pagefind));
      } finally {
        bare.remove();
      }
      log(`build: ${size} entries${run}, bare ${seconds(repeats.bare.at(-1)!)}`);
    }
    points.push({
      entries: size,
      ours: medianBuild(repeats.ours),
      bare: medianBuild(repeats.bare),
      repeats,
      ...(warm && { warm }),
    });
  }
  return points;
}
