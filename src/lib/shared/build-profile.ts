/**
 * Per-stage cost of a build, for `npm run bench`: CPU time, wall time and peak memory of each
 * named stage (content guard, page rendering per template, posters, Pagefind…). Off unless the
 * environment variable XXZ_BUILD_PROFILE names the JSON file to write; then every `timed` call
 * costs two clock readings, otherwise a single property look-up.
 *
 * Astro loads the integrations from the config and the pages from its own bundle, so one build
 * holds two copies of this module: the records live on globalThis, where both find them.
 */
import { readdirSync, readFileSync } from 'node:fs';

export const PROFILE_ENV = 'XXZ_BUILD_PROFILE';

export interface StageCost {
  /** How many times the stage ran (once per page for rendering). */
  count: number;
  wallMs: number;
  /** CPU time of the build process (all its threads), plus that of its child processes (Pagefind). */
  cpuMs: number;
  /** Largest resident memory of the build process and its children seen while the stage ran. */
  peakRssBytes: number;
}

export type Profile = Record<string, StageCost>;

interface Open {
  stage: string;
  wall: number;
  cpu: NodeJS.CpuUsage;
  child: number;
}

interface Recorder {
  stages: Profile;
  open: Set<Open>;
  /** CPU ms of child processes seen so far, by pid: they end before their parent's clock counts them. */
  childCpu: Map<number, number>;
  sampler?: ReturnType<typeof setInterval>;
  /** The closer of the phase under way (phases follow each other: content sync, bundling, rendering…). */
  phase?: { name: string; end: () => void };
}

const KEY = Symbol.for('xxz.buildProfile');
const store = globalThis as { [KEY]?: Recorder | null };

/** The recorder of this build, created on first use; null when profiling is off. */
function recorder(): Recorder | null {
  if (store[KEY] === undefined)
    store[KEY] = process.env[PROFILE_ENV] ? { stages: {}, open: new Set(), childCpu: new Map() } : null;
  return store[KEY];
}

export const profiling = (): boolean => recorder() !== null;

const TICKS_PER_SECOND = 100; // USER_HZ, the unit of /proc/<pid>/stat times on Linux.

/** Parent pid, CPU ticks (utime + stime) and resident pages of a /proc/<pid>/stat line. */
export function parseStat(stat: string): { ppid: number; ticks: number; rssPages: number } | undefined {
  // Fields after the parenthesised name (which may hold spaces): state is field 3 of stat(5).
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const field = (n: number) => Number(fields[n - 3]);
  const [ppid, ticks, rssPages] = [field(4), field(14) + field(15), field(24)];
  return [ppid, ticks, rssPages].every(Number.isFinite) ? { ppid, ticks, rssPages } : undefined;
}

/**
 * Resident bytes and CPU ms of this process's descendants (Pagefind, esbuild), read from /proc.
 * Descendants, not only children: a child may be a launcher (Pagefind's npm runner) whose own
 * child does the work, and a launcher's clock counts its child only once the child has ended.
 */
function children(): { pid: number; cpuMs: number; rssBytes: number }[] {
  let names: string[];
  try {
    names = readdirSync('/proc');
  } catch {
    return []; // not Linux: children go uncounted
  }
  const byParent = new Map<number, { pid: number; ticks: number; rssPages: number }[]>();
  for (const name of names) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = parseStat(readFileSync(`/proc/${name}/stat`, 'utf8'));
      if (!stat) continue;
      const siblings = byParent.get(stat.ppid) ?? byParent.set(stat.ppid, []).get(stat.ppid)!;
      siblings.push({ pid: Number(name), ...stat });
    } catch {
      // Ended between listing and reading.
    }
  }
  const found: { pid: number; cpuMs: number; rssBytes: number }[] = [];
  const stack = [...(byParent.get(process.pid) ?? [])];
  for (let next = stack.pop(); next; next = stack.pop()) {
    found.push({ pid: next.pid, cpuMs: (next.ticks * 1000) / TICKS_PER_SECOND, rssBytes: next.rssPages * 4096 });
    stack.push(...(byParent.get(next.pid) ?? []));
  }
  return found;
}

/** Samples memory into every open stage; the children are read only while a stage that has them runs. */
function sample(r: Recorder, withChildren: boolean): number {
  let rss = process.memoryUsage.rss();
  if (withChildren) {
    for (const child of children()) {
      rss += child.rssBytes;
      r.childCpu.set(child.pid, child.cpuMs);
    }
  }
  for (const open of r.open) {
    const cost = r.stages[open.stage]!;
    cost.peakRssBytes = Math.max(cost.peakRssBytes, rss);
  }
  return rss;
}

const childTotal = (r: Recorder) => [...r.childCpu.values()].reduce((a, b) => a + b, 0);

/** Opens a stage; the returned function closes it. `withChildren` also counts child processes (for Pagefind). */
export function startStage(stage: string, withChildren = false): () => void {
  const r = recorder();
  if (!r) return () => {};
  r.stages[stage] ??= { count: 0, wallMs: 0, cpuMs: 0, peakRssBytes: 0 };
  const open: Open = { stage, wall: performance.now(), cpu: process.cpuUsage(), child: childTotal(r) };
  r.open.add(open);
  sample(r, withChildren);
  // Memory between the start and end of a long stage (a page render is short; Pagefind is not).
  r.sampler ??= setInterval(() => sample(r, true), 250).unref();
  return () => {
    sample(r, withChildren);
    const cpu = process.cpuUsage(open.cpu);
    const cost = r.stages[stage]!;
    cost.count += 1;
    cost.wallMs += performance.now() - open.wall;
    cost.cpuMs += (cpu.user + cpu.system) / 1000 + (withChildren ? childTotal(r) - open.child : 0);
    r.open.delete(open);
  };
}

/** CPU ms of the calling thread alone, for a worker's recordStage (Node 22's first releases lack it: then the whole process's). */
export function threadCpuMs(): number {
  const used = process.threadCpuUsage?.() ?? process.cpuUsage();
  return (used.user + used.system) / 1000;
}

/**
 * Adds one occurrence of `stage` measured elsewhere: in a worker thread, on its own clock, which
 * the process's CPU time also counts, in whatever stage of this thread is open meanwhile.
 */
export function recordStage(stage: string, wallMs: number, cpuMs: number): void {
  const r = recorder();
  if (!r) return;
  const cost = (r.stages[stage] ??= { count: 0, wallMs: 0, cpuMs: 0, peakRssBytes: 0 });
  cost.count += 1;
  cost.wallMs += wallMs;
  cost.cpuMs += cpuMs;
  cost.peakRssBytes = Math.max(cost.peakRssBytes, process.memoryUsage.rss());
}

/** Runs `fn` as (one occurrence of) `stage`, synchronous or not. */
export function timed<T>(stage: string, fn: () => T, withChildren = false): T {
  if (!recorder()) return fn();
  const end = startStage(stage, withChildren);
  let result: T;
  try {
    result = fn();
  } catch (error) {
    end();
    throw error;
  }
  if (result instanceof Promise) return result.finally(end) as T;
  end();
  return result;
}

/** Ends the phase under way, if any, and starts `name` (null: none); a phase already under way goes on. */
export function phase(name: string | null): void {
  const r = recorder();
  if (!r || r.phase?.name === name) return;
  r.phase?.end();
  delete r.phase;
  if (name !== null) r.phase = { name, end: startStage(name, true) };
}

/** The stages recorded so far (empty when profiling is off). */
export function recordedProfile(): Profile {
  return structuredClone(recorder()?.stages ?? {});
}

/** Stops sampling: the build is over. */
export function stopProfiling(): void {
  const r = recorder();
  if (r?.sampler) clearInterval(r.sampler);
  if (r) delete r.sampler;
}
