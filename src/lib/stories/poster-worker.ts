/**
 * A poster worker of src/lib/stories/poster-pool.ts: draws one poster per message. Each message
 * is a turn of its own, so resvg's pixel buffers (3 MB a poster, outside the JavaScript heap and
 * freed only by finalizers that run between turns) never pile up.
 */
import { parentPort } from 'node:worker_threads';
import type { PosterDone, PosterJob } from './poster-pool.ts';
import { posterPng } from './share-poster.ts';
import { threadCpuMs } from '../shared/build-profile.ts';

parentPort!.on('message', (job: PosterJob) => {
  const wall = performance.now();
  const cpu = threadCpuMs();
  let done: PosterDone;
  try {
    const png = posterPng(job.input, job.fonts);
    done = { id: job.id, png, wallMs: performance.now() - wall, cpuMs: threadCpuMs() - cpu };
  } catch (error) {
    done = { id: job.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  parentPort!.postMessage(done, 'png' in done ? [done.png.buffer] : []);
});
