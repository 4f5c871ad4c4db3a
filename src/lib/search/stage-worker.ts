/**
 * A staging worker of src/lib/search/stage.ts: stages its share of the site's pages for Pagefind
 * (stage-page.ts) and answers once, with what the search data needs of them. Its file reads and
 * writes are synchronous on purpose: the thread has nothing else to do, and each asynchronous
 * call went through libuv's four threads, shared by every worker, which left these waiting.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { stagePage } from './stage-page.ts';
import type { StageDone, StageJob } from './stage.ts';
import { threadCpuMs } from '../shared/build-profile.ts';

const job = workerData as StageJob;
const wall = performance.now();
const cpu = threadCpuMs();
const filters = new Map<string, Set<string>>();
const chars = new Set<string>();
const folders = new Set<string>();
let indexed = 0;
for (const file of job.files) {
  const page = stagePage(readFileSync(join(job.root, file), 'utf8'), filters);
  if (!page) continue;
  for (const ch of page.text) chars.add(ch);
  const out = join(job.staging, file);
  const folder = dirname(out);
  if (!folders.has(folder)) mkdirSync(folder, { recursive: true });
  folders.add(folder);
  writeFileSync(out, page.html);
  indexed += 1;
}
const done: StageDone = {
  indexed,
  chars: [...chars].join(''),
  filters: [...filters].map(([key, values]) => [key, [...values]]),
  wallMs: performance.now() - wall,
  cpuMs: threadCpuMs() - cpu,
};
parentPort!.postMessage(done);
