/**
 * The fictional 示例省 (tests/fixtures/province/: site.config.ts + content/, two editions) built as
 * a site of its own, so that behaviour tests name the fixture's ids and texts and never the real
 * content/. The build is a project copy with the fixture's content and config, at a known place,
 * rebuilt only when an input changed (`npm test` builds it once; tests/helpers/province.ts reads it).
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findWarnings } from './build-warnings.ts';
import { copyProject } from './project-copy.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** The fixture's sources, as a province would write them. */
export const fixtureDir = join(root, 'tests/fixtures/province/');
export const fixtureContent = join(fixtureDir, 'content/');
export const fixtureSiteConfig = join(fixtureDir, 'site.config.ts');

/**
 * "Now" for the fixture's build: after the 2031 week, before its last two lectures. Pages state a
 * lecture's status as of the build, so a fixed clock keeps them the same in any year.
 */
export const FIXTURE_NOW = '2031-11-20T12:00:00+08:00';

/**
 * The built copy, outside the repository so that type checks, linters and vitest never see a
 * second src/; one per clone (the path hashes the clone's location). PROVINCE_SITE_DIR overrides.
 */
export const provinceSiteDir =
  process.env.PROVINCE_SITE_DIR ??
  join(tmpdir(), `xxz-province-${createHash('sha256').update(root).digest('hex').slice(0, 10)}`);
export const provinceDist = join(provinceSiteDir, 'dist/');
const stampFile = join(provinceSiteDir, '.inputs');

/** Everything the fixture build reads besides node_modules; a change to any of it rebuilds. */
const inputs = [
  'src',
  'public',
  'tests/fixtures/province',
  'astro.config.mjs',
  'package.json',
  'package-lock.json',
  'tsconfig.json',
  'scripts/lib/fixed-clock.ts',
  'scripts/lib/project-copy.ts',
  'scripts/lib/province-fixture.ts',
];

/** A digest of every input file's path and bytes. */
export function inputsDigest(): string {
  const hash = createHash('sha256');
  const add = (path: string) => {
    const full = join(root, path);
    if (!existsSync(full)) return;
    if (statSync(full).isDirectory()) {
      for (const entry of readdirSync(full).sort()) add(join(path, entry));
      return;
    }
    hash.update(`${relative(root, full)}\0`);
    hash.update(readFileSync(full));
  };
  for (const input of inputs) add(input);
  return hash.digest('hex');
}

export interface FixtureBuild {
  dist: string;
  /** False when the build was already up to date. */
  built: boolean;
  seconds: number;
}

/**
 * Builds the fixture unless the last build had the same inputs. Fails like `npm test`'s own build
 * step: on a build error and on any warning. The copy records new URLs in its own manifest (as on
 * a developer's machine); `npm run build:province -- --update-manifest` writes it back to the fixture.
 */
export function buildProvince({ force = false } = {}): FixtureBuild {
  const started = Date.now();
  const digest = inputsDigest();
  if (!force && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === digest && existsSync(provinceDist)) {
    return { dist: provinceDist, built: false, seconds: 0 };
  }
  const copy = copyProject({
    dir: provinceSiteDir,
    province: { content: fixtureContent, siteConfig: fixtureSiteConfig },
  });
  commitContent(provinceSiteDir);
  const clock = join(root, 'scripts/lib/fixed-clock.ts');
  const run = copy.build({
    FIXED_CLOCK_NOW: FIXTURE_NOW,
    NODE_OPTIONS: [process.env.NODE_OPTIONS, `--import=${clock}`].filter(Boolean).join(' '),
  });
  if (run.status !== 0)
    throw new Error(`示例省（tests/fixtures/province/）构建失败 (the fixture build failed):\n${run.output}`);
  const warnings = findWarnings(run.output);
  if (warnings.length > 0) {
    throw new Error(`示例省构建输出了警告 (the fixture build printed warnings):\n${warnings.join('\n')}`);
  }
  writeFileSync(stampFile, digest);
  return { dist: provinceDist, built: true, seconds: (Date.now() - started) / 1000 };
}

/**
 * Pages without a date of their own take it from git (src/lib/site/page-source.ts), so the copy
 * gets a repository with the content committed once, on a fixed day: every page then says when it
 * was published, as on a real site, and the same day in every run.
 */
function commitContent(dir: string): void {
  const date = '2031-08-01T09:00:00+08:00';
  const env = { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date };
  const git = (...args: string[]) => {
    const result = spawnSync('git', args, { cwd: dir, env, encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`git ${args.join(' ')} failed in ${dir}:\n${result.stderr}`);
  };
  git('init', '-q');
  git('add', 'content');
  git('-c', 'user.name=示例省', '-c', 'user.email=fixture@example.org', 'commit', '-q', '-m', 'Fixture content');
}

/** The URL manifest the fixture build recorded, for writing back into the fixture. */
export function builtManifest(): string {
  return readFileSync(join(provinceSiteDir, 'content/published-urls.json'), 'utf8');
}
