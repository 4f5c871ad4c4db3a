/**
 * The local server (scripts/lib/static-server.ts) stands in for nginx in every browser test, so the
 * two must answer alike. A small site in a temporary folder (no build needed) is served by both,
 * at the root and under a base path, and each request's status, type, range and redirect compared.
 * Debian's mime.types has no text/vtt: this is also where the shipped configuration must add it.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStaticServer } from '../../scripts/lib/static-server.ts';
import { get, requireNginx, startNginx, type RunningNginx } from './nginx.ts';

const parent = mkdtempSync(join(tmpdir(), 'static-parity-'));
const dist = join(parent, 'dist');
const files: Record<string, string | Buffer> = {
  'index.html': '<!doctype html><title>首页</title>',
  '404.html': '<!doctype html><title>没有这个页面</title>',
  'about/index.html': '<!doctype html><title>关于</title>',
  '活动/index.html': '<!doctype html><title>活动</title>',
  'media/talk.mp4': Buffer.alloc(1000, 1),
  'media/talk.vtt': 'WEBVTT\n\n00:00.000 --> 00:01.000\n字幕\n',
  'media/photo.jpeg': 'jpeg',
  'media/anim.gif': 'gif',
  'favicon.ico': 'ico',
  'favicon.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
  '_astro/a.woff2': 'woff2',
  '_astro/app.js': '1',
  '_astro/site.css': 'a{}',
  'feed.xml': '<rss/>',
  'lectures/schedule.ics': 'BEGIN:VCALENDAR',
  'api/cases.json': '{}',
  'stats/cities.csv': 'a,b',
  'robots.txt': 'User-agent: *',
  // The two files the build writes for nginx.
  'redirects.map': '',
  'nginx-csp.conf': `add_header Content-Security-Policy "default-src 'self'" always;`,
};

const requests: [path: string, headers?: Record<string, string>][] = [
  ['/'],
  ['/about/'],
  ['/about?x=1'],
  ['/%E6%B4%BB%E5%8A%A8'],
  ['/%E6%B4%BB%E5%8A%A8/'],
  ['/no-such-page/'],
  ['/about/index.html'],
  ['/media/talk.mp4'],
  ['/media/talk.vtt'],
  ['/media/photo.jpeg'],
  ['/media/anim.gif'],
  ['/favicon.ico'],
  ['/favicon.svg'],
  ['/_astro/a.woff2'],
  ['/_astro/app.js'],
  ['/_astro/site.css'],
  ['/feed.xml'],
  ['/lectures/schedule.ics'],
  ['/api/cases.json'],
  ['/stats/cities.csv'],
  ['/robots.txt'],
  ['/media/talk.mp4', { range: 'bytes=0-1' }],
  ['/media/talk.mp4', { range: 'bytes=-10' }],
  ['/media/talk.mp4', { range: 'bytes=990-' }],
  ['/media/talk.mp4', { range: 'bytes=900-5000' }],
  ['/media/talk.mp4', { range: 'bytes=1000-' }],
  ['/about/../about/'],
];

/** What a reader's browser acts on; dates, ETags and security headers are nginx's own business. */
async function answer(origin: string, path: string, headers?: Record<string, string>) {
  const res = await get(origin, path, headers);
  // Redirects and 416s carry nginx's own little HTML body; only the headers matter there.
  const type = res.status >= 300 && res.status !== 404 ? undefined : res.headers['content-type'];
  return {
    status: res.status,
    type,
    range: res.headers['content-range'],
    location: res.headers.location,
    length: res.status < 300 ? res.body.length : undefined,
  };
}

let nginxAtRoot: RunningNginx | undefined;
let nginxMounted: RunningNginx | undefined;
let localAtRoot: Server | undefined;
let localMounted: Server | undefined;
const origin = (s: Server) => `http://127.0.0.1:${(s.address() as { port: number }).port}`;

beforeAll(async () => {
  requireNginx();
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(join(dist, file, '..'), { recursive: true });
    writeFileSync(join(dist, file), content);
  }
  [nginxAtRoot, nginxMounted, localAtRoot, localMounted] = await Promise.all([
    startNginx(dist),
    startNginx(dist, '/xuexizhou/'),
    startStaticServer({ root: dist }),
    startStaticServer({ root: dist, base: '/xuexizhou/' }),
  ]);
});
afterAll(async () => {
  try {
    await Promise.all([nginxAtRoot?.stop(), nginxMounted?.stop()]);
    await Promise.all([localAtRoot, localMounted].map((s) => new Promise((r) => (s ? s.close(r) : r(undefined)))));
  } finally {
    rmSync(parent, { recursive: true, force: true });
  }
});

describe('the local server answers as nginx does', () => {
  it('at the root: status, type, range, redirect and length of every request', async () => {
    for (const [path, headers] of requests) {
      expect(await answer(origin(localAtRoot!), path, headers), `${path} ${JSON.stringify(headers ?? {})}`).toEqual(
        await answer(nginxAtRoot!.origin, path, headers),
      );
    }
  });

  it('under a base path, and outside it', async () => {
    const mounted: [string, Record<string, string>?][] = [
      ...requests.map(([p, h]): [string, Record<string, string>?] => [`/xuexizhou${p}`, h]),
      ['/xuexizhou'],
      ['/about/'],
      ['/'],
    ];
    for (const [path, headers] of mounted) {
      expect(await answer(origin(localMounted!), path, headers), path).toEqual(
        await answer(nginxMounted!.origin, path, headers),
      );
    }
  });

  it('serves WebVTT captions as text/vtt in UTF-8, which Debian’s mime.types does not know', async () => {
    expect((await get(nginxAtRoot!.origin, '/media/talk.vtt')).headers['content-type']).toBe('text/vtt; charset=utf-8');
  });
});
