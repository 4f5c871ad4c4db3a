/**
 * `npm run build`: builds the project in the current folder — `astro build` (arguments are passed
 * on), then, once Astro has exited, the search index and the CSP header in this process
 * (src/integrations/post-build.ts), so that Pagefind's memory and Astro's never add up.
 * `astro build` alone still writes a complete site, with both in its last hook.
 * Exit codes: astro's own when it fails, 1 when the index or the header cannot be written.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { POST_BUILD_ENV } from '../src/integrations/post-build-env.ts';

const project = process.cwd();
const astro = join(project, 'node_modules/astro/bin/astro.mjs');
const child = spawn(process.execPath, [astro, 'build', ...process.argv.slice(2)], {
  cwd: project,
  stdio: 'inherit',
  env: { ...process.env, [POST_BUILD_ENV]: '1' },
});
const code = await new Promise<number>((resolve) =>
  child.on('close', (status, signal) => resolve(status ?? (signal ? 1 : 0))),
);
if (code !== 0) process.exit(code);

// The project's own module: a test's copy of the project builds with its own sources.
const { postBuild } = (await import(
  pathToFileURL(join(project, 'src/integrations/post-build.ts')).href
)) as typeof import('../src/integrations/post-build.ts');
try {
  await postBuild(join(project, 'dist'), (source, line) => console.log(`[${source}] ${line}`));
} catch (error) {
  console.error(
    `[post-build] 搜索索引或安全策略未能生成 (the search index or the CSP header failed): ${(error as Error).stack}`,
  );
  process.exit(1);
}
