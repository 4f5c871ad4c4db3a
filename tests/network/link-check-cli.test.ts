import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFaultServer, type FaultServer } from './fault-server.ts';

const script = new URL('../../scripts/check-links.ts', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'links-cli-'));

/** Runs the CLI asynchronously (the fault server lives in this process and must keep answering). */
function run(args: string[]): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [script, ...args], { cwd: dir });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('close', (code) => resolve({ code, out }));
  });
}

let server: FaultServer;
beforeAll(async () => {
  server = await startFaultServer();
});
afterAll(() => server.close());

describe('npm run links', () => {
  it('exits 0 when nothing is broken, and a rerun comes from the cache', async () => {
    writeFileSync(join(dir, 'ok.txt'), `# 注释行\nhttp://127.0.0.1:${server.port}/ok\nhttp://127.0.0.1:${server.port}/head-refused\n`);
    const first = await run(['--urls', 'ok.txt']);
    expect(first.code).toBe(0);
    expect(first.out).toContain('检查了 2 个网址：正常 2');
    const second = await run(['--urls', 'ok.txt']);
    expect(second.out).toContain('（其中 2 个网址的结果来自缓存）');
  });

  it('exits 2 and writes the JSON report when something is broken', async () => {
    writeFileSync(join(dir, 'bad.txt'), `http://127.0.0.1:${server.port}/gone\nhttp://127.0.0.1:${server.port}/moved-301\n`);
    const { code, out } = await run(['--urls', 'bad.txt', '--json', 'report.json', '--no-cache', '--retries', '0']);
    expect(code).toBe(2);
    expect(out).toContain('--urls\n  第 1 行  失效');
    const report = JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8'));
    expect(report.summary).toMatchObject({ broken: 1, redirect: 1, total: 2 });
    expect(report.results[1]).toMatchObject({ status: 'redirect', finalUrl: `http://127.0.0.1:${server.port}/ok`, sources: [{ file: '--urls', line: 2 }] });
  });

  it('--offline checks the links inside dist/ and names page, line and problem', async () => {
    cpSync(new URL('../fixtures/link-check/site/', import.meta.url).pathname, join(dir, 'dist'), { recursive: true });
    const { code, out } = await run(['--offline']);
    expect(code).toBe(2);
    expect(out).toMatch(/^站内链接有 \d+ 处问题：/);
    expect(out).toContain('index.html 第');
  });

  it('exits 1 on a usage error, in Chinese', async () => {
    const { code, out } = await run(['--concurrency', 'many']);
    expect(code).toBe(1);
    expect(out).toContain('--concurrency 应为不小于 1 的整数，看到的是 many');
  });
});
