/** Makes a throw-away copy of the project (sharing node_modules) to run real builds on altered content. */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('../../', import.meta.url).pathname;

export interface ProjectCopy {
  dir: string;
  build(env?: Record<string, string>): { status: number | null; output: string };
  remove(): void;
}

/**
 * Variables Vitest copies from import.meta.env into process.env. A build must not inherit them:
 * Astro takes BASE_URL=/ over the configured base, and NODE_ENV=test over production.
 */
const VITEST_ENV = /^(BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|TEST|VITEST\w*)$/;
const inherited = Object.fromEntries(Object.entries(process.env).filter(([name]) => !VITEST_ENV.test(name)));

export interface CopyOptions {
  /** Where to put the copy (emptied first); a new temporary folder when absent. */
  dir?: string;
  /** Another province's `content/` and `src/site.config.ts` instead of the project's (tests/fixtures/province/). */
  province?: { content: string; siteConfig: string };
}

/** Copies sources and content into a temporary folder (or `options.dir`). */
export function copyProject(options: CopyOptions = {}): ProjectCopy {
  const dir = options.dir ?? mkdtempSync(join(tmpdir(), 'xxz-build-'));
  if (options.dir) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
  }
  for (const entry of ['src', 'content', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
    if (entry === 'content' && options.province)
      cpSync(options.province.content, join(dir, entry), { recursive: true });
    else cpSync(join(root, entry), join(dir, entry), { recursive: true });
  }
  if (options.province) cpSync(options.province.siteConfig, join(dir, 'src/site.config.ts'));
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  return {
    dir,
    build(env = {}) {
      // As `npm run build` does: astro build, then the search index in a process of its own.
      const result = spawnSync(process.execPath, [join(root, 'scripts/build.ts')], {
        cwd: dir,
        // A copy records new URLs like a developer's machine would; CI mode is tested on its own.
        env: { ...inherited, CI: '', ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', ...env },
        encoding: 'utf8',
      });
      return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
    },
    remove() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
