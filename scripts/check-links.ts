/**
 * npm run links — finds every external URL in content/ and tells editors which file and
 * line holds a broken one; with --offline, checks the links inside dist/ instead.
 * Exit codes: 0 nothing broken; 2 something broken, unreachable or miswritten; 3 this machine
 * reached none of the sites (no internet: nothing was judged); 1 usage or configuration error.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { existsSync } from 'node:fs';
import { readIgnoreFile } from './lib/link-check/collect.ts';
import { siteConfig } from '../src/site.config.ts';
import { browserUserAgent, defaultUserAgent } from './lib/link-check/http-check.ts';
import { exitCode, jsonReport, markdownReport, offlineReport, textReport } from './lib/link-check/report.ts';
import { runLinkCheck } from './lib/link-check/run.ts';

const usage = `用法：npm run links -- [选项]
  --urls FILE        只检查文件中的网址（每行一个），不从 content/ 提取
  --json FILE        另存 JSON 报告          --markdown FILE  另存 Markdown 报告
  --timeout MS       单个请求时限（默认 15000）  --deadline MS  整体时限（默认 600000）
  --concurrency N    同时检查的网址数（默认 16）  --per-host N  同一网站同时连接数（默认 2）
  --retries N        临时故障重试次数（默认 2）
  --exclude REGEX    跳过匹配的网址（可多次）  --ignore-file FILE  排除规则文件（默认 .linkcheckignore）
  --cache FILE       结果缓存（默认 .cache/link-check.json）  --max-age HOURS  成功结果的有效期（默认 24）
  --no-cache         不用缓存                --browser-ua  使用浏览器的 User-Agent
  --offline          只检查 dist/ 中的站内链接和锚点，不联网（先运行 npm run build）

不加 --urls 时，检查 content/ 中的网址，以及 dist/（若已生成）里由模板写出的外部网址。
退出码：0 没有问题；2 有失效、无法访问或写错的网址；3 这台电脑连不上任何网站（没有联网），什么也没有判断；1 用法错误。`;

function fail(message: string): never {
  console.error(`${message}\n\n${usage}`);
  process.exit(1);
}

let args;
try {
  args = parseArgs({
    options: {
      urls: { type: 'string' },
      json: { type: 'string' },
      markdown: { type: 'string' },
      timeout: { type: 'string', default: '15000' },
      deadline: { type: 'string', default: '600000' },
      concurrency: { type: 'string', default: '16' },
      'per-host': { type: 'string', default: '2' },
      retries: { type: 'string', default: '2' },
      exclude: { type: 'string', multiple: true, default: [] },
      'ignore-file': { type: 'string', default: '.linkcheckignore' },
      cache: { type: 'string', default: '.cache/link-check.json' },
      'max-age': { type: 'string', default: '24' },
      'no-cache': { type: 'boolean', default: false },
      'browser-ua': { type: 'boolean', default: false },
      offline: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  }).values;
} catch (error) {
  fail(`参数错误：${(error as Error).message}`);
}
if (args.help) {
  console.log(usage);
  process.exit(0);
}

const number = (name: keyof typeof args, min: number): number => {
  const value = Number(args[name]);
  if (!Number.isInteger(value) || value < min)
    fail(`--${name} 应为不小于 ${min} 的整数，看到的是 ${String(args[name])}`);
  return value;
};
const root = process.cwd();
const site = { site: siteConfig.site, base: siteConfig.base };

if (args.offline && !existsSync(`${root}/dist`))
  fail('没有找到 dist/：--offline 检查生成后的网站，请先运行 npm run build。');

let excludes: RegExp[];
try {
  excludes = [...(await readIgnoreFile(`${root}/${args['ignore-file']}`)), ...args.exclude.map((p) => new RegExp(p))];
} catch (error) {
  fail(`排除规则不是有效的正则表达式：${(error as Error).message}`);
}
const urls = args.urls
  ? (await readFile(args.urls, 'utf8').catch(() => fail(`读不到网址文件 ${args.urls}`)))
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l && !l.startsWith('#'))
  : undefined;

const outcome = await runLinkCheck({
  root,
  site,
  offline: args.offline,
  ...(urls ? { urls } : {}),
  excludes,
  concurrency: number('concurrency', 1),
  perHost: number('per-host', 1),
  deadline: number('deadline', 1),
  http: {
    timeout: number('timeout', 1),
    retries: number('retries', 0),
    maxRedirects: 10,
    retryAfterCap: 30_000,
    backoff: 500,
    userAgent: args['browser-ua'] ? browserUserAgent : defaultUserAgent,
    maxBodyBytes: 2 * 1024 * 1024,
  },
  ...(args['no-cache'] ? {} : { cache: { path: `${root}/${args.cache}`, maxAge: number('max-age', 0) * 3_600_000 } }),
});

console.log(args.offline ? offlineReport(outcome.results) : textReport(outcome.results, outcome.editorErrors));
if (outcome.cached) console.log(`（其中 ${outcome.cached} 个网址的结果来自缓存）`);
if (args.json)
  await writeFile(args.json, `${JSON.stringify(jsonReport(outcome.results, outcome.editorErrors), null, 2)}\n`);
if (args.markdown) await writeFile(args.markdown, markdownReport(outcome.results, outcome.editorErrors));
process.exit(exitCode(outcome.results, outcome.editorErrors));
