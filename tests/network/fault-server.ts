/**
 * A loopback server that plays the outside world for the link checker: redirects, errors,
 * flaky and rate-limited answers, slow and dripping responses, huge bodies, resets,
 * a self-signed HTTPS twin, Chinese paths and fragments, and servers that handle HEAD
 * otherwise than GET (`/head-*`: silent, stalled, refused, looping, reset, with a body).
 * It counts requests in flight per Host header, so tests can prove the per-host limit.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface FaultServer {
  port: number;
  httpsPort: number;
  /** Highest number of requests in flight at once, per Host header. */
  peakPerHost: Map<string, number>;
  /** Highest number of requests in flight at once over all hosts. */
  peakTotal(): number;
  /** Bytes written for each path, to prove bodies are not downloaded. */
  bytesSent: Map<string, number>;
  /** The methods asked of each Host header and path, in order: "site.test:123/error" → ["HEAD", "GET"]. */
  methods: Map<string, string[]>;
  close(): Promise<void>;
}

const page = (body: string) =>
  `<!doctype html><html lang="zh-CN"><head><title>t</title></head><body>${body}</body></html>`;

/** Starts the server on 127.0.0.1 (ports chosen by the OS). `latency` delays every answer (ms). */
export async function startFaultServer(latency = 0): Promise<FaultServer> {
  const inFlight = new Map<string, number>();
  const peakPerHost = new Map<string, number>();
  const bytesSent = new Map<string, number>();
  const seen = new Map<string, number>();
  const methods = new Map<string, string[]>();
  let total = 0;
  let peakTotal = 0;

  const handler = (req: IncomingMessage, res: ServerResponse) => {
    const host = req.headers.host ?? '';
    inFlight.set(host, (inFlight.get(host) ?? 0) + 1);
    peakPerHost.set(host, Math.max(peakPerHost.get(host) ?? 0, inFlight.get(host)!));
    peakTotal = Math.max(peakTotal, ++total);
    let released = false;
    const release = () => {
      if (!released) {
        inFlight.set(host, inFlight.get(host)! - 1);
        total--;
      }
      released = true;
    };
    res.on('close', release);
    res.on('finish', release);
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const count = (seen.get(`${host}${path}`) ?? 0) + 1;
    // Per host and path, so a retry of /flaky sees its second answer.
    seen.set(`${host}${path}`, count);
    methods.set(`${host}${path}`, [...(methods.get(`${host}${path}`) ?? []), req.method ?? '']);
    setTimeout(() => route(path, count, req, res), latency);
  };

  const route = (path: string, count: number, req: IncomingMessage, res: ServerResponse) => {
    const send = (status: number, headers: Record<string, string> = {}, body = '') => {
      res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', ...headers });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    switch (path) {
      case '/ok':
      case '/中文/页面':
        return send(200, {}, page('好'));
      case '/anchors':
        return send(200, {}, page('<h2 id="present">有</h2><a name="legacy"></a>'));
      case '/moved-301':
        return send(301, { location: '/ok' });
      case '/moved-308':
        return send(308, { location: '/ok' });
      case '/temp-302':
        return send(302, { location: '/ok' });
      case '/relative':
        return send(301, { location: 'ok' });
      case '/loop-a':
        return send(302, { location: '/loop-b' });
      case '/loop-b':
        return send(302, { location: '/loop-a' });
      case '/to-404':
        return send(301, { location: '/missing' });
      case '/chain':
        return send(302, { location: '/chain-1' });
      case '/gone':
        return send(410);
      case '/error':
        return send(500);
      case '/flaky':
        return count === 1 ? send(503, { 'retry-after': '0' }) : send(200, {}, page('恢复'));
      case '/rate':
        return count === 1 ? send(429, { 'retry-after': '1' }) : send(200, {}, page('好'));
      case '/head-refused':
        return req.method === 'HEAD' ? send(405) : send(200, {}, page('好'));
      // HEAD-hostile servers: GET answers 200, HEAD does something else. Seen in the wild on
      // CDNs, application servers that route only GET, and firewalls that drop HEAD.
      case '/head-403':
      case '/head-404':
      case '/head-500':
        return req.method === 'HEAD' ? send(Number(path.slice(6))) : send(200, {}, page('好'));
      case '/head-503':
        return req.method === 'HEAD' ? send(503, { 'retry-after': '0' }) : send(200, {}, page('好'));
      case '/head-hangs':
        // HEAD gets no answer at all; the socket stays open.
        return req.method === 'HEAD' ? undefined : send(200, {}, page('好'));
      case '/head-stalls':
        // HEAD gets a status line and half its headers, then nothing.
        if (req.method !== 'HEAD') return send(200, {}, page('好'));
        return void req.socket.write('HTTP/1.1 200 OK\r\ncontent-type: text/html\r\n');
      case '/head-reset':
        return req.method === 'HEAD' ? req.socket.destroy() : send(200, {}, page('好'));
      case '/head-loop':
        return req.method === 'HEAD' ? send(302, { location: '/head-loop' }) : send(200, {}, page('好'));
      case '/head-to-login':
        // HEAD is sent to a page that does not exist; GET gets the page.
        return req.method === 'HEAD' ? send(302, { location: '/login-missing' }) : send(200, {}, page('好'));
      case '/head-with-body': {
        // Answers HEAD with a body anyway: the stray bytes land on the kept-alive connection.
        if (req.method !== 'HEAD') return send(200, {}, page('好'));
        const body = page('不该有的正文');
        return void req.socket.write(
          `HTTP/1.1 200 OK\r\ncontent-type: text/html\r\ncontent-length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
        );
      }
      // Other realistic faults.
      case '/not-http':
        // Something that is not a web server listens there (a mail or database port).
        return void req.socket.end('220 mail.example ESMTP ready\r\n');
      case '/bad-location':
        return send(301, { location: 'http://[::1' });
      case '/no-location':
        return send(302);
      case '/empty-200':
        return send(200, { 'content-length': '0' });
      case '/slow':
        return void setTimeout(() => send(200, {}, page('慢')), 3000);
      case '/drip': {
        // Headers at once, then one byte every 100 ms, forever.
        res.writeHead(200, { 'content-type': 'text/html' });
        const timer = setInterval(() => res.write('.'), 100);
        res.on('close', () => clearInterval(timer));
        return;
      }
      case '/huge': {
        res.writeHead(200, { 'content-type': 'text/html', 'content-length': String(1 << 30) });
        if (req.method === 'HEAD') return res.end();
        const chunk = Buffer.alloc(64 * 1024, 'a');
        const pump = () => {
          while (!res.destroyed && res.write(chunk))
            bytesSent.set('/huge', (bytesSent.get('/huge') ?? 0) + chunk.length);
          if (!res.destroyed) res.once('drain', pump);
        };
        return pump();
      }
      case '/reset':
        return req.socket.destroy();
      default:
        // An endless chain of distinct URLs: only the redirect limit stops it.
        if (path.startsWith('/chain-')) return send(302, { location: `/chain-${Number(path.slice(7)) + 1}` });
        return send(404, {}, page('没有'));
    }
  };

  const server = createServer(handler);
  const dir = mkdtempSync(join(tmpdir(), 'fault-tls-'));
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-keyout',
      join(dir, 'key.pem'),
      '-out',
      join(dir, 'cert.pem'),
      '-days',
      '1',
      '-subj',
      '/CN=localhost',
    ],
    { stdio: 'ignore' },
  );
  const tls = createHttpsServer(
    { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) },
    handler,
  );
  const listen = (s: Server) =>
    new Promise<number>((resolve) => s.listen(0, '127.0.0.1', () => resolve((s.address() as { port: number }).port)));
  const [port, httpsPort] = await Promise.all([listen(server), listen(tls)]);
  return {
    port,
    httpsPort,
    peakPerHost,
    peakTotal: () => peakTotal,
    bytesSent,
    methods,
    close: async () => {
      server.closeAllConnections();
      tls.closeAllConnections();
      await Promise.all([new Promise((r) => server.close(r)), new Promise((r) => tls.close(r))]);
    },
  };
}
