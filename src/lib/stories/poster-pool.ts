/**
 * Draws share posters in worker threads. A poster costs about 20 ms of CPU (SVG, drawing, PNG), a
 * feed asks for hundreds at once, and Astro's page rendering is one thread: drawn there, the posters
 * were a fifth of a large build's wall time on one core while the others idled.
 */
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { recordStage } from '../shared/build-profile.ts';
import type { PosterInput } from './poster.ts';

export interface PosterJob {
  id: number;
  input: PosterInput;
  fonts: readonly string[];
}

export type PosterDone =
  { id: number; png: Uint8Array<ArrayBuffer>; wallMs: number; cpuMs: number } | { id: number; error: string };

/** Workers at most: each holds the parsed CJK fonts (some 100 MB), and two already keep a small machine busy. */
const MAX_WORKERS = 4;

/** The worker script, run from the project's source: Astro's bundle has no file of its own for it. */
export const POSTER_WORKER = join(process.cwd(), 'src/lib/stories/poster-worker.ts');

interface Pending {
  job: PosterJob;
  resolve: (png: Uint8Array<ArrayBuffer>) => void;
  reject: (error: Error) => void;
}

export interface PosterPool {
  /** The poster's PNG bytes; an input drawn before gets the same promise. */
  draw(input: PosterInput, fonts: readonly string[]): Promise<Uint8Array<ArrayBuffer>>;
  /** Ends the workers; later draws start new ones. */
  close(): Promise<void>;
}

/** Starts no thread until the first poster; idle workers do not keep the process alive. */
export function posterPool(script = POSTER_WORKER, size = Math.min(MAX_WORKERS, availableParallelism())): PosterPool {
  const queue: Pending[] = [];
  const busy = new Map<Worker, Pending>();
  const idle: Worker[] = [];
  let next = 0;

  const start = (): Worker => {
    const worker = new Worker(script);
    worker.on('message', (done: PosterDone) => {
      const pending = busy.get(worker)!;
      busy.delete(worker);
      if ('error' in done) pending.reject(new Error(`poster of "${pending.job.input.title}": ${done.error}`));
      else {
        recordStage('posters', done.wallMs, done.cpuMs);
        pending.resolve(done.png);
      }
      idle.push(worker);
      dispatch();
    });
    // A worker that dies (out of memory, a crash in resvg) fails its poster; the others go on.
    worker.on('error', (error) => busy.get(worker)?.reject(error));
    worker.on('exit', (code) => {
      busy.get(worker)?.reject(new Error(`poster worker exited with code ${code}`));
      busy.delete(worker);
      const at = idle.indexOf(worker);
      if (at >= 0) idle.splice(at, 1);
      dispatch();
    });
    return worker;
  };

  const dispatch = () => {
    while (queue.length > 0) {
      const worker = idle.pop() ?? (busy.size < size ? start() : undefined);
      if (!worker) break;
      const pending = queue.shift()!;
      busy.set(worker, pending);
      worker.ref();
      worker.postMessage(pending.job);
    }
    for (const worker of idle) worker.unref();
  };

  // The same poster asked for twice (by the prewarm, then by its page) is drawn once.
  const drawn = new Map<string, Promise<Uint8Array<ArrayBuffer>>>();
  return {
    draw(input, fonts) {
      const key = JSON.stringify([input, fonts]);
      if (!drawn.has(key))
        drawn.set(
          key,
          new Promise((resolve, reject) => {
            queue.push({ job: { id: next++, input, fonts: [...fonts] }, resolve, reject });
            dispatch();
          }),
        );
      return drawn.get(key)!;
    },
    async close() {
      const all = [...idle, ...busy.keys()];
      idle.length = 0;
      await Promise.all(all.map((worker) => worker.terminate()));
    },
  };
}

const SHARED = Symbol.for('xxz.posterPool');
const store = globalThis as { [SHARED]?: PosterPool };

/**
 * The build's one pool. Kept on globalThis: the content guard runs in Astro's config loader and
 * the pages in the bundle, two copies of this module in one process, and the posters the guard
 * queues (poster-prewarm.ts) must be the ones the pages find.
 */
export function sharedPosterPool(): PosterPool {
  return (store[SHARED] ??= posterPool());
}
