/** The build's per-stage profile: reading /proc, ordering the stages, laying out the table. */
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { formatProfile } from '../../scripts/bench/report.ts';
import { profileRows } from '../../scripts/bench/profile.ts';
import {
  phase,
  PROFILE_ENV,
  parseStat,
  profiling,
  recordedProfile,
  recordStage,
  startStage,
  stopProfiling,
  timed,
} from '../../src/lib/shared/build-profile.ts';
import { profiled } from '../../src/integrations/build-profile.ts';

const cost = (cpuMs: number) => ({ count: 1, wallMs: cpuMs, cpuMs, peakRssBytes: 100 * 1024 * 1024 });

describe('build profile', () => {
  it('reads parent, CPU ticks and resident pages from a stat line whose name holds spaces and parentheses', () => {
    const rest = Array.from({ length: 50 }, (_, i) => String(i + 3));
    rest[0] = 'S';
    rest[1] = '4242'; // field 4: ppid
    rest[11] = '70'; // field 14: utime
    rest[12] = '30'; // field 15: stime
    rest[21] = '2500'; // field 24: rss in pages
    expect(parseStat(`123 (a (b) c) ${rest.join(' ')}`)).toEqual({ ppid: 4242, ticks: 100, rssPages: 2500 });
    expect(parseStat('garbage')).toBeUndefined();
  });

  it('is off without XXZ_BUILD_PROFILE and then runs the work unchanged, sync or async', async () => {
    expect(profiling()).toBe(false);
    expect(timed('x', () => 42)).toBe(42);
    await expect(timed('x', async () => 'done')).resolves.toBe('done');
    expect(() =>
      timed('x', () => {
        throw new Error('boom');
      }),
    ).toThrow('boom');
  });

  it('when on, counts each stage, its CPU and peak memory, and closes a phase when the next one starts', async () => {
    const key = Symbol.for('xxz.buildProfile');
    const store = globalThis as Record<symbol, unknown>;
    delete store[key];
    process.env[PROFILE_ENV] = 'profile.json';
    try {
      expect(profiling()).toBe(true);
      phase('astro: bundling');
      // Spins for 20 ms of CPU time (not wall time: the machine may be busy).
      const spin = () => {
        const start = process.cpuUsage();
        while (process.cpuUsage(start).user < 20_000);
      };
      timed('posters', spin);
      await timed('posters', async () => spin());
      // A poster drawn in a worker thread, which reports its own clock.
      recordStage('posters', 25, 21);
      const end = startStage('render /[page]');
      end();
      phase('astro: rendering');
      const hooks = profiled(
        { name: 'x', hooks: { 'astro:build:done': () => spin() } },
        { 'astro:build:done': 'sitemap' },
      ).hooks as Record<string, () => void>;
      hooks['astro:build:done']!();
      stopProfiling();
      const profile = recordedProfile();
      expect(Object.keys(profile).sort()).toEqual([
        'astro: bundling',
        'astro: rendering',
        'posters',
        'render /[page]',
        'sitemap',
      ]);
      expect(profile.posters!.count).toBe(3);
      expect(profile.posters!.cpuMs).toBeGreaterThan(30 + 21);
      expect(profile.posters!.peakRssBytes).toBeGreaterThan(0);
      // The hook ended the rendering phase, which therefore did not count the hook's work.
      expect(profile['astro: rendering']!.count).toBe(1);
      expect(profile['astro: rendering']!.cpuMs).toBeLessThan(profile.sitemap!.cpuMs);
    } finally {
      delete process.env[PROFILE_ENV];
      delete store[key];
    }
  });

  it("counts the CPU of a child's child, as when Pagefind's npm runner starts the binary", async () => {
    const key = Symbol.for('xxz.buildProfile');
    const store = globalThis as Record<symbol, unknown>;
    delete store[key];
    process.env[PROFILE_ENV] = 'profile.json';
    try {
      // A launcher that only waits (sh), and its child, which spins for 600 ms of its own CPU time.
      const spin = `const s = process.cpuUsage(); while (process.cpuUsage(s).user < 600000);`;
      await timed(
        'Pagefind indexing',
        () =>
          new Promise<void>((resolve, reject) => {
            const child = spawn('sh', ['-c', `"${process.execPath}" -e '${spin}'; true`], { stdio: 'ignore' });
            child.on('error', reject);
            child.on('close', () => resolve());
          }),
        true,
      );
      stopProfiling();
      // Sampled every 250 ms, so the last quarter second may go unseen.
      expect(recordedProfile()['Pagefind indexing']!.cpuMs).toBeGreaterThan(250);
    } finally {
      delete process.env[PROFILE_ENV];
      delete store[key];
    }
  });
  it('orders stages as the build runs them, templates by CPU inside rendering, unknown stages last', () => {
    const rows = profileRows({
      'CSP hashing': cost(5),
      'render /books/[id]': cost(10),
      'content guard': cost(1),
      'render /cases/[id]/poster.png': cost(30),
      'astro: rendering': cost(50),
      posters: cost(25),
      'something new': cost(2),
      'CSP hashing: reading': cost(3),
    });
    expect(rows.map((r) => [r.stage, r.depth])).toEqual([
      ['content guard', 0],
      ['astro: rendering', 0],
      ['render /cases/[id]/poster.png', 1],
      ['render /books/[id]', 1],
      ['posters (within the pages above)', 1],
      ['CSP hashing', 0],
      ['CSP hashing: reading', 1],
      ['something new', 0],
    ]);
  });

  it('prints CPU shares of the whole build and what no stage covers, not counting parts twice', () => {
    const text = formatProfile({ 'content guard': cost(100), 'astro: rendering': cost(600), posters: cost(300) }, 1000);
    expect(text).toMatch(/content guard\s+1\s+100 ms\s+10\.0%/);
    expect(text).toMatch(/posters \(within the pages above\)\s+1\s+300 ms\s+30\.0%/);
    expect(text).toMatch(/outside the stages.*300 ms\s+30\.0%/);
  });
});
