/**
 * First step of `npm test`: checks that the Node running the scripts is inside package.json's
 * engines range and that Chromium, the CJK fonts and nginx are on the machine. As root on Debian
 * it installs what is missing with apt-get, announced first; otherwise it prints the exact
 * command and stops before any test runs.
 * PREFLIGHT_PRETEND_MISSING=chromium,nginx rehearses a fresh machine on one that has everything:
 * the first look reports those as missing (apt-get then runs for real and changes nothing).
 * Exit codes: 0 ready, 1 something is missing or the install failed.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { siteConfig } from '../src/site.config.ts';
import { nodeProblem, planPreflight, type Probe, type Requirement } from './lib/preflight.ts';

const { engines } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
  engines: { node: string };
};
const problem = nodeProblem(process.versions.node, engines.node, process.execPath);
if (problem) {
  console.error(problem);
  process.exit(1);
}

// The same defaults as scripts/lib/chromium.ts and scripts/lib/nginx.ts, which start these programs.
function pathProbe(requirement: Requirement, variable: string, fallback: string, pretend: boolean): Probe {
  const chosen = process.env[variable];
  const path = chosen ?? fallback;
  return { requirement, found: !pretend && existsSync(path), ...(chosen ? { chosenBy: { variable, path } } : {}) };
}

function probe(pretendMissing: ReadonlySet<string>): Probe[] {
  return [
    pathProbe('chromium', 'CHROMIUM_PATH', '/usr/bin/chromium', pretendMissing.has('chromium')),
    // The posters and Chromium's CJK text both need these files, which Debian's fonts-noto-cjk installs.
    {
      requirement: 'fonts-noto-cjk',
      found: !pretendMissing.has('fonts-noto-cjk') && siteConfig.posterFonts.every((f) => existsSync(f)),
    },
    pathProbe('nginx', 'NGINX_PATH', '/usr/sbin/nginx', pretendMissing.has('nginx')),
  ];
}

const pretend = new Set(
  (process.env.PREFLIGHT_PRETEND_MISSING ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean),
);
const hasAptGet = ['/usr/bin/apt-get', '/bin/apt-get'].some((p) => existsSync(p));
const isRoot = process.getuid?.() === 0;
const plan = planPreflight({ probes: probe(pretend), isRoot, hasAptGet });

if (plan.action === 'stop') {
  console.error(plan.message);
  process.exit(1);
}
if (plan.action === 'install') {
  console.log(plan.announce);
  for (const [command, ...args] of plan.commands) {
    const run = spawnSync(command!, args, {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    if (run.status !== 0) {
      console.error(
        `preflight: ${command} ${args.join(' ')} 失败（退出码 ${run.status ?? run.signal}），测试没有运行。 (failed; no test ran.)`,
      );
      process.exit(1);
    }
  }
  const still = probe(new Set())
    .filter((p) => !p.found)
    .map((p) => p.requirement);
  if (still.length > 0) {
    console.error(
      `preflight: apt-get 安装后仍找不到 ${still.join(' ')}，测试没有运行。 (still missing after apt-get: ${still.join(' ')}; no test ran.)`,
    );
    process.exit(1);
  }
}
