/**
 * What `npm test` needs beyond node_modules, and what to do when some of it is missing: the pure
 * half of scripts/preflight.ts (which probes the machine and carries the plan out).
 * Every message is one line, Chinese then English, since developers of either language read it.
 */
import { satisfiesRange } from './node-range.ts';

/** A Debian package the tests need; the browser tests use chromium and the CJK fonts, the serve tests nginx. */
export type Requirement = 'chromium' | 'fonts-noto-cjk' | 'nginx';

export interface Probe {
  requirement: Requirement;
  found: boolean;
  /** Set when an environment variable chose the path (CHROMIUM_PATH, NGINX_PATH): installing the package cannot help then. */
  chosenBy?: { variable: string; path: string };
}

export interface Machine {
  probes: readonly Probe[];
  isRoot: boolean;
  hasAptGet: boolean;
}

export type Plan =
  | { action: 'ready' }
  | { action: 'install'; announce: string; commands: string[][] }
  | { action: 'stop'; message: string };

/** The two apt-get runs that install `packages`, as argument lists. */
export function aptCommands(packages: readonly string[]): string[][] {
  // --no-upgrade: the preflight adds what is missing and never upgrades a package others on the machine use.
  return [
    ['apt-get', 'update'],
    ['apt-get', 'install', '-y', '--no-install-recommends', '--no-upgrade', ...packages],
  ];
}

const list = (names: readonly string[]) => names.join(' ');

/** Decides, from what the probes found, whether the tests can run, the packages should be installed, or the developer must act. */
export function planPreflight(machine: Machine): Plan {
  const missing = machine.probes.filter((p) => !p.found);
  if (missing.length === 0) return { action: 'ready' };
  const misdirected = missing.filter((p) => p.chosenBy);
  if (misdirected.length > 0) {
    const where = misdirected.map((p) => `${p.chosenBy!.variable}=${p.chosenBy!.path}`).join(', ');
    return {
      action: 'stop',
      message: `preflight: ${where} 指向的文件不存在；请改正或删除该环境变量后再运行 npm test。 (${where} points to no file: fix or unset it, then run npm test again.)`,
    };
  }
  const packages = missing.map((p) => p.requirement);
  if (machine.isRoot && machine.hasAptGet) {
    return {
      action: 'install',
      announce: `preflight: 缺少 ${list(packages)}，现在用 apt-get 安装： (missing ${list(packages)}; installing with apt-get:) ${aptCommands(packages).map(list).join(' && ')}`,
      commands: aptCommands(packages),
    };
  }
  if (machine.hasAptGet) {
    const command = aptCommands(packages)
      .map((c) => `sudo ${list(c)}`)
      .join(' && ');
    return {
      action: 'stop',
      message: `preflight: 缺少 ${list(packages)}，测试没有运行。请先执行： (missing ${list(packages)}; no test ran. Run:) ${command}`,
    };
  }
  return {
    action: 'stop',
    message:
      `preflight: 缺少 ${list(packages)}，测试没有运行；请用本机的包管理器安装，或用 CHROMIUM_PATH / NGINX_PATH 指定路径。` +
      ` (missing ${list(packages)}; no test ran. Install them with this system's package manager, or set CHROMIUM_PATH / NGINX_PATH.)`,
  };
}

/** Returns a one-line reason when `version` is outside package.json's engines range, or undefined when it is inside. */
export function nodeProblem(version: string, range: string, execPath: string): string | undefined {
  if (satisfiesRange(version, range)) return undefined;
  return (
    `preflight: ${execPath} 是 Node ${version}，不在 package.json 的 engines 范围（${range}）内；请运行 npm install（它会安装 node_modules/.bin/node，即 Node 24）。` +
    ` (Node ${version} at ${execPath} is outside engines ${range}; run npm install, which puts Node 24 in node_modules/.bin.)`
  );
}
