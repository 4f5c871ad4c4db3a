import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import type { LookupFunction } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpChecker, retryDelay, type HttpCheckOptions } from '../../scripts/lib/link-check/http-check.ts';
import { runLinkCheck } from '../../scripts/lib/link-check/run.ts';
import { startFaultServer, type FaultServer } from './fault-server.ts';

/** Resolves *.test to loopback and *.invalid to "no such host", so no test touches real DNS. */
export const testLookup: LookupFunction = (hostname, options, callback) => {
  if (hostname.endsWith('.invalid')) {
    const error = Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' });
    return (callback as (e: Error) => void)(error);
  }
  if (hostname.endsWith('.test') || hostname === 'localhost') {
    const all = (options as { all?: boolean }).all;
    return all
      ? (callback as (e: null, a: LookupAddress[]) => void)(null, [{ address: '127.0.0.1', family: 4 }])
      : (callback as (e: null, a: string, f: number) => void)(null, '127.0.0.1', 4);
  }
  return dnsLookup(hostname, options, callback);
};

const base: Omit<HttpCheckOptions, 'deadlineAt'> = {
  timeout: 1000,
  retries: 2,
  maxRedirects: 5,
  retryAfterCap: 1500,
  backoff: 20,
  userAgent: 'test',
  maxBodyBytes: 256 * 1024,
  perHost: 2,
  lookup: testLookup,
};

let server: FaultServer;
let url: (path: string) => string;
let checker: ReturnType<typeof createHttpChecker>;
beforeAll(async () => {
  server = await startFaultServer();
  url = (path) => `http://site.test:${server.port}${path}`;
  checker = createHttpChecker({ ...base, deadlineAt: Date.now() + 60_000 });
});
afterAll(async () => {
  checker.close();
  await server.close();
});

describe('classifying one URL', () => {
  it.each([
    ['/ok', 'ok', 200, undefined],
    ['/中文/页面', 'ok', 200, undefined],
    ['/temp-302', 'ok', 200, undefined],
    ['/head-refused', 'ok', 200, undefined],
    ['/gone', 'broken', 410, undefined],
    ['/missing', 'broken', 404, undefined],
    ['/to-404', 'broken', 404, undefined],
    ['/anchors#present', 'ok', 200, undefined],
    ['/anchors#legacy', 'ok', 200, undefined],
  ])('%s → %s', async (path, status, httpStatus, finalUrl) => {
    const result = await checker.check(url(path));
    expect(result).toMatchObject({ status, httpStatus });
    expect(result.finalUrl).toBe(finalUrl);
  });

  it('reports permanent redirects (301, 308, relative Location) with the new URL', async () => {
    for (const path of ['/moved-301', '/moved-308', '/relative']) {
      expect(await checker.check(url(path))).toMatchObject({
        status: 'redirect',
        finalUrl: url('/ok'),
        reason: `已永久迁移到 ${url('/ok')}`,
      });
    }
  });

  it('detects redirect loops and too many redirects', async () => {
    expect(await checker.check(url('/loop-a'))).toMatchObject({
      status: 'broken',
      reason: `重定向循环：${url('/loop-a')}`,
    });
    expect(await checker.check(url('/chain'))).toMatchObject({ status: 'broken', reason: '重定向超过 5 次' });
  });

  it('reports a missing fragment as broken', async () => {
    expect(await checker.check(url('/anchors#absent'))).toMatchObject({
      status: 'broken',
      reason: '页面中没有锚点 #absent',
    });
  });

  it('retries 503 and 429 (honouring Retry-After) and then succeeds', async () => {
    expect(await checker.check(url('/flaky'))).toMatchObject({ status: 'ok', httpStatus: 200 });
    const started = Date.now();
    expect(await checker.check(url('/rate'))).toMatchObject({ status: 'ok' });
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
  });

  it('gives up on a persistent 500 after its retries', async () => {
    expect(await checker.check(url('/error'))).toMatchObject({ status: 'broken', httpStatus: 500, reason: 'HTTP 500' });
  });

  it('times out a slow server and a body that drips forever', async () => {
    const started = Date.now();
    expect(await checker.check(url('/slow'))).toMatchObject({ status: 'timeout', reason: '请求超时' });
    expect(await checker.check(url('/drip#x'))).toMatchObject({ status: 'timeout', reason: '请求超时' });
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it('never downloads a huge body', async () => {
    expect(await checker.check(url('/huge'))).toMatchObject({ status: 'ok' });
    expect(await checker.check(url('/huge#nothing'))).toMatchObject({
      status: 'broken',
      reason: '页面中没有锚点 #nothing',
    });
    // The server may have buffered a few chunks ahead; far from the 1 GiB it offered.
    expect(server.bytesSent.get('/huge') ?? 0).toBeLessThan(8 * 1024 * 1024);
  });

  it('names network failures: reset, refused, unknown host, bad certificate', async () => {
    expect(await checker.check(url('/reset'))).toMatchObject({ status: 'error', reason: '连接被重置（ECONNRESET）' });
    expect(await checker.check('http://127.0.0.1:1/')).toMatchObject({
      status: 'error',
      reason: '连接被拒绝（ECONNREFUSED）',
    });
    expect(await checker.check('https://no-such-host.invalid/')).toMatchObject({
      status: 'error',
      reason: '域名无法解析（DNS，ENOTFOUND）',
    });
    const tls = await checker.check(`https://site.test:${server.httpsPort}/ok`);
    expect(tls.status).toBe('error');
    expect(tls.reason).toMatch(
      /^TLS 证书错误（(DEPTH_ZERO_SELF_SIGNED_CERT|SELF_SIGNED_CERT_IN_CHAIN|ERR_TLS_CERT_ALTNAME_INVALID)）$/,
    );
  });

  it('stops starting requests after the overall deadline', async () => {
    const late = createHttpChecker({ ...base, deadlineAt: Date.now() - 1 });
    expect(await late.check(url('/ok'))).toMatchObject({ status: 'timeout', reason: '整体时限已到，未检查' });
    late.close();
  });
});

describe('servers that handle HEAD otherwise than GET: GET has the last word', () => {
  it.each([
    '/head-403',
    '/head-404',
    '/head-500',
    '/head-503',
    '/head-hangs',
    '/head-stalls',
    '/head-reset',
    '/head-loop',
    '/head-to-login',
  ])('%s is ok, because GET answers 200', async (path) => {
    const started = Date.now();
    expect(await checker.check(url(path))).toMatchObject({ status: 'ok', httpStatus: 200, reason: 'HTTP 200' });
    // A silent HEAD costs at most half the request timeout before GET is asked.
    expect(Date.now() - started).toBeLessThan(1500);
  });

  it('a HEAD answered with a body does not spoil the next check on the same connection', async () => {
    const single = createHttpChecker({ ...base, perHost: 1, deadlineAt: Date.now() + 60_000 });
    try {
      expect(await single.check(url('/head-with-body'))).toMatchObject({ status: 'ok' });
      expect(await single.check(url('/ok'))).toMatchObject({ status: 'ok', httpStatus: 200 });
      expect(await single.check(url('/gone'))).toMatchObject({ status: 'broken', httpStatus: 410 });
    } finally {
      single.close();
    }
  });

  it('asks HEAD once: after HEAD and GET disagreed or failed, retries use GET only', async () => {
    const host = `retries.test:${server.port}`;
    expect(await checker.check(`http://${host}/error`)).toMatchObject({ status: 'broken', httpStatus: 500 });
    expect(server.methods.get(`${host}/error`)).toEqual(['HEAD', 'GET', 'GET', 'GET']);
    expect(await checker.check(`http://${host}/ok`)).toMatchObject({ status: 'ok' });
    expect(server.methods.get(`${host}/ok`)).toEqual(['HEAD']);
  });

  it('a page that is missing for GET too stays broken, and a HEAD-only trouble is not mistaken for a move', async () => {
    expect(await checker.check(url('/missing'))).toMatchObject({ status: 'broken', httpStatus: 404 });
    expect((await checker.check(url('/head-to-login'))).finalUrl).toBeUndefined();
  });
});

describe('other faults of the outside world', () => {
  it('names a server that does not speak HTTP, a broken or missing redirect target, and accepts an empty page', async () => {
    expect(await checker.check(url('/not-http'))).toMatchObject({
      status: 'error',
      reason: expect.stringMatching(/^对方的回答不是 HTTP（HPE_[A-Z_]+）$/),
    });
    expect(await checker.check(url('/bad-location'))).toMatchObject({
      status: 'broken',
      httpStatus: 301,
      reason: '重定向的目标不是有效的网址：http://[::1',
    });
    expect(await checker.check(url('/no-location'))).toMatchObject({
      status: 'broken',
      httpStatus: 302,
      reason: 'HTTP 302 重定向没有给出目标地址（Location）',
    });
    expect(await checker.check(url('/empty-200'))).toMatchObject({ status: 'ok', httpStatus: 200 });
  });
});

describe('retry delays', () => {
  it('honours Retry-After in seconds or as a date, capped', () => {
    expect(retryDelay('2', 100, 10_000)).toBe(2000);
    expect(retryDelay('120', 100, 10_000)).toBe(10_000);
    expect(retryDelay(new Date(5000).toUTCString(), 100, 10_000, 2000)).toBe(3000);
    expect(retryDelay(undefined, 400, 10_000)).toBe(400);
  });
});

describe('politeness across many hosts', () => {
  it('never exceeds the per-host limit, whatever the order, and still fills the global limit', async () => {
    const slow = await startFaultServer(50);
    try {
      const hosts = Array.from({ length: 10 }, (_, i) => `h${i}.test:${slow.port}`);
      // Host by host: the order that made linkinator open 40 connections to one host.
      const urls = hosts.flatMap((h) => Array.from({ length: 20 }, (_, j) => `http://${h}/ok?n=${j}`));
      const outcome = await runLinkCheck({
        root: '.',
        urls,
        excludes: [],
        concurrency: 16,
        perHost: 2,
        deadline: 60_000,
        http: { ...base, retries: 0 },
        lookup: testLookup,
      });
      expect(outcome.results.every((r) => r.status === 'ok')).toBe(true);
      expect(Math.max(...slow.peakPerHost.values())).toBe(2);
      expect(slow.peakPerHost.size).toBe(10);
      // Eight hosts at two each fill the sixteen global slots even though the list is sorted by host.
      expect(slow.peakTotal()).toBe(16);
    } finally {
      await slow.close();
    }
  });
});
