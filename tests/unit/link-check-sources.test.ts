import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ResultCache } from '../../scripts/lib/link-check/cache.ts';
import { collect } from '../../scripts/lib/link-check/collect.ts';
import { extractFromJson, extractFromMarkdown, normaliseUrl, trimUrl } from '../../src/lib/content/extract-urls.ts';
import { exitCode, jsonReport, networkDown, textReport } from '../../scripts/lib/link-check/report.ts';
import { runScheduled } from '../../scripts/lib/link-check/scheduler.ts';

describe('extracting URLs from sources', () => {
  it('finds URLs in JSON string values with line and column', () => {
    const json =
      '{\n  "addresses": [\n    { "url": "https://www.smartedu.cn/" },\n    { "note": "见 http://www.sxlll.cn 与 https://www.sx111.cn。" }\n  ]\n}';
    expect(extractFromJson('content/platforms/x.json', json)).toEqual([
      { url: 'https://www.smartedu.cn/', source: { file: 'content/platforms/x.json', line: 3, column: 15 } },
      { url: 'http://www.sxlll.cn', source: { file: 'content/platforms/x.json', line: 4, column: 18 } },
      { url: 'https://www.sx111.cn', source: { file: 'content/platforms/x.json', line: 4, column: 40 } },
    ]);
  });

  it('finds URLs in MDX front matter, links, JSX props and prose, and flags a URL glued to Chinese punctuation', () => {
    const mdx = [
      '---',
      'title: 页',
      'source: https://example.org/doc',
      '---',
      '看 [平台](https://example.org/a)，或 <NoticeUrl href="https://example.org/b" />。',
      '网址：https://example.org/c。请访问。',
      '网址：https://example.org/d 。',
    ].join('\n');
    const { urls, errors } = extractFromMarkdown('content/pages/x.mdx', mdx);
    expect(urls.map((u) => [u.url, u.source.line])).toEqual([
      ['https://example.org/doc', 3],
      ['https://example.org/a', 5],
      ['https://example.org/b', 5],
      ['https://example.org/c', 6],
      ['https://example.org/d', 7],
    ]);
    expect(errors).toEqual([
      {
        source: { file: 'content/pages/x.mdx', line: 6, column: 4 },
        url: 'https://example.org/c',
        message:
          '网址后面紧跟中文标点“。”：Markdown 会把标点当成网址的一部分，链接就坏了。请在网址和“。”之间加一个空格，或写成 [https://example.org/c](https://example.org/c)',
      },
    ]);
  });

  it('reads a Markdown link whose text is its URL as two mentions, and accepts punctuation after it', () => {
    const { urls, errors } = extractFromMarkdown('x.md', '见 [https://example.org/a](https://example.org/a)。');
    expect(urls.map((u) => u.url)).toEqual(['https://example.org/a', 'https://example.org/a']);
    expect(errors).toEqual([]);
  });

  it('keeps Chinese characters in paths and percent-encodes them', () => {
    const { urls } = extractFromMarkdown('x.md', '见 https://example.org/学习/页面，谢谢');
    expect(urls[0]!.url).toBe('https://example.org/学习/页面');
    expect(normaliseUrl(urls[0]!.url)).toBe('https://example.org/%E5%AD%A6%E4%B9%A0/%E9%A1%B5%E9%9D%A2');
  });

  it('trims sentence punctuation but keeps balanced parentheses', () => {
    expect(trimUrl('https://example.org/a.')).toBe('https://example.org/a');
    expect(trimUrl('https://example.org/wiki/A_(B))')).toBe('https://example.org/wiki/A_(B)');
  });
});

describe('collecting', () => {
  it('merges sources per normalised URL and applies exclusions', () => {
    const s = (line: number) => ({ file: 'f', line, column: 1 });
    const collected = collect(
      [
        { url: 'https://example.org/学习', source: s(1) },
        { url: 'https://example.org/%E5%AD%A6%E4%B9%A0', source: s(2) },
        { url: 'https://skip.example/x', source: s(3) },
      ],
      [/skip\.example/],
    );
    expect(collected).toEqual([
      { url: 'https://example.org/%E5%AD%A6%E4%B9%A0', sources: [s(1), s(2)], excluded: false },
      { url: 'https://skip.example/x', sources: [s(3)], excluded: true },
    ]);
  });
});

describe('cache', () => {
  it('reuses fresh successes and always rechecks failures', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'lc-')), 'cache.json');
    const cache = new ResultCache(path, 1000);
    cache.set({ url: 'a', status: 'ok', reason: 'HTTP 200' }, 0);
    cache.set({ url: 'b', status: 'broken', reason: 'HTTP 404' }, 0);
    await cache.save();
    const again = new ResultCache(path, 1000);
    await again.load();
    expect(again.fresh('a', 500)).toEqual({ url: 'a', status: 'ok', reason: 'HTTP 200' });
    expect(again.fresh('a', 1500)).toBeUndefined();
    expect(again.fresh('b', 500)).toBeUndefined();
  });
});

describe('scheduler', () => {
  it('keeps per-host and global limits and returns results in input order', async () => {
    const active = new Map<string, number>();
    let peak = 0;
    let running = 0;
    const items = ['a1', 'a2', 'a3', 'a4', 'b1', 'b2', 'c1'];
    const results = await runScheduled(
      items,
      (item) => item[0]!,
      async (item) => {
        const host = item[0]!;
        active.set(host, (active.get(host) ?? 0) + 1);
        running++;
        peak = Math.max(peak, running);
        expect(active.get(host)).toBeLessThanOrEqual(2);
        await new Promise((r) => setTimeout(r, 5));
        active.set(host, active.get(host)! - 1);
        running--;
        return item.toUpperCase();
      },
      { concurrency: 5, perHost: 2 },
    );
    expect(results).toEqual(items.map((i) => i.toUpperCase()));
    expect(peak).toBe(5);
  });

  it('keeps every global slot busy to the end on a list sorted host by host (no tail of a few capped hosts)', async () => {
    // Every task takes one "round"; all tasks running in a round finish together. 10 hosts × 20
    // tasks, 8 slots, 2 per host: 200 / 8 = 25 rounds is the least possible. Taking hosts in list
    // order finishes four hosts at a time and ends with two hosts alone at 2 + 2 slots: 30 rounds.
    const items = Array.from({ length: 10 }, (_, h) => Array.from({ length: 20 }, (_, j) => `h${h}/${j}`)).flat();
    let running: (() => void)[] = [];
    const done = runScheduled(
      items,
      (item) => item.split('/')[0]!,
      () => new Promise<void>((r) => running.push(r)),
      { concurrency: 8, perHost: 2 },
    );
    let rounds = 0;
    let finished = false;
    void done.then(() => (finished = true));
    const busy: number[] = [];
    while (!finished && rounds < 100) {
      await new Promise((r) => setImmediate(r));
      if (running.length === 0) continue;
      busy.push(running.length);
      const round = running;
      running = [];
      round.forEach((r) => r());
      rounds++;
    }
    expect(rounds).toBe(25);
    expect(busy.every((n) => n === 8)).toBe(true);
  });
});

describe('reports', () => {
  const results = [
    {
      url: 'https://a.example/',
      status: 'ok' as const,
      httpStatus: 200,
      reason: 'HTTP 200',
      sources: [{ file: 'content/a.json', line: 3, column: 1 }],
    },
    {
      url: 'https://b.example/x',
      status: 'broken' as const,
      httpStatus: 404,
      reason: 'HTTP 404',
      sources: [
        { file: 'content/b.mdx', line: 9, column: 1 },
        { file: 'content/a.json', line: 7, column: 1 },
      ],
    },
    {
      url: 'https://c.example/',
      status: 'redirect' as const,
      httpStatus: 200,
      finalUrl: 'https://c.example/new/',
      reason: '已永久迁移到 https://c.example/new/',
      sources: [{ file: 'content/a.json', line: 5, column: 1 }],
    },
  ];
  it('groups the Chinese report by file, lines in order, with the fix for redirects', () => {
    expect(textReport(results, [])).toBe(
      [
        '检查了 3 个网址：正常 1，已迁移 1，失效 1，超时 0，无法访问 0，已排除 0；写法错误 0。',
        '',
        '需要修改的文件：',
        '',
        'content/a.json',
        '  第 5 行  已迁移 https://c.example/',
        '      已永久迁移到 https://c.example/new/',
        '      请改为新网址：https://c.example/new/',
        '  第 7 行  失效 https://b.example/x',
        '      HTTP 404',
        '',
        'content/b.mdx',
        '  第 9 行  失效 https://b.example/x',
        '      HTTP 404',
      ].join('\n'),
    );
  });
  it('writes the JSON report in the documented shape and exits 2 when something is broken', () => {
    const report = jsonReport(results, []);
    expect(report.summary).toEqual({
      ok: 1,
      redirect: 1,
      broken: 1,
      timeout: 0,
      error: 0,
      excluded: 0,
      total: 3,
      editorErrors: 0,
    });
    expect(report.results[1]).toEqual({
      url: 'https://b.example/x',
      status: 'broken',
      httpStatus: 404,
      reason: 'HTTP 404',
      sources: [
        { file: 'content/b.mdx', line: 9 },
        { file: 'content/a.json', line: 7 },
      ],
    });
    expect(exitCode(results, [])).toBe(2);
    expect(exitCode([results[0]!, results[2]!], [])).toBe(0);
  });
});

describe('the network verdict', () => {
  const failed = (host: string, network: 'dns' | 'refused' | 'unreachable' = 'dns') => ({
    url: `https://${host}/`,
    status: 'error' as const,
    reason: network === 'dns' ? '域名无法解析（DNS，EAI_AGAIN）' : '连接被拒绝（ECONNREFUSED）',
    network,
    sources: [{ file: `content/${host}.json`, line: 1, column: 1 }],
  });
  const hosts = ['a.example', 'b.example', 'c.example', 'd.example'];

  it('blames this machine, not the files, when every site failed before answering', () => {
    const results = hosts.map((h) => failed(h));
    expect(networkDown(results)).toEqual(['dns']);
    expect(exitCode(results, [])).toBe(3);
    const text = textReport(results, []);
    expect(text).toContain('这台电脑连不上互联网：4 个网站全部无法连接（域名无法解析（DNS））');
    expect(text).not.toContain('需要修改的文件');
    expect(
      networkDown([failed('a.example'), failed('b.example', 'refused'), failed('c.example', 'unreachable')]),
    ).toEqual(['dns', 'refused', 'unreachable']);
  });

  it('keeps blaming the links when any site answered, when too few sites were tried, and ignores cached and excluded results', () => {
    const ok = {
      url: 'https://e.example/',
      status: 'ok' as const,
      reason: 'HTTP 200',
      sources: [{ file: 'content/e.json', line: 1, column: 1 }],
    };
    expect(networkDown([...hosts.map((h) => failed(h)), ok])).toBeUndefined();
    expect(exitCode([...hosts.map((h) => failed(h)), ok], [])).toBe(2);
    expect(networkDown([failed('a.example'), failed('b.example')])).toBeUndefined();
    // A success remembered from yesterday says nothing about today's network.
    expect(
      networkDown([
        ...hosts.map((h) => failed(h)),
        { ...ok, cached: true },
        { ...ok, url: 'https://f.example/', status: 'excluded' as const },
      ]),
    ).toEqual(['dns']);
    // A site that answered 404 was reached.
    expect(
      networkDown([...hosts.map((h) => failed(h)), { ...ok, status: 'broken' as const, httpStatus: 404 }]),
    ).toBeUndefined();
  });
});
