/**
 * Checks one external URL over HTTP(S) and classifies it as exactly one status.
 * HEAD first (no body), GET whenever HEAD does not say the page works (see `attempt`); redirects followed by hand so loops and
 * permanent moves are seen; bodies are never downloaded except a capped HTML prefix
 * when a #fragment must be found; every request has a deadline, so a server that
 * drips bytes forever cannot hang the run.
 */
import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import type { Checked } from './types.ts';

export interface HttpCheckOptions {
  /** Per-request deadline, body included (ms). */
  timeout: number;
  /** Extra attempts for transient failures (5xx, 429, resets). */
  retries: number;
  maxRedirects: number;
  /** Longest Retry-After we honour (ms); longer waits are capped. */
  retryAfterCap: number;
  /** First backoff delay (ms), doubled per attempt. */
  backoff: number;
  userAgent: string;
  /** Largest HTML prefix read to look for a #fragment. */
  maxBodyBytes: number;
  /** Epoch ms after which no new request starts (the run's overall deadline). */
  deadlineAt: number;
  /** Per-origin socket cap; the scheduler's per-host limit is the real bound, this is a second fence. */
  perHost: number;
  /** DNS override, for tests that play the outside world on loopback. */
  lookup?: LookupFunction;
}

export const defaultUserAgent =
  'xuexizhou-link-checker/1.0 (+https://github.com/; checks links of a public-education site)';
export const browserUserAgent =
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36';

interface Response {
  status: number;
  location?: string;
  retryAfter?: string;
  contentType?: string;
  body?: string;
}

type Attempt = Checked & { transient?: boolean; retryAfter?: string };

/** Failures that happen before any server answers: asking again with another method cannot help. */
const noConnection =
  /^(ENOTFOUND|EAI_AGAIN|EAI_NODATA|EAI_FAIL|ECONNREFUSED|EHOSTUNREACH|ENETUNREACH|ENETDOWN|EHOSTDOWN|EADDRNOTAVAIL|DEADLINE)$/;

class RequestFailure extends Error {
  readonly kind: 'timeout' | 'error';
  readonly code: string;
  constructor(kind: 'timeout' | 'error', code: string) {
    super(code);
    this.kind = kind;
    this.code = code;
  }

  /** Whether a server was reached and misbehaved, so a HEAD failure may not hold for GET. */
  get headMayLie(): boolean {
    return !noConnection.test(this.code) && !tlsCodes.test(this.code);
  }
}

/** Makes a checker bound to its options and connection pools. */
export function createHttpChecker(options: HttpCheckOptions) {
  const agentOptions = {
    keepAlive: true,
    maxSockets: options.perHost,
    ...(options.lookup ? { lookup: options.lookup } : {}),
  };
  const agents = { 'http:': new http.Agent(agentOptions), 'https:': new https.Agent(agentOptions) };

  function request(url: URL, method: 'HEAD' | 'GET', readBody: boolean): Promise<Response> {
    const remaining = options.deadlineAt - Date.now();
    if (remaining <= 0) return Promise.reject(new RequestFailure('timeout', 'DEADLINE'));
    const lib = url.protocol === 'https:' ? https : http;
    // HEAD is only a cheap probe: when it does not answer in half the time, GET still gets its full timeout.
    const timeout = method === 'HEAD' ? options.timeout / 2 : options.timeout;
    return new Promise((resolve, reject) => {
      const req = lib.request(url, {
        method,
        agent: agents[url.protocol as 'http:' | 'https:'],
        headers: { 'user-agent': options.userAgent, accept: 'text/html,application/xhtml+xml,*/*;q=0.8' },
      });
      const timer = setTimeout(
        () => req.destroy(new RequestFailure('timeout', 'TIMEOUT')),
        Math.min(timeout, remaining),
      );
      const done = (fn: () => void) => {
        clearTimeout(timer);
        fn();
      };
      req.on('error', (error: NodeJS.ErrnoException) =>
        done(() =>
          reject(error instanceof RequestFailure ? error : new RequestFailure('error', error.code ?? error.message)),
        ),
      );
      req.on('response', (res) => {
        const head: Response = {
          status: res.statusCode ?? 0,
          ...(res.headers.location ? { location: res.headers.location } : {}),
          ...(res.headers['retry-after'] ? { retryAfter: String(res.headers['retry-after']) } : {}),
          ...(res.headers['content-type'] ? { contentType: res.headers['content-type'] } : {}),
        };
        const wantBody = readBody && res.statusCode === 200 && /html/i.test(head.contentType ?? '');
        if (!wantBody) {
          if (method === 'HEAD') {
            // Resolve only once the socket is back in the pool, so the next request reuses it
            // instead of opening another connection to the same host.
            res.on('end', () => done(() => resolve(head)));
            res.resume();
            return;
          }
          // Never download a body we do not need: drop the connection instead of draining it.
          res.destroy();
          return done(() => resolve(head));
        }
        const chunks: Buffer[] = [];
        let size = 0;
        res.on('data', (chunk: Buffer) => {
          chunks.push(chunk);
          size += chunk.length;
          if (size >= options.maxBodyBytes) res.destroy();
        });
        const finish = () => done(() => resolve({ ...head, body: Buffer.concat(chunks).toString('utf8') }));
        res.on('end', finish);
        res.on('close', finish);
        res.on('error', () => undefined);
      });
      req.end();
    });
  }

  /** Follows redirects from `start` with one method; returns the classified result. */
  async function follow(start: URL, method: 'HEAD' | 'GET'): Promise<Attempt> {
    const url = start.href;
    const needBody = start.hash.length > 1;
    const visited = new Set<string>();
    let current = start;
    let permanent = true;
    for (let hop = 0; hop <= options.maxRedirects; hop++) {
      visited.add(withoutHash(current));
      const res = await request(current, method, needBody && method === 'GET');
      if (res.status >= 300 && res.status < 400) {
        if (!res.location)
          return {
            url,
            status: 'broken',
            httpStatus: res.status,
            reason: `HTTP ${res.status} 重定向没有给出目标地址（Location）`,
          };
        let next: URL;
        try {
          next = new URL(res.location, current);
        } catch {
          return {
            url,
            status: 'broken',
            httpStatus: res.status,
            reason: `重定向的目标不是有效的网址：${res.location}`,
          };
        }
        if (![301, 308].includes(res.status)) permanent = false;
        if (visited.has(withoutHash(next)))
          return { url, status: 'broken', httpStatus: res.status, reason: `重定向循环：${next.href}` };
        next.hash = start.hash;
        current = next;
        continue;
      }
      if (res.status >= 200 && res.status < 300) {
        if (needBody && res.body !== undefined && !hasAnchor(res.body, decodeURIComponent(start.hash.slice(1)))) {
          return { url, status: 'broken', httpStatus: res.status, reason: `页面中没有锚点 ${start.hash}` };
        }
        if (current.href !== start.href) {
          return permanent
            ? {
                url,
                status: 'redirect',
                httpStatus: res.status,
                finalUrl: current.href,
                reason: `已永久迁移到 ${current.href}`,
              }
            : { url, status: 'ok', httpStatus: res.status, reason: `临时重定向后可访问（${current.href}）` };
        }
        return { url, status: 'ok', httpStatus: res.status, reason: `HTTP ${res.status}` };
      }
      const transient = res.status >= 500 || res.status === 429;
      return {
        url,
        status: 'broken',
        httpStatus: res.status,
        reason: `HTTP ${res.status}`,
        transient,
        ...(res.retryAfter ? { retryAfter: res.retryAfter } : {}),
      };
    }
    return { url, status: 'broken', reason: `重定向超过 ${options.maxRedirects} 次` };
  }

  /**
   * One attempt at a URL. HEAD first, because it costs the server no body; but HEAD is only
   * believed when it says the page works. Anything else from HEAD (an error status, a loop, a
   * redirect to a missing page, silence, a stall, a reset) is asked again with GET from the
   * start, and GET's answer stands: it is what a reader's browser sends. A HEAD that asks us to
   * slow down (429, 503) is obeyed before GET is sent. Once GET has been needed, `state.headFirst`
   * turns false, so retries of this URL go straight to GET.
   */
  async function attempt(start: URL, state: { headFirst: boolean }): Promise<Attempt> {
    if (state.headFirst && start.hash.length <= 1) {
      let head: Attempt | undefined;
      try {
        head = await follow(start, 'HEAD');
      } catch (error) {
        // No connection at all (DNS, refused, certificate): GET would meet the same fate.
        if (!(error instanceof RequestFailure) || !error.headMayLie) throw error;
      }
      if (head && (head.status === 'ok' || head.status === 'redirect')) return head;
      state.headFirst = false;
      if (head?.httpStatus === 429 || head?.httpStatus === 503) {
        const wait = retryDelay(head.retryAfter, options.backoff, options.retryAfterCap);
        if (Date.now() + wait >= options.deadlineAt)
          return { url: start.href, status: 'timeout', reason: '整体时限已到，未完成重试' };
        await new Promise((r) => setTimeout(r, wait));
      }
    }
    return follow(start, 'GET');
  }

  /** Checks a URL with retries and backoff; never throws. */
  async function check(url: string): Promise<Checked> {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      return { url, status: 'error', reason: '不是有效的网址' };
    }
    const state = { headFirst: true };
    for (let n = 0; ; n++) {
      let result: Attempt;
      try {
        result = await attempt(parsed, state);
      } catch (error) {
        result = failureResult(url, error);
      }
      if (!result.transient || n >= options.retries) {
        const { transient: _t, retryAfter: _r, ...clean } = result;
        return clean;
      }
      const wait = retryDelay(result.retryAfter, options.backoff * 2 ** n, options.retryAfterCap);
      if (Date.now() + wait >= options.deadlineAt)
        return { url, status: 'timeout', reason: '整体时限已到，未完成重试' };
      await new Promise((r) => setTimeout(r, wait));
    }
  }

  return {
    check,
    close() {
      agents['http:'].destroy();
      agents['https:'].destroy();
    },
  };
}

const withoutHash = (url: URL) => url.href.replace(/#.*$/, '');

const tlsCodes = /CERT|SSL|TLS|SELF_SIGNED|UNABLE_TO_VERIFY|ERR_TLS/;

/** Classifies a network failure: timeout, or error with the reason named in Chinese. */
export function failureResult(url: string, error: unknown): Checked & { transient?: boolean } {
  const failure =
    error instanceof RequestFailure ? error : new RequestFailure('error', String((error as Error)?.message ?? error));
  if (failure.kind === 'timeout') {
    return { url, status: 'timeout', reason: failure.code === 'DEADLINE' ? '整体时限已到，未检查' : '请求超时' };
  }
  const code = failure.code;
  if (/^(ENOTFOUND|EAI_AGAIN|EAI_NODATA|EAI_FAIL)$/.test(code))
    return { url, status: 'error', reason: `域名无法解析（DNS，${code}）`, network: 'dns' };
  if (code === 'ECONNREFUSED')
    return { url, status: 'error', reason: '连接被拒绝（ECONNREFUSED）', network: 'refused' };
  if (/^(EHOSTUNREACH|ENETUNREACH|ENETDOWN|EHOSTDOWN|EADDRNOTAVAIL)$/.test(code))
    return { url, status: 'error', reason: `网络不可达（${code}）`, network: 'unreachable' };
  if (code === 'ECONNRESET' || code === 'EPIPE' || /socket hang up/i.test(code)) {
    return { url, status: 'error', reason: `连接被重置（${code}）`, transient: true };
  }
  if (tlsCodes.test(code)) return { url, status: 'error', reason: `TLS 证书错误（${code}）` };
  if (code.startsWith('HPE_')) return { url, status: 'error', reason: `对方的回答不是 HTTP（${code}）` };
  return { url, status: 'error', reason: `网络错误（${code}）` };
}

/** Milliseconds to wait before a retry: Retry-After (seconds or HTTP date) when given, else the backoff; capped. */
export function retryDelay(retryAfter: string | undefined, backoff: number, cap: number, now = Date.now()): number {
  if (retryAfter !== undefined) {
    const seconds = Number(retryAfter);
    const ms = Number.isFinite(seconds) ? seconds * 1000 : Date.parse(retryAfter) - now;
    if (Number.isFinite(ms)) return Math.min(Math.max(ms, 0), cap);
  }
  return Math.min(backoff, cap);
}

/** Tells whether HTML has an element with this id (or a legacy <a name>). */
export function hasAnchor(html: string, fragment: string): boolean {
  const escaped = fragment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`\\s(?:id|name)\\s*=\\s*["']?${escaped}["'\\s>]`, 'i').test(html);
}
