/**
 * Every platform address that cites a source is a link on the site, so `npm run links` must find
 * and check each one. The platforms' content is copied into a scratch project with every address
 * moved onto a loopback stand-in (host kept as the first path segment), and the CLI is run there:
 * no request leaves the machine. The platforms are the province fixture's (tests/fixtures/province/).
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { platformSchema } from '../../src/schemas/platform.ts';
import { isCitedAddress } from '../../src/lib/shared/urls.ts';

const script = new URL('../../scripts/check-links.ts', import.meta.url).pathname;
// The province fixture's platforms (one cites its source, one does not): the test's own, whatever content/ holds.
const platformsDir = new URL('../fixtures/province/content/platforms/', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'links-platforms-'));

let server: Server;
let port: number;
const requested = new Set<string>();

/** "https://www.example.org/a" → "http://127.0.0.1:port/www.example.org/a": the stand-in answers for every host. */
const standIn = (url: string) =>
  url.replace(/^https?:\/\/([^/\s"\\]+)/, (_m, host: string) => `http://127.0.0.1:${port}/${host}`);

function run(args: string[]): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [script, ...args], { cwd: dir });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('close', (code) => resolve({ code, out }));
  });
}

const files = readdirSync(platformsDir).filter((f) => f.endsWith('.json'));
const cited = files.flatMap((file) => {
  const { $schema: _schema, ...data } = JSON.parse(readFileSync(join(platformsDir, file), 'utf8')) as Record<
    string,
    unknown
  >;
  const platform = platformSchema.parse(data);
  const addresses = [...platform.addresses, ...platform.channels.map((c) => c.address)];
  return addresses.filter(isCitedAddress).map((a) => ({ file: `content/platforms/${file}`, url: a.url }));
});

beforeAll(async () => {
  server = createServer((req, res) => {
    requested.add(req.url ?? '');
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(req.method === 'HEAD' ? undefined : '<!doctype html><title>stand-in</title>');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  port = (server.address() as { port: number }).port;
  mkdirSync(join(dir, 'content/platforms'), { recursive: true });
  for (const file of files) {
    const text = readFileSync(join(platformsDir, file), 'utf8');
    writeFileSync(
      join(dir, 'content/platforms', file),
      text.replace(/https?:\/\/[^/\s"\\]+/g, (m) => standIn(m)),
    );
  }
});
afterAll(() => new Promise<void>((done) => server.close(() => done())));

describe('npm run links and the platforms', () => {
  it('has platforms whose address cites a source', () => {
    expect(cited.length).toBeGreaterThan(0);
  });

  it('finds and checks every platform address that cites a source, at its file', async () => {
    const { code, out } = await run(['--json', 'report.json', '--no-cache', '--retries', '0', '--timeout', '5000']);
    expect(code, out).toBe(0);
    const report = JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')) as {
      results: { url: string; status: string; sources: { file: string }[] }[];
    };
    for (const address of cited) {
      const url = new URL(standIn(address.url)).href;
      const result = report.results.find((r) => r.url === url);
      expect(result, `${address.url} (${address.file}) was not checked`).toBeDefined();
      expect(result!.status, address.url).toBe('ok');
      expect(
        result!.sources.map((s) => s.file),
        address.url,
      ).toContain(address.file);
      expect(requested, `${address.url} never reached the stand-in`).toContain(new URL(url).pathname);
    }
  });
});
