/**
 * The local server for dist/ behind `npm start`, `npm run serve`, screenshots and the browser
 * tests. It answers the way the shipped nginx configuration does (deploy/nginx/), so a page that
 * works here works there: directory URLs from index.html, a 301 that adds the trailing slash,
 * the 404 page with status 404, nothing outside the base path, byte ranges for <video>.
 *
 * The file layer comes from libraries: types from mrmime (Astro's own), byte ranges from
 * range-parser (Express's). sirv was the other candidate; it serves `/about` without the 301,
 * reads `bytes=-10` as the first eleven bytes and throws on `bytes=5-2`. What is left here is
 * the nginx-shaped part, and the rule that no request can stop the process: every failure
 * becomes a status code.
 */
import { createReadStream, type Stats } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { join } from 'node:path';
import { pipeline } from 'node:stream';
import { lookup } from 'mrmime';
import { combineRanges, parse as parseRange } from 'range-parser';

/** Where Debian's mime.types, which production serves by, differs from mrmime or has a type mrmime lacks. */
const nginxTypes: Readonly<Record<string, string>> = { ico: 'image/x-icon', js: 'application/javascript' };

/** nginx's charset_types in deploy/nginx/site.conf.template, plus text/html, which nginx always labels. */
const utf8Types: ReadonlySet<string> = new Set([
  'text/html',
  'text/css',
  'text/plain',
  'text/xml',
  'text/javascript',
  'application/javascript',
  'text/calendar',
  'text/csv',
  'text/vtt',
  'application/json',
  'application/xml',
  'application/rss+xml',
  'application/feed+json',
  'image/svg+xml',
]);

/** Returns the Content-Type for a file name, labelled UTF-8 where nginx labels it. */
export function contentType(file: string): string {
  const type =
    nginxTypes[file.slice(file.lastIndexOf('.') + 1).toLowerCase()] ?? lookup(file) ?? 'application/octet-stream';
  return utf8Types.has(type) ? `${type}; charset=utf-8` : type;
}

export interface StaticServerOptions {
  root: string;
  base?: string;
  port?: number;
  host?: string;
}

/** A request path read as nginx reads it: percent-decoded, slashes merged, dot segments resolved. */
interface RequestPath {
  segments: string[];
  /** Whether the path names a directory ("/about/"), which nginx treats differently from "/about". */
  slash: boolean;
  /** The query string with its "?", kept for redirects. */
  search: string;
}

/** Reads the request target; undefined for anything that cannot name a file: bad escapes, NUL, a climb above the root, "*". */
export function readRequestPath(target: string): RequestPath | undefined {
  let path = target;
  // Absolute form ("GET http://host/x"), which proxies send and servers must accept.
  if (/^https?:\/\//i.test(path)) {
    try {
      const url = new URL(path);
      path = url.pathname + url.search;
    } catch {
      return undefined;
    }
  }
  if (!path.startsWith('/')) return undefined;
  const query = path.indexOf('?');
  const search = query === -1 ? '' : path.slice(query);
  let decoded: string;
  try {
    decoded = decodeURIComponent(query === -1 ? path : path.slice(0, query));
  } catch {
    return undefined;
  }
  if (decoded.includes('\0')) return undefined;
  const segments: string[] = [];
  for (const segment of decoded.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment !== '..') segments.push(segment);
    // Above the root there is nothing to serve; nginx answers 400 too.
    else if (segments.pop() === undefined) return undefined;
  }
  return { segments, slash: decoded.endsWith('/') || /\/\.\.?$/.test(decoded), search };
}

async function fileInfo(path: string): Promise<Stats | undefined> {
  // ENAMETOOLONG, ENOTDIR, EACCES…: for a reader all of them mean "no such page".
  return stat(path).catch(() => undefined);
}

function plain(res: ServerResponse, status: number, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', ...headers }).end(`${status}\n`);
}

/** Sends a file, or the one byte range of it a reader asked for (the 404 page always whole). */
function sendFile(req: IncomingMessage, res: ServerResponse, file: string, info: Stats, status: 200 | 404): void {
  const headers: Record<string, string> = { 'content-type': contentType(file) };
  let start = 0;
  let end = info.size - 1;
  let code: number = status;
  if (status === 200) {
    headers['accept-ranges'] = 'bytes';
    const header = req.headers.range;
    const parsed = header === undefined ? undefined : parseRange(info.size, header);
    // A malformed header or another unit is ignored (RFC 9110 §14.2); several ranges get the whole file, which is allowed.
    if (parsed && parsed.type === 'bytes' && (parsed.code & 1) === 0) {
      const ranges = combineRanges(parsed.ranges);
      if (ranges.length === 0 && info.size > 0) {
        res.writeHead(416, { 'content-range': `bytes */${info.size}` }).end();
        return;
      }
      if (ranges.length === 1) {
        ({ start, end } = ranges[0]!);
        code = 206;
        headers['content-range'] = `bytes ${start}-${end}/${info.size}`;
      }
    }
  }
  headers['content-length'] = String(end - start + 1);
  res.writeHead(code, headers);
  // createReadStream throws on an empty range (end < start), and HEAD has no body anyway.
  if (req.method === 'HEAD' || info.size === 0) {
    res.end();
    return;
  }
  // pipeline, not pipe: a read error or a reader who hangs up ends this response, not the process.
  pipeline(createReadStream(file, { start, end }), res, () => undefined);
}

/** Starts the server; resolves once it listens. Port 0 picks a free port. */
export function startStaticServer({
  root,
  base = '/',
  port = 0,
  host = '127.0.0.1',
}: StaticServerOptions): Promise<Server> {
  const prefix = base.split('/').filter(Boolean);

  async function notFound(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const page = join(root, '404.html');
    const info = await fileInfo(page);
    if (info?.isFile()) sendFile(req, res, page, info, 404);
    else plain(res, 404);
  }

  async function answer(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.method !== 'GET' && req.method !== 'HEAD') return plain(res, 405, { allow: 'GET, HEAD' });
    const path = readRequestPath(req.url ?? '');
    if (!path) return plain(res, 400);
    const { segments, slash, search } = path;
    if (prefix.some((p, i) => segments[i] !== p)) return notFound(req, res);
    const file = join(root, ...segments.slice(prefix.length));
    const info = await fileInfo(file);
    if (info?.isDirectory()) {
      // Encoded again, so a Chinese or CR LF segment can neither break the header nor inject one.
      if (!slash)
        return void res.writeHead(301, { location: `/${segments.map(encodeURIComponent).join('/')}/${search}` }).end();
      const index = join(file, 'index.html');
      const indexInfo = await fileInfo(index);
      return indexInfo?.isFile() ? sendFile(req, res, index, indexInfo, 200) : notFound(req, res);
    }
    if (info?.isFile() && !slash) return sendFile(req, res, file, info, 200);
    return notFound(req, res);
  }

  const server = createServer((req, res) => {
    answer(req, res).catch((error: unknown) => {
      console.error(`静态服务器处理 ${req.url} 时出错：`, error);
      if (res.headersSent) res.destroy();
      else plain(res, 500);
    });
  });
  return new Promise((resolve) => server.listen(port, host, () => resolve(server)));
}
