/**
 * The build's per-stage profile for `npm run bench` (see src/lib/shared/build-profile.ts): off
 * unless XXZ_BUILD_PROFILE names the file to write. `profiled()` times the hooks of other
 * integrations as named stages; `buildProfile()` times Astro's own phases between the hooks,
 * times each page render by template through a middleware, and writes the file when the build
 * is done. It must come last, after every integration it reports on.
 */
import { writeFile } from 'node:fs/promises';
import type { AstroIntegration } from 'astro';
import { phase, PROFILE_ENV, profiling, recordedProfile, stopProfiling, timed } from '../lib/shared/build-profile.ts';

type Hooks = AstroIntegration['hooks'];

/** Returns the integration with each hook named in `stages` timed as that stage (unchanged when profiling is off). */
export function profiled(
  integration: AstroIntegration,
  stages: Partial<Record<keyof Hooks, string>>,
): AstroIntegration {
  if (!profiling()) return integration;
  const hooks: Record<string, unknown> = { ...integration.hooks };
  for (const [hook, stage] of Object.entries(stages)) {
    const run = hooks[hook] as ((...args: unknown[]) => unknown) | undefined;
    if (!run || !stage) continue;
    // Child processes count too: Pagefind indexes in its own process. A timed hook also ends
    // Astro's phase under way, which would otherwise count the hook's cost as its own.
    hooks[hook] = (...args: unknown[]) => {
      phase(null);
      return timed(stage, () => run(...args), true);
    };
  }
  return { ...integration, hooks: hooks as Hooks };
}

export function buildProfile(): AstroIntegration {
  return {
    name: 'build-profile',
    hooks: {
      'astro:config:setup': ({ addMiddleware, command }) => {
        if (!profiling() || command !== 'build') return;
        addMiddleware({ entrypoint: new URL('./build-profile-middleware.ts', import.meta.url), order: 'pre' });
      },
      // Between these hooks Astro syncs the content layer (and sets up Vite), then bundles.
      'astro:config:done': () => phase('astro: content sync'),
      'astro:build:start': () => phase('astro: bundling'),
      'astro:build:generated': () => phase('astro: after rendering'),
      'astro:build:done': async ({ logger }) => {
        phase(null);
        if (!profiling()) return;
        stopProfiling();
        const file = process.env[PROFILE_ENV]!;
        await writeFile(file, `${JSON.stringify(recordedProfile(), null, 2)}\n`);
        logger.info(`build profile written to ${file}`);
      },
    },
  };
}
