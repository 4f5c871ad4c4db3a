/**
 * The local server behind `npm start`, screenshots and the browser tests, attacked through a raw
 * socket the way a careless or hostile client would: broken percent-encoding, traversal, NUL
 * bytes, over-long lines, odd methods and Range headers. Every answer must be a sensible status,
 * nothing outside the root may leak, and the server must still answer afterwards.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStaticServer } from '../../scripts/lib/static-server.ts';

const SECRET = 'SECRET-OUTSIDE-THE-ROOT';
const parent = mkdtempSync(join(tmpdir(), 'static-server-'));
const root = join(parent, 'dist');
// A sibling whose name starts with the root's: a prefix check on paths would let it through.
const sibling = `${basename(root)}-private`;
const video = Buffer.from(Array.from({ length: 1000 }, (_, i) => i % 256));

const files: Record<string, string | Buffer> = {
  'index.html': '<!doctype html><title>首页</title>',
  '404.html': '<!doctype html><title>没有这个页面</title>',
  'about/index.html': '<!doctype html><title>关于</title>',
  '活动/index.html': '<!doctype html><title>活动</title>',
  'media/talk.mp4': video,
  'media/talk.vtt': 'WEBVTT\n\n00:00.000 --> 00:01.000\n字幕\n',
  'media/photo.jpeg': 'jpeg',
  'media/anim.gif': 'gif',
  'favicon.ico': 'ico',
  'fonts/a.woff2': 'woff2',
  'feed.xml': '<rss/>',
  'schedule.ics': 'BEGIN:VCALENDAR',
  'data.json': '{}',
  'app.js': '1',
  'empty.txt': '',
};

interface RawResponse {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

/** Sends bytes as they are (no client-side URL normalisation) and reads until the server closes. */
function raw(port: number, request: string | Buffer): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    socket.setTimeout(3000, () => socket.destroy(new Error('no answer within 3 s')));
    socket.on('data', (d) => chunks.push(d));
    socket.on('error', (e: NodeJS.ErrnoException) =>
      e.code === 'ECONNRESET' && chunks.length ? undefined : reject(e),
    );
    socket.on('close', () => {
      const all = Buffer.concat(chunks);
      const split = all.indexOf('\r\n\r\n');
      if (split < 0)
        return reject(new Error(`no HTTP answer: ${JSON.stringify(all.toString('latin1').slice(0, 200))}`));
      const [statusLine, ...headerLines] = all.subarray(0, split).toString('latin1').split('\r\n');
      const headers = Object.fromEntries(
        headerLines.map((l) => [l.slice(0, l.indexOf(':')).toLowerCase(), l.slice(l.indexOf(':') + 1).trim()]),
      );
      resolve({ status: Number(statusLine!.split(' ')[1]), headers, body: all.subarray(split + 4) });
    });
    // write, not end: a half-closed socket makes Node's server abort the request before it answers.
    socket.write(request);
  });
}

const get = (port: number, target: string, headers: Record<string, string> = {}, method = 'GET') =>
  raw(
    port,
    `${method} ${target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n${Object.entries(headers)
      .map(([k, v]) => `${k}: ${v}\r\n`)
      .join('')}\r\n`,
  );

let server: Server;
let mounted: Server;
const portOf = (s: Server) => (s.address() as { port: number }).port;
let port = 0;

beforeAll(async () => {
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(join(root, file, '..'), { recursive: true });
    writeFileSync(join(root, file), content);
  }
  writeFileSync(join(parent, 'secret.txt'), SECRET);
  mkdirSync(join(parent, sibling));
  writeFileSync(join(parent, sibling, 'secret.txt'), SECRET);
  server = await startStaticServer({ root });
  mounted = await startStaticServer({ root, base: '/xuexizhou/' });
  port = portOf(server);
});
afterAll(async () => {
  await Promise.all([server, mounted].map((s) => new Promise((r) => (s ? s.close(r) : r(undefined)))));
  rmSync(parent, { recursive: true, force: true });
});

/** The server still serves the home page: whatever came before did not kill or wedge it. */
async function expectAlive() {
  const res = await get(port, '/');
  expect(res.status).toBe(200);
  expect(res.body.toString()).toContain('首页');
}

describe('requests that must not kill the server', () => {
  it.each([
    ['a truncated UTF-8 escape', '/%E0%A4%A'],
    ['an escape that is not hex', '/%ZZ/'],
    ['a lone percent sign', '/about/%'],
    ['invalid UTF-8', '/%FF%FE/'],
  ])('answers %s (%s) with 400 and keeps serving', async (_name, target) => {
    const res = await get(port, target);
    expect(res.status).toBe(400);
    await expectAlive();
  });

  it('answers a line that is not HTTP with 400 and keeps serving', async () => {
    expect((await raw(port, 'GARBAGE\r\n\r\n')).status).toBe(400);
    expect((await get(port, '*')).status).toBe(400);
    await expectAlive();
  });

  it('answers an over-long request line with 414 or 431, and a too-long file name with 404', async () => {
    expect([414, 431]).toContain((await get(port, `/${'a'.repeat(100_000)}`)).status);
    // Longer than any file name the file system allows (ENAMETOOLONG), yet within the header limit.
    expect((await get(port, `/${'a'.repeat(4000)}/`)).status).toBe(404);
    await expectAlive();
  });

  it('redirects a Chinese directory without its slash using an encoded Location, and does not let encoded CR LF into headers', async () => {
    const chinese = await get(port, '/%E6%B4%BB%E5%8A%A8?from=x');
    expect(chinese.status).toBe(301);
    expect(chinese.headers.location).toBe('/%E6%B4%BB%E5%8A%A8/?from=x');
    const injected = await get(port, '/about%0D%0ASet-Cookie:%20x=1');
    expect(injected.headers['set-cookie']).toBeUndefined();
    expect([400, 404]).toContain(injected.status);
    await expectAlive();
  });

  it('refuses methods a static site has no use for, with 405 and Allow', async () => {
    const res = await get(port, '/', {}, 'POST');
    expect(res.status).toBe(405);
    expect(res.headers.allow).toBe('GET, HEAD');
    await expectAlive();
  });
});

describe('as its own process, the way npm start runs it', () => {
  it('is still running and answering after every malformed request', async () => {
    // Node's default: an unhandled rejection ends the process. That is what a URIError in the handler did.
    const moduleUrl = new URL('../../scripts/lib/static-server.ts', import.meta.url).href;
    const code = `const { startStaticServer } = await import(${JSON.stringify(moduleUrl)});
      const s = await startStaticServer({ root: ${JSON.stringify(root)} });
      console.log('PORT', s.address().port);`;
    const child = spawn(process.execPath, ['--input-type=module', '-e', code], { stdio: ['ignore', 'pipe', 'pipe'] });
    let exited: number | null | undefined;
    child.on('exit', (c) => (exited = c));
    try {
      const childPort = await new Promise<number>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('the server did not start within 10 s')), 10_000);
        child.stdout.on('data', (d: Buffer) => {
          const m = /PORT (\d+)/.exec(d.toString());
          if (m) {
            clearTimeout(timer);
            resolve(Number(m[1]));
          }
        });
      });
      for (const target of [
        '/%E0%A4%A',
        '/%ZZ',
        '/%00',
        '/%E6%B4%BB%E5%8A%A8',
        '/../secret.txt',
        `/${'a'.repeat(4000)}`,
      ]) {
        await get(childPort, target).catch(() => undefined);
      }
      await get(childPort, '/media/talk.mp4', { range: 'bytes=5-2' }).catch(() => undefined);
      const after = await get(childPort, '/');
      expect(after.status).toBe(200);
      expect(exited).toBeUndefined();
    } finally {
      child.kill();
    }
  });
});

describe('traversal', () => {
  it.each([
    '/../secret.txt',
    '/%2e%2e/secret.txt',
    '/%2E%2E%2Fsecret.txt',
    '/..%2fsecret.txt',
    '/about/../../secret.txt',
    '/about/%2e%2e/%2e%2e/secret.txt',
    `/../${sibling}/secret.txt`,
    `/%2e%2e%2f${sibling}%2fsecret.txt`,
    '/..%5csecret.txt',
    '//../secret.txt',
  ])('%s reveals nothing outside the root', async (target) => {
    const res = await get(port, target);
    expect([400, 403, 404]).toContain(res.status);
    expect(res.body.toString()).not.toContain(SECRET);
    await expectAlive();
  });

  it.each(['/%00', '/index.html%00.txt', '/about/%00/'])('%s (a NUL byte) is a bad request', async (target) => {
    const res = await get(port, target);
    expect(res.status).toBe(400);
    await expectAlive();
  });

  it('resolves dot segments inside the root the way nginx does, and merges slashes', async () => {
    expect((await get(port, '/about/../about/')).status).toBe(200);
    expect((await get(port, '//about//')).status).toBe(200);
    // A protocol-relative Location would send the reader to another site.
    const res = await get(port, '//example.org');
    expect(res.headers.location ?? '').not.toMatch(/^\/\//);
  });
});

describe('types', () => {
  it.each([
    ['/media/talk.mp4', 'video/mp4'],
    ['/media/talk.vtt', 'text/vtt; charset=utf-8'],
    ['/media/photo.jpeg', 'image/jpeg'],
    ['/media/anim.gif', 'image/gif'],
    ['/favicon.ico', 'image/x-icon'],
    ['/fonts/a.woff2', 'font/woff2'],
    ['/feed.xml', 'text/xml; charset=utf-8'],
    ['/schedule.ics', 'text/calendar; charset=utf-8'],
    ['/data.json', 'application/json; charset=utf-8'],
    ['/app.js', 'application/javascript; charset=utf-8'],
    ['/about/', 'text/html; charset=utf-8'],
  ])('%s is served as %s', async (path, type) => {
    const res = await get(port, path);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe(type);
  });
});

describe('Range requests, which <video> needs', () => {
  const size = video.length;

  it('advertises ranges and answers a plain GET whole', async () => {
    const res = await get(port, '/media/talk.mp4');
    expect(res.headers['accept-ranges']).toBe('bytes');
    expect(res.headers['content-length']).toBe(String(size));
    expect(res.body.equals(video)).toBe(true);
  });

  it.each([
    ['bytes=0-1', 0, 1],
    ['bytes=100-199', 100, 199],
    ['bytes=990-', 990, size - 1],
    ['bytes=-10', size - 10, size - 1],
    ['bytes=900-5000', 900, size - 1],
    // A last position past the end, however long, means "to the end" (RFC 9110 §14.1.2).
    [`bytes=0-${'9'.repeat(400)}`, 0, size - 1],
  ])('%s → 206 with exactly those bytes', async (range, start, end) => {
    const res = await get(port, '/media/talk.mp4', { range });
    expect(res.status).toBe(206);
    expect(res.headers['content-range']).toBe(`bytes ${start}-${end}/${size}`);
    expect(res.headers['content-length']).toBe(String(end - start + 1));
    expect(res.headers['content-type']).toBe('video/mp4');
    expect(res.body.equals(video.subarray(start, end + 1))).toBe(true);
  });

  it.each(['bytes=1000-', 'bytes=5000-6000', `bytes=${'9'.repeat(400)}-`])(
    '%s (past the end) → 416 with the size',
    async (range) => {
      const res = await get(port, '/media/talk.mp4', { range });
      expect(res.status).toBe(416);
      expect(res.headers['content-range']).toBe(`bytes */${size}`);
      await expectAlive();
    },
  );

  it.each(['bytes=5-2', 'bytes=abc', 'items=0-1', 'bytes=', 'bytes=-'])(
    '%s (not a usable range) is ignored: 200 and the whole file',
    async (range) => {
      const res = await get(port, '/media/talk.mp4', { range });
      expect(res.status).toBe(200);
      expect(res.body.equals(video)).toBe(true);
      await expectAlive();
    },
  );

  it('answers HEAD with the length and no body, and a range on the 404 page with the whole 404', async () => {
    const head = await get(port, '/media/talk.mp4', { range: 'bytes=0-1' }, 'HEAD');
    expect(head.status).toBe(206);
    expect(head.body.length).toBe(0);
    const missing = await get(port, '/nothing/', { range: 'bytes=0-1' });
    expect(missing.status).toBe(404);
    expect(missing.body.toString()).toContain('没有这个页面');
    expect((await get(port, '/empty.txt', { range: 'bytes=-1' })).status).toBe(200);
  });
});

describe('behaviour that mirrors nginx', () => {
  it('adds the trailing slash with a 301 keeping the query, serves the 404 page with 404, and files as themselves', async () => {
    expect(await get(port, '/about?a=1')).toMatchObject({ status: 301, headers: { location: '/about/?a=1' } });
    const missing = await get(port, '/no-such-page/');
    expect(missing.status).toBe(404);
    expect(missing.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(missing.body.toString()).toContain('没有这个页面');
    expect((await get(port, '/about/index.html')).status).toBe(200);
  });

  it('under a base path: serves inside it, 404s outside it, and adds the slash to the bare base', async () => {
    const p = portOf(mounted);
    expect((await get(p, '/xuexizhou/about/')).status).toBe(200);
    expect(await get(p, '/xuexizhou/about')).toMatchObject({ status: 301, headers: { location: '/xuexizhou/about/' } });
    expect(await get(p, '/xuexizhou')).toMatchObject({ status: 301, headers: { location: '/xuexizhou/' } });
    const outside = await get(p, '/about/');
    expect(outside.status).toBe(404);
    expect(outside.body.toString()).toContain('没有这个页面');
    expect((await get(p, '/xuexizhou/../secret.txt')).body.toString()).not.toContain(SECRET);
    expect((await get(p, '/xuexizhou/%E0%A4%A')).status).toBe(400);
    expect((await get(p, '/xuexizhou/')).status).toBe(200);
  });
});
