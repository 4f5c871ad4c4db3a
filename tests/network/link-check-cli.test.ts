import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFaultServer, type FaultServer } from './fault-server.ts';

const script = new URL('../../scripts/check-links.ts', import.meta.url).pathname;
const fakeDns = new URL('./fake-dns.ts', import.meta.url).href;
const dir = mkdtempSync(join(tmpdir(), 'links-cli-'));

/** Runs the CLI asynchronously (the fault server lives in this process and must keep answering); `.invalid` names never reach a DNS server. */
function run(args: string[], cwd = dir): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', fakeDns, script, ...args], { cwd });
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
    writeFileSync(
      join(dir, 'ok.txt'),
      `# 注释行\nhttp://127.0.0.1:${server.port}/ok\nhttp://127.0.0.1:${server.port}/head-refused\n`,
    );
    const first = await run(['--urls', 'ok.txt']);
    expect(first.code).toBe(0);
    expect(first.out).toContain('检查了 2 个网址：正常 2');
    const second = await run(['--urls', 'ok.txt']);
    expect(second.out).toContain('（其中 2 个网址的结果来自缓存）');
  });

  it('exits 2 and writes the JSON report when something is broken', async () => {
    writeFileSync(
      join(dir, 'bad.txt'),
      `http://127.0.0.1:${server.port}/gone\nhttp://127.0.0.1:${server.port}/moved-301\n`,
    );
    const { code, out } = await run(['--urls', 'bad.txt', '--json', 'report.json', '--no-cache', '--retries', '0']);
    expect(code).toBe(2);
    expect(out).toContain('--urls\n  第 1 行  失效');
    const report = JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8'));
    expect(report.summary).toMatchObject({ broken: 1, redirect: 1, total: 2 });
    expect(report.results[1]).toMatchObject({
      status: 'redirect',
      finalUrl: `http://127.0.0.1:${server.port}/ok`,
      sources: [{ file: '--urls', line: 2 }],
    });
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

/** Loopback ports nothing listens on: each was free a moment ago, and is closed again. */
async function closedPorts(hosts: string[]): Promise<string[]> {
  return Promise.all(
    hosts.map(
      (host) =>
        new Promise<string>((resolve) => {
          const s = createServer().listen(0, host, () => {
            const { port } = s.address() as { port: number };
            s.close(() => resolve(`http://${host}:${port}/`));
          });
        }),
    ),
  );
}

describe('npm run links on a machine that cannot reach the internet', () => {
  it('says so and exits 3 when no name resolves, instead of sending the editor to fine files', async () => {
    // A small fictional project: two source files whose links are all fine, on five sites.
    const project = mkdtempSync(join(tmpdir(), 'links-offline-'));
    mkdirSync(join(project, 'content/platforms'), { recursive: true });
    mkdirSync(join(project, 'content/news'), { recursive: true });
    writeFileSync(
      join(project, 'content/platforms/a.json'),
      JSON.stringify(
        { url: 'https://www.a-platform.invalid/', also: ['https://b-site.invalid/page', 'https://c-site.invalid/'] },
        null,
        2,
      ),
    );
    writeFileSync(
      join(project, 'content/news/x.mdx'),
      '---\ntitle: 消息\n---\n见 [平台](https://d-site.invalid/news/1.html) 与 <https://e-site.invalid/>\n网址：https://f-site.invalid/x。请访问。\n',
    );
    const { code, out } = await run(['--no-cache', '--retries', '0'], project);
    expect(code).toBe(3);
    expect(out).toContain('这台电脑连不上互联网：6 个网站全部无法连接（域名无法解析（DNS）），没有一个网站作出回答。');
    expect(out).toContain('不是内容里的网址写错了，不要因此修改任何文件');
    expect(out).not.toContain('需要修改的文件');
    expect(out).not.toContain('content/platforms/a.json');
    // The one real mistake does not depend on the network and is still named.
    expect(out).toContain(
      '下面的写法错误与网络无关，需要修改：\n\ncontent/news/x.mdx\n  第 5 行  写法错误 https://f-site.invalid/x',
    );
  });

  it('says so and exits 3 when every site refuses the connection', async () => {
    const urls = await closedPorts(['127.0.0.2', '127.0.0.3', '127.0.0.4', '127.0.0.5']);
    writeFileSync(join(dir, 'refused.txt'), `${urls.join('\n')}\n`);
    const { code, out } = await run([
      '--urls',
      'refused.txt',
      '--no-cache',
      '--retries',
      '0',
      '--json',
      'refused.json',
    ]);
    expect(code).toBe(3);
    expect(out).toContain('这台电脑连不上互联网：4 个网站全部无法连接（连接被拒绝）');
    expect(out).not.toContain('需要修改的文件');
    expect(JSON.parse(readFileSync(join(dir, 'refused.json'), 'utf8')).summary).toMatchObject({ error: 4, total: 4 });
  });

  it('still blames the links when one site answers: then the others really are unreachable', async () => {
    const urls = [
      `http://127.0.0.1:${server.port}/ok`,
      'https://g-site.invalid/',
      'https://h-site.invalid/',
      'https://i-site.invalid/',
    ];
    writeFileSync(join(dir, 'mixed.txt'), `${urls.join('\n')}\n`);
    const { code, out } = await run(['--urls', 'mixed.txt', '--no-cache', '--retries', '0']);
    expect(code).toBe(2);
    expect(out).toContain('需要修改的文件');
    expect(out).toContain('无法访问 https://g-site.invalid/\n      域名无法解析（DNS，ENOTFOUND）');
    expect(out).not.toContain('连不上互联网');
  });

  it('does not call two dead sites a dead network', async () => {
    writeFileSync(join(dir, 'two.txt'), 'https://j-site.invalid/\nhttps://k-site.invalid/\n');
    const { code, out } = await run(['--urls', 'two.txt', '--no-cache', '--retries', '0']);
    expect(code).toBe(2);
    expect(out).not.toContain('连不上互联网');
  });
});
