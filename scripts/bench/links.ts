/**
 * npm run bench:links — the link checker's speed and politeness against linkinator, in one run.
 * 2,000 URLs over 50 loopback hosts (127.0.0.1–127.0.0.50), each answering after 100 ms, listed
 * host by host (the order that floods a single server). Reports time / theoretical minimum
 * (N × latency / concurrency) for ours and linkinator's, the peak number of simultaneous
 * connections to any one host, a cached rerun, and whether ours meets issue 18's target
 * (≤ 1.2× with the per-host limit kept). Writes bench-results/links.json. Exit code 0, or 1 if a
 * run fails or ours opens more connections to one host than its limit.
 *
 * The hosts run in a worker thread: sharing the checker's event loop, their own work (about a
 * third of the CPU per request) would be charged to whichever checker is being timed.
 */
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { isMainThread, parentPort, Worker } from 'node:worker_threads';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LinkChecker } from 'linkinator';
import { runLinkCheck } from '../lib/link-check/run.ts';

const HOSTS = 50;
const URLS = 2000;
const LATENCY = 100;
const CONCURRENCY = 64;
const PER_HOST = 4;
const TARGET_RATIO = 1.2;

interface HostServer {
  server: Server;
  origin: string;
  open: number;
  peak: number;
}

async function startHosts(): Promise<HostServer[]> {
  return Promise.all(
    Array.from({ length: HOSTS }, (_, i) => {
      const host: HostServer = { server: createServer(), origin: '', open: 0, peak: 0 };
      host.server.on('connection', (socket) => {
        host.peak = Math.max(host.peak, ++host.open);
        socket.on('close', () => host.open--);
      });
      host.server.on('request', (req, res) =>
        setTimeout(() => {
          res.writeHead(200, { 'content-type': 'text/plain', 'content-length': '2' });
          res.end(req.method === 'HEAD' ? undefined : 'ok');
        }, LATENCY),
      );
      const address = `127.0.0.${i + 1}`;
      return new Promise<HostServer>((resolve) =>
        host.server.listen(0, address, () => {
          host.origin = `http://${address}:${(host.server.address() as { port: number }).port}`;
          resolve(host);
        }),
      );
    }),
  );
}

const urlsOf = (origins: readonly string[]) =>
  origins.flatMap((o) => Array.from({ length: URLS / HOSTS }, (_, j) => `${o}/page-${j}`));

type Op = 'reset' | 'peak' | 'closeAll' | 'stop';

/** The worker: the 50 hosts and the page linkinator starts from, answering the main thread's calls. */
async function serveHosts(): Promise<void> {
  const hosts = await startHosts();
  const urls = urlsOf(hosts.map((h) => h.origin));
  // linkinator crawls from a page: serve one page that links to every URL.
  const listServer = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end(`<!doctype html><html><body>${urls.map((u) => `<a href="${u}">x</a>`).join('')}</body></html>`);
  });
  await new Promise<void>((r) => listServer.listen(0, '127.0.0.200', r));
  const listUrl = `http://127.0.0.200:${(listServer.address() as { port: number }).port}/`;
  parentPort!.on('message', ({ id, op }: { id: number; op: Op }) => {
    let value = 0;
    if (op === 'reset') hosts.forEach((h) => (h.peak = h.open));
    if (op === 'peak') value = Math.max(...hosts.map((h) => h.peak));
    if (op === 'closeAll' || op === 'stop') hosts.forEach((h) => h.server.closeAllConnections());
    if (op === 'stop') {
      listServer.close();
      hosts.forEach((h) => h.server.close());
    }
    parentPort!.postMessage({ id, value });
  });
  parentPort!.postMessage({ ready: true, origins: hosts.map((h) => h.origin), listUrl });
}

async function timeIt(fn: () => Promise<void>): Promise<number> {
  const start = performance.now();
  await fn();
  return (performance.now() - start) / 1000;
}

/** The main thread: times both checkers against the worker's hosts and writes the report. */
async function main(): Promise<void> {
  const worker = new Worker(new URL(import.meta.url));
  const { origins, listUrl } = await new Promise<{ origins: string[]; listUrl: string }>((resolve) =>
    worker.once('message', resolve),
  );
  let nextId = 0;
  const call = (op: Op) =>
    new Promise<number>((resolve) => {
      const id = nextId++;
      const onMessage = (m: { id: number; value: number }) => {
        if (m.id !== id) return;
        worker.off('message', onMessage);
        resolve(m.value);
      };
      worker.on('message', onMessage);
      worker.postMessage({ id, op });
    });
  const urls = urlsOf(origins);
  const minimum = (URLS * LATENCY) / 1000 / CONCURRENCY;
  const cacheDir = await mkdtemp(join(tmpdir(), 'bench-links-'));

  const ourOptions = {
    root: process.cwd(),
    urls,
    excludes: [],
    concurrency: CONCURRENCY,
    perHost: PER_HOST,
    deadline: 300_000,
    http: {
      timeout: 10_000,
      retries: 0,
      maxRedirects: 5,
      retryAfterCap: 1000,
      backoff: 100,
      userAgent: 'bench',
      maxBodyBytes: 1 << 20,
    },
    cache: { path: join(cacheDir, 'cache.json'), maxAge: 3_600_000 },
  };

  let failures = 0;
  await call('reset');
  const ours = await timeIt(async () => {
    const { results } = await runLinkCheck(ourOptions);
    failures += results.filter((r) => r.status !== 'ok').length;
  });
  const oursPeak = await call('peak');
  await call('closeAll');

  await call('reset');
  const cached = await timeIt(async () => {
    const { cached: hits } = await runLinkCheck(ourOptions);
    if (hits !== URLS) failures++;
  });

  await call('reset');
  const theirs = await timeIt(async () => {
    const result = await new LinkChecker().check({
      path: listUrl,
      concurrency: CONCURRENCY,
      recurse: false,
      timeout: 10_000,
    });
    failures += result.links.filter((l) => l.state !== 'OK').length;
  });
  const theirsPeak = await call('peak');
  const politenessBroken = oursPeak > PER_HOST;
  if (politenessBroken) failures++;
  const targetMet = ours / minimum <= TARGET_RATIO && !politenessBroken;

  const report = {
    setup: {
      urls: URLS,
      hosts: HOSTS,
      latencyMs: LATENCY,
      concurrency: CONCURRENCY,
      perHost: PER_HOST,
      order: 'host by host',
    },
    theoreticalMinimumSeconds: minimum,
    ours: {
      seconds: ours,
      ratioToMinimum: ours / minimum,
      peakConnectionsPerHost: oursPeak,
      cachedRerunSeconds: cached,
    },
    linkinator: {
      version: '8.1',
      seconds: theirs,
      ratioToMinimum: theirs / minimum,
      peakConnectionsPerHost: theirsPeak,
    },
    target: { ratioToMinimum: TARGET_RATIO, peakConnectionsPerHost: PER_HOST, met: targetMet },
    failures,
  };
  await mkdir('bench-results', { recursive: true });
  await writeFile('bench-results/links.json', `${JSON.stringify(report, null, 2)}\n`);

  const row = (name: string, seconds: number, peak: number | string) =>
    `| ${name.padEnd(22)} | ${seconds.toFixed(2).padStart(7)} s | ${(seconds / minimum).toFixed(2).padStart(6)}× | ${String(peak).padStart(9)} |`;
  console.log(
    `Link checker: ${URLS} URLs, ${HOSTS} hosts, ${LATENCY} ms latency, concurrency ${CONCURRENCY}; minimum ${minimum.toFixed(2)} s`,
  );
  console.log('| run                    |    time   | vs min | peak/host |');
  console.log('| ---------------------- | --------- | ------ | --------- |');
  console.log(row(`ours (per-host ${PER_HOST})`, ours, oursPeak));
  console.log(row('ours, cached rerun', cached, '-'));
  console.log(row('linkinator 8.1', theirs, theirsPeak));
  console.log(
    `ours: ${(ours / minimum).toFixed(2)}× the minimum (target ≤ ${TARGET_RATIO}×), at most ${oursPeak} connections per host (limit ${PER_HOST}): ${targetMet ? 'target met' : 'target missed'}`,
  );
  if (failures) console.log(`failures: ${failures}`);

  await call('stop');
  await worker.terminate();
  process.exit(failures ? 1 : 0);
}

if (isMainThread) await main();
else await serveHosts();
