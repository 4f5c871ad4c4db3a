import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findWarnings } from '../../scripts/lib/build-warnings.ts';
import { staleBenchPackage, type Lock } from '../../scripts/bench/install-state.ts';
import { satisfiesRange } from '../../scripts/lib/node-range.ts';
import { aptCommands, nodeProblem, planPreflight, type Probe } from '../../scripts/lib/preflight.ts';

const root = new URL('../../', import.meta.url);
const manifest = (path: string) =>
  JSON.parse(readFileSync(new URL(path, root), 'utf8')) as { version: string; engines?: { node?: string } };
const engines = manifest('package.json').engines!.node!;

describe('satisfiesRange', () => {
  it.each([
    ['22.22.0', '^22.22.0', true],
    ['22.21.9', '^22.22.0', false],
    ['23.0.0', '^22.22.0', false],
    ['v24.8.0', '>= 24.8.0', true],
    ['24.7.9', '>=24.8.0', false],
    ['26.0.0', '^22.12.0 || ^24.0.0 || >=26.0.0', true],
    ['25.9.0', '^22.12.0 || ^24.0.0 || >=26.0.0', false],
    ['20.19.0', '>=20.19.0 <22.0.0 || >=22.12.0', true],
    ['22.5.0', '>=20.19.0 <22.0.0 || >=22.12.0', false],
    ['18.0.0', '18.0.0', true],
  ])('%s in %s → %s', (version, range, expected) => {
    expect(satisfiesRange(version, range)).toBe(expected);
  });

  it('refuses comparators it does not understand instead of guessing', () => {
    expect(() => satisfiesRange('22.0.0', '~22.1.0')).toThrow(/unsupported|not a version/);
    expect(() => satisfiesRange('22.0.0', '22.x')).toThrow();
  });
});

// engines is the intersection of what the code needs: type stripping without a flag (22.18),
// html-validate, vitest and undici (Astro's font loader): each from the package's own package.json.
describe('engines.node tells the truth', () => {
  const needs = {
    'type stripping': '^22.18.0 || >=23.6.0',
    'html-validate': manifest('node_modules/html-validate/package.json').engines!.node!,
    vitest: manifest('node_modules/vitest/package.json').engines!.node!,
    undici: manifest('node_modules/undici/package.json').engines!.node!,
    astro: manifest('node_modules/astro/package.json').engines!.node!,
  };
  const versions = [
    '20.20.2',
    '22.12.0',
    '22.18.0',
    '22.21.1',
    '22.22.0',
    '22.30.0',
    '23.11.0',
    '24.0.0',
    '24.7.0',
    '24.8.0',
    '24.21.0',
    '25.2.0',
    '26.0.0',
    '27.1.0',
  ];

  it.each(versions)('accepts %s exactly when every dependency does', (version) => {
    const all = Object.values(needs).every((range) => satisfiesRange(version, range));
    expect(satisfiesRange(version, engines), `${version} against ${engines} and ${JSON.stringify(needs)}`).toBe(all);
  });

  it('is met by the Node 24 that npm install puts in node_modules/.bin', () => {
    expect(satisfiesRange(manifest('node_modules/node/package.json').version, engines)).toBe(true);
  });
});

describe('nodeProblem', () => {
  it('is silent inside the range and names the version, the range and the fix outside it', () => {
    expect(nodeProblem('24.21.0', engines, '/x/node_modules/.bin/node')).toBeUndefined();
    const message = nodeProblem('20.20.2', engines, '/usr/bin/node')!;
    expect(message).toContain('Node 20.20.2');
    expect(message).toContain(engines);
    expect(message).toContain('npm install');
    expect(message).not.toContain('\n');
  });
});

describe('planPreflight', () => {
  const probes = (missing: string[], chosen: Record<string, string> = {}): Probe[] =>
    (['chromium', 'fonts-noto-cjk', 'nginx'] as const).map((requirement) => ({
      requirement,
      found: !missing.includes(requirement),
      ...(chosen[requirement] ? { chosenBy: { variable: 'CHROMIUM_PATH', path: chosen[requirement]! } } : {}),
    }));

  it('lets the tests run when nothing is missing', () => {
    expect(planPreflight({ probes: probes([]), isRoot: false, hasAptGet: false })).toEqual({ action: 'ready' });
  });

  it('installs only what is missing, as root on Debian, after announcing it in one line', () => {
    const plan = planPreflight({ probes: probes(['chromium', 'nginx']), isRoot: true, hasAptGet: true });
    expect(plan).toEqual({
      action: 'install',
      announce: expect.stringContaining(
        'apt-get update && apt-get install -y --no-install-recommends --no-upgrade chromium nginx',
      ),
      commands: [
        ['apt-get', 'update'],
        ['apt-get', 'install', '-y', '--no-install-recommends', '--no-upgrade', 'chromium', 'nginx'],
      ],
    });
    expect(plan.action === 'install' && plan.announce).not.toContain('\n');
  });

  it('prints the exact command and stops when it cannot install', () => {
    const plan = planPreflight({ probes: probes(['fonts-noto-cjk']), isRoot: false, hasAptGet: true });
    expect(plan).toEqual({
      action: 'stop',
      message: expect.stringContaining(
        'sudo apt-get update && sudo apt-get install -y --no-install-recommends --no-upgrade fonts-noto-cjk',
      ),
    });
    const elsewhere = planPreflight({ probes: probes(['nginx']), isRoot: true, hasAptGet: false });
    expect(elsewhere).toEqual({ action: 'stop', message: expect.stringContaining('NGINX_PATH') });
  });

  it('does not install a package when an environment variable points to a missing file', () => {
    const plan = planPreflight({
      probes: probes(['chromium'], { chromium: '/opt/none/chrome' }),
      isRoot: true,
      hasAptGet: true,
    });
    expect(plan).toEqual({ action: 'stop', message: expect.stringContaining('CHROMIUM_PATH=/opt/none/chrome') });
  });

  it('lists packages in the order of the probes, for a stable command', () => {
    expect(aptCommands(['chromium', 'fonts-noto-cjk'])[1]!.slice(-2)).toEqual(['chromium', 'fonts-noto-cjk']);
  });
});

describe('findWarnings', () => {
  const output = [
    '09:15:27 [build] output: "static"',
    '\u001b[33m\u001b[1m09:15:28\u001b[22m [WARN] [vite]\u001b[39m [MODULE_LEVEL_DIRECTIVE] The semantics of the module level directive …',
    '   ╭─[ content/a.mdx?astroPropagatedAssets:2:6 ]',
    '09:15:29 [ERROR] [sitemap] could not write',
    '(node:4242) [DEP0190] DeprecationWarning: Passing args to a child process with shell option true …',
    '(node:4242) Warning: Closing file descriptor 21 on garbage collection',
    'A line that mentions [WARN] in passing',
    '09:15:30 [build] Complete!',
  ].join('\n');

  it("finds Astro's warnings and errors and Node's process warnings, without colour codes", () => {
    expect(findWarnings(output)).toEqual([
      '09:15:28 [WARN] [vite] [MODULE_LEVEL_DIRECTIVE] The semantics of the module level directive …',
      '09:15:29 [ERROR] [sitemap] could not write',
      '(node:4242) [DEP0190] DeprecationWarning: Passing args to a child process with shell option true …',
      '(node:4242) Warning: Closing file descriptor 21 on garbage collection',
    ]);
  });

  it('leaves out what the allowlist names', () => {
    expect(
      findWarnings(output, [
        { pattern: /\[sitemap\]|DEP0190|file descriptor|MODULE_LEVEL/, upstream: 'https://example.org/issue/1' },
      ]),
    ).toEqual([]);
  });

  it('finds nothing in a clean build', () => {
    expect(findWarnings('09:17:13 [build] 130 page(s) built in 3.26s\n09:17:13 [build] Complete!\n')).toEqual([]);
  });
});

describe('staleBenchPackage', () => {
  const lock: Lock = {
    packages: {
      '': { version: undefined },
      'node_modules/lighthouse': { version: '13.5.0' },
      'node_modules/lighthouse/node_modules/yargs': { version: '17.7.2' },
      'node_modules/fsevents': { version: '2.3.3', optional: true },
    },
  };

  it('names the first package that is missing or at another version', () => {
    expect(staleBenchPackage(lock, undefined)).toBe('lighthouse@13.5.0');
    expect(
      staleBenchPackage(lock, {
        packages: {
          'node_modules/lighthouse': { version: '13.5.0' },
          'node_modules/lighthouse/node_modules/yargs': { version: '17.0.0' },
        },
      }),
    ).toBe('yargs@17.7.2');
  });

  it('is satisfied by an install that matches the lock, whatever optional binaries this platform skipped', () => {
    expect(
      staleBenchPackage(lock, {
        packages: {
          'node_modules/lighthouse': { version: '13.5.0' },
          'node_modules/lighthouse/node_modules/yargs': { version: '17.7.2' },
        },
      }),
    ).toBeUndefined();
  });

  it('matches the committed bench lock against itself', () => {
    const benchLock = JSON.parse(readFileSync(new URL('scripts/bench/package-lock.json', root), 'utf8')) as Lock;
    expect(staleBenchPackage(benchLock, benchLock)).toBeUndefined();
    expect(Object.keys(benchLock.packages)).toEqual(
      expect.arrayContaining(['node_modules/lighthouse', 'node_modules/chrome-launcher', 'node_modules/linkinator']),
    );
  });
});
