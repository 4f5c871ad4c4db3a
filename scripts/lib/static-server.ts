/**
 * A small static file server for dist/: serves directory URLs from index.html,
 * answers unknown paths with 404.html and status 404, and honours the site's base path.
 * Used by `npm start` and by the browser tests, so both see the site the same way.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.txt': 'text/plain; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
};

export interface StaticServerOptions {
  root: string;
  base?: string;
  port?: number;
  host?: string;
}

async function fileAt(path: string): Promise<string | undefined> {
  const info = await stat(path).catch(() => undefined);
  if (info?.isFile()) return path;
  if (info?.isDirectory()) return fileAt(join(path, 'index.html'));
  return undefined;
}

/** Starts the server; resolves once it listens. Port 0 picks a free port. */
export function startStaticServer({ root, base = '/', port = 0, host = '127.0.0.1' }: StaticServerOptions): Promise<Server> {
  const prefix = base.replace(/\/$/, '');
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let pathname = decodeURIComponent(url.pathname);
    if (prefix && !pathname.startsWith(`${prefix}/`)) pathname = '/\0';
    else pathname = pathname.slice(prefix.length);
    const safe = normalize(pathname).replace(/^(\.\.[/\\])+/, '');
    let file = pathname.includes('\0') ? undefined : await fileAt(join(root, safe));
    if (file && !pathname.endsWith('/') && file.endsWith('index.html') && !pathname.endsWith('.html')) {
      res.writeHead(301, { Location: `${prefix}${pathname}/${url.search}` }).end();
      return;
    }
    let status = 200;
    if (!file) {
      status = 404;
      file = await fileAt(join(root, '404.html'));
    }
    if (!file) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('404');
      return;
    }
    res.writeHead(status, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream' });
    if (req.method === 'HEAD') res.end();
    else createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(port, host, () => resolve(server)));
}
