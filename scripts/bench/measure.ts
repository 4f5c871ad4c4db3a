/**
 * Runs a command and measures it: wall time, CPU time (from GNU time, when installed) and the
 * peak resident memory of the whole process tree (polling /proc, since a build may spawn
 * helpers such as esbuild or Pagefind whose memory counts too).
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Measurement {
  exitCode: number | null;
  wallMs: number;
  /** User + system CPU time of the command and its children; undefined without /usr/bin/time. */
  cpuMs?: number;
  /** Largest sum of the tree's resident memory seen while polling. */
  peakTreeRssBytes: number;
  /** Largest resident memory of any single process (GNU time's %M); undefined without /usr/bin/time. */
  peakProcessRssBytes?: number;
  /** The last 8 KB of stdout and stderr, to explain a failure. */
  outputTail: string;
}

const gnuTime = '/usr/bin/time';

/** Reads the parent pid from the text of /proc/<pid>/stat (the field after the state, which follows the parenthesised name). */
export function parentOf(stat: string): number | undefined {
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ppid = Number(fields[1]);
  return Number.isInteger(ppid) ? ppid : undefined;
}

/** Sums VmRSS of `root` and all its descendants, in bytes; 0 when the process is gone. */
function treeRss(root: number): number {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const ppid = parentOf(readFileSync(`/proc/${name}/stat`, 'utf8'));
      if (ppid === undefined) continue;
      if (!children.has(ppid)) children.set(ppid, []);
      children.get(ppid)!.push(Number(name));
    } catch {
      // The process ended between listing and reading.
    }
  }
  let total = 0;
  const stack = [root];
  while (stack.length > 0) {
    const pid = stack.pop()!;
    try {
      const kb = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
      total += Number(kb ?? 0) * 1024;
    } catch {
      // Gone already.
    }
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

/** Runs `command args` in `cwd` and resolves with its measurement (never rejects on a non-zero exit). */
export function measure(
  command: string,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; pollMs?: number },
): Promise<Measurement> {
  const timeFile = join(tmpdir(), `bench-time-${process.pid}-${Date.now()}.txt`);
  const useTime = existsSync(gnuTime);
  const [cmd, argv] = useTime ? [gnuTime, ['-o', timeFile, '-f', '%e %U %S %M', command, ...args]] : [command, args];
  const started = performance.now();
  const child = spawn(cmd, argv, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString('utf8')).slice(-8192);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  let peak = 0;
  const poll = setInterval(() => {
    if (child.pid !== undefined) peak = Math.max(peak, treeRss(child.pid));
  }, options.pollMs ?? 200);
  return new Promise((resolve) => {
    child.on('close', (exitCode) => {
      const wallMs = performance.now() - started;
      clearInterval(poll);
      const result: Measurement = { exitCode, wallMs, peakTreeRssBytes: peak, outputTail: output };
      if (useTime && existsSync(timeFile)) {
        // GNU time writes "Command exited with non-zero status N" before the figures on failure.
        const last = readFileSync(timeFile, 'utf8').trim().split('\n').at(-1)!.split(' ').map(Number);
        rmSync(timeFile, { force: true });
        const [, user, sys, maxKb] = last;
        if (user !== undefined && sys !== undefined) result.cpuMs = (user + sys) * 1000;
        if (maxKb !== undefined) result.peakProcessRssBytes = maxKb * 1024;
      }
      resolve(result);
    });
  });
}
