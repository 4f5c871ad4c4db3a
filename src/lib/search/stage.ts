/**
 * Stages the site's pages for Pagefind in worker threads (stage-worker.ts), each its share of the
 * pages: reading a page's text is most of the work before Pagefind starts, and one thread did it
 * for every page while the other cores idled.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { recordStage } from '../shared/build-profile.ts';

export interface StageJob {
  /** The built site (dist/). */
  root: string;
  /** The folder the staged pages go to, at the same paths. */
  staging: string;
  /** Pages to stage, as paths under root. */
  files: string[];
}

export interface StageDone {
  indexed: number;
  /** Each character of the searchable text once. */
  chars: string;
  filters: [string, string[]][];
  wallMs: number;
  cpuMs: number;
}

export interface Staged {
  /** Pages staged (those with a searchable body). */
  indexed: number;
  chars: Set<string>;
  /** Filter values the pages declare, by filter. */
  filters: Map<string, Set<string>>;
}

/** Workers at most: past the cores there is nothing to gain, and each loads the search code. */
const MAX_WORKERS = 4;

const WORKER = new URL('./stage-worker.ts', import.meta.url);

/** Runs one worker on its share of the pages; rejects with the worker's error or exit code. */
function stageShare(job: StageJob, script: URL): Promise<StageDone> {
  return new Promise((resolve, reject) => {
    let done: StageDone | undefined;
    const worker = new Worker(script, { workerData: job });
    worker.once('message', (message: StageDone) => (done = message));
    worker.once('error', reject);
    worker.once('exit', (code) =>
      done ? resolve(done) : reject(new Error(`search staging worker exited with code ${code} before it finished`)),
    );
  });
}

/** Stages `files` from root into staging, dealt out in turn to `workers` threads. */
export async function stagePages(
  root: string,
  staging: string,
  files: readonly string[],
  workers = Math.min(MAX_WORKERS, availableParallelism()),
  script = WORKER,
): Promise<Staged> {
  const count = Math.max(1, Math.min(workers, files.length));
  const shares = Array.from({ length: count }, (_, k) => files.filter((_, i) => i % count === k));
  const results = await Promise.all(shares.map((share) => stageShare({ root, staging, files: share }, script)));
  const staged: Staged = { indexed: 0, chars: new Set(), filters: new Map() };
  for (const done of results) {
    recordStage('Pagefind indexing: staging threads', done.wallMs, done.cpuMs);
    staged.indexed += done.indexed;
    for (const ch of done.chars) staged.chars.add(ch);
    for (const [key, values] of done.filters) {
      const set = staged.filters.get(key) ?? staged.filters.set(key, new Set()).get(key)!;
      for (const value of values) set.add(value);
    }
  }
  return staged;
}
