/**
 * `npm run test:province`: proves that another province runs `npm test` with content and config
 * only. It copies the project (the files git tracks or would track, so uncommitted work counts),
 * replaces content/ and src/site.config.ts with the fictional 示例省 of tests/fixtures/province/,
 * and runs `npm test` in the copy, with the project's node_modules linked in. Then it lists every
 * built file (the search index unzipped) that still says 山西, 晋, 太原 or 2023 (none is the
 * fixture's), with an example.
 * `--keep` leaves the copy for inspection; otherwise it is removed. Exit code: npm test's, or 1
 * when a Shanxi word reached the fixture's dist/.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { fixtureContent, fixtureSiteConfig } from './lib/province-fixture.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const keep = process.argv.includes('--keep');
const dir = mkdtempSync(join(tmpdir(), 'xxz-province-swap-'));

const files = spawnSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
  cwd: root,
  encoding: 'utf8',
})
  .stdout.split('\0')
  .filter((f) => f && !f.startsWith('content/'));
for (const file of files) {
  mkdirSync(dirname(join(dir, file)), { recursive: true });
  // A tracked file deleted in the work tree is simply not copied.
  try {
    cpSync(join(root, file), join(dir, file));
  } catch {
    continue;
  }
}
cpSync(fixtureContent, join(dir, 'content'), { recursive: true });
cpSync(fixtureSiteConfig, join(dir, 'src/site.config.ts'));
symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
// A province keeps its site in a repository of its own: pages without a date of their own take it from git.
for (const args of [
  ['init', '-q'],
  ['add', '-A'],
  ['-c', 'user.name=示例省', '-c', 'user.email=fixture@example.org', 'commit', '-q', '-m', '示例省'],
]) {
  const git = spawnSync('git', args, { cwd: dir, encoding: 'utf8' });
  if (git.status !== 0) throw new Error(`git ${args[0]} failed in ${dir}: ${git.stderr}`);
}
console.log(`示例省的项目副本：${dir}（content/ 和 src/site.config.ts 来自 tests/fixtures/province/）`);

const started = Date.now();
const run = spawnSync('npm', ['test'], { cwd: dir, stdio: 'inherit', env: process.env });
const seconds = ((Date.now() - started) / 1000).toFixed(0);
console.log(`\n示例省的 npm test：退出码 ${run.status}，用时 ${seconds} 秒`);

/** Lines of the built site that name Shanxi or its 2023 edition, which the fixture never does. */
const shanxi = /山西|晋|太原|2023/;
const hits: string[] = [];
const dist = join(dir, 'dist');
// npm test may stop before the build (type check, lint): then there is no dist/ to search.
for (const entry of existsSync(dist) ? readdirSync(dist, { withFileTypes: true, recursive: true }) : []) {
  if (!entry.isFile()) continue;
  const path = join(entry.parentPath, entry.name);
  const bytes = readFileSync(path);
  // Pagefind's index and fragments are gzip files: read them as the search page does.
  const text = (bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes).toString('utf8');
  if (!shanxi.test(text)) continue;
  const lines = text.split('\n').filter((line) => shanxi.test(line));
  hits.push(
    `${relative(dist, path)}: ${lines.length} 行，例如 ${lines[0]!.match(/.{0,60}(?:山西|晋|太原|2023).{0,60}/)?.[0]}`,
  );
}
console.log(
  !existsSync(dist)
    ? '没有生成 dist/，无法检查其中的省份字样。'
    : hits.length === 0
      ? '示例省的 dist/ 中没有 山西、晋、太原 或 2023。'
      : `示例省的 dist/ 中仍有 ${hits.length} 个文件含 山西、晋、太原 或 2023：\n${hits.map((h) => `  ${h}`).join('\n')}`,
);
if (!keep) rmSync(dir, { recursive: true, force: true });
process.exit(run.status !== 0 ? (run.status ?? 1) : hits.length > 0 ? 1 : 0);
