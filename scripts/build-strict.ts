/**
 * `npm test`'s build step: `npm run build` (scripts/build.ts) with its output passed through as it
 * comes, failing when the build prints any warning (scripts/lib/build-warnings.ts says what counts
 * as one). Arguments go to astro build. Exit codes: astro's own when the build fails, 1 when it succeeds
 * with warnings, 0 when it is clean.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { findWarnings } from './lib/build-warnings.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const build = fileURLToPath(new URL('./build.ts', import.meta.url));
const child = spawn(process.execPath, [build, ...process.argv.slice(2)], {
  cwd: root,
  stdio: ['inherit', 'pipe', 'pipe'],
});

let output = '';
child.stdout.on('data', (chunk: Buffer) => {
  process.stdout.write(chunk);
  output += chunk.toString();
});
child.stderr.on('data', (chunk: Buffer) => {
  process.stderr.write(chunk);
  output += chunk.toString();
});

const code = await new Promise<number>((resolve) =>
  child.on('close', (status, signal) => resolve(status ?? (signal ? 1 : 0))),
);
if (code !== 0) process.exit(code);
const warnings = findWarnings(output);
if (warnings.length > 0) {
  console.error(
    `\n构建成功，但输出了 ${warnings.length} 条警告；npm test 不允许任何警告，请消除它（或在 scripts/lib/build-warnings.ts 中附上游问题链接后放行）：` +
      ` (the build printed ${warnings.length} warning(s); npm test allows none)\n${warnings.map((w) => `  ${w}`).join('\n')}`,
  );
  process.exit(1);
}
