/**
 * Runs before `npm run bench` and `npm run bench:links`: installs the bench-only packages of
 * scripts/bench/package.json into scripts/bench/node_modules when they are missing or out of date
 * with its lock, so `node scripts/bench/*.ts` resolves them there with plain imports.
 * Exit codes: 0 ready, 1 the install failed.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { staleBenchPackage, type Lock } from './install-state.ts';

const dir = fileURLToPath(new URL('.', import.meta.url));
const read = (path: string): Lock | undefined =>
  existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as Lock) : undefined;
// npm's record of what it installed, less any package folder removed since.
const recorded = read(`${dir}node_modules/.package-lock.json`);
const installed = recorded && {
  packages: Object.fromEntries(
    Object.entries(recorded.packages).filter(([path]) => existsSync(`${dir}${path}/package.json`)),
  ),
};
const stale = staleBenchPackage(read(`${dir}package-lock.json`)!, installed);

if (stale) {
  const { dependencies } = JSON.parse(readFileSync(`${dir}package.json`, 'utf8')) as {
    dependencies: Record<string, string>;
  };
  const names = Object.keys(dependencies).join(', ');
  console.log(
    `bench: 正在把测量专用的 ${names} 装入 scripts/bench/node_modules（${stale} 缺失或版本不符）… (installing the bench-only packages: ${stale} is missing or out of date)`,
  );
  // npm sets npm_execpath for its scripts; running that file with this Node keeps the install on
  // Node 24. Run directly, the shell finds npm (npm.cmd on Windows).
  const npm = process.env.npm_execpath;
  const args = ['install', '--no-audit', '--no-fund', '--loglevel=error'];
  const run = npm
    ? spawnSync(process.execPath, [npm, ...args], { cwd: dir, stdio: 'inherit' })
    : spawnSync(`npm ${args.join(' ')}`, { cwd: dir, stdio: 'inherit', shell: true });
  if (run.status !== 0) {
    console.error(
      `bench: 安装失败（退出码 ${run.status ?? run.signal}）；可在 scripts/bench/ 里手动运行 npm install。 (install failed; run npm install in scripts/bench/.)`,
    );
    process.exit(1);
  }
}
