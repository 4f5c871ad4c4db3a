import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/lib/content/problems.ts';
import { formatValidation, loadSiteSettings, validateProject } from '../../scripts/lib/validate/run.ts';

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/editors/${name}`, import.meta.url));
const root = fileURLToPath(new URL('../..', import.meta.url));

describe('npm run validate', () => {
  it('passes good content, including "$schema" keys in JSON files, with no warnings', async () => {
    const result = await validateProject(fixture('good'));
    expect(result.errors.map(formatProblem)).toEqual([]);
    expect(result.warnings.map(formatProblem)).toEqual([]);
    expect(result.files).toBe(5);
  });

  it('reports every editor mistake with file, line, field and value', async () => {
    const result = await validateProject(fixture('bad'));
    expect(result.errors.map(formatProblem)).toEqual([
      'content/news/opening-again.mdx 第 4 行：还没有填写：把“【待填写】……”整段换成真实内容（提示文字一并删去）；不需要的可选字段连同这一行一起删去（看到的值：【待填写】摘要：一两句话）',
      'content/news/opening.mdx 第 2 行，字段 title：与 content/news/opening-again.mdx 重名：同一类活动动态的标题不能相同，读者分不清。请改得更具体，例如加上地名或日期（看到的值："示例：活动周开幕"）',
      'content/news/opening.mdx 第 9 行：网址后面紧跟中文标点“。”：Markdown 会把标点当成网址的一部分，链接就坏了。请在网址和“。”之间加一个空格，或写成 [https://www.example.org/news/1](https://www.example.org/news/1)（看到的值：https://www.example.org/news/1）',
      'content/news/opening.mdx 第 11 行：图片缺少替代文字：在 ![ 和 ] 之间用一句话描述图片内容，例如 ![社区老人在图书室读书](./images/reading.jpg)（看到的值：![](./images/reading.jpg)）',
      'content/news/opening.mdx 第 13 行：图片缺少替代文字：给 <img> 加上 alt="图片内容的描述"（看到的值：<img src="./images/hall.jpg" />）',
      'content/news/opening.mdx 第 13 行：故事里不能直接写 HTML 媒体或脚本标签：图片用 ![替代文字](路径) 放在 <Figure> 里，视频用 <Video>（看到的值：<img）',
      'content/stars/li.mdx，字段 consent：个人故事须经本人同意公开：取得书面同意后写 consent: true；未同意的不能发布',
    ]);
    expect(result.warnings.map(formatProblem)).toEqual([
      'content/lectures/taiyuan-reading.json 第 5 行，字段 start：时间没有写时区，网站按北京时间处理：若确是北京时间，建议写成 "2023-10-16T09:30+08:00"，一看就明白（看到的值："2023-10-16T09:30"）',
      'content/lectures/taiyuan-reading.json 第 6 行，字段 end：时间没有写时区，网站按北京时间处理：若确是北京时间，建议写成 "2023-10-16T11:00+08:00"，一看就明白（看到的值："2023-10-16T11:00"）',
    ]);
    expect(formatValidation(result).split('\n').at(-1)).toBe('检查未通过：7 处错误。改好后再运行 npm run validate。');
  });

  it('exits 1 on errors and 0 on the real content, within seconds', () => {
    const run = (...args: string[]) =>
      spawnSync(process.execPath, [`${root}scripts/validate.ts`, ...args], { encoding: 'utf8' });
    const bad = run(fixture('bad'));
    expect(bad.stdout).toContain('错误 7 处（必须改，否则网站不能发布）：');
    expect(bad.status).toBe(1);
    const real = run();
    expect(real.stdout).toMatch(/检查通过：\d+ 个内容文件没有错误/);
    expect(real.status).toBe(0);
  });
});

describe('npm run validate reads the site settings as the build does', () => {
  const project = (config: string) => {
    const dir = mkdtempSync(join(tmpdir(), 'xxz-settings-'));
    mkdirSync(join(dir, 'src'), { recursive: true });
    mkdirSync(join(dir, 'content'), { recursive: true });
    writeFileSync(join(dir, 'src/site.config.ts'), config);
    writeFileSync(join(dir, 'content/redirects.json'), '[]\n');
    return dir;
  };

  it('applies the current edition and the divisions from src/site.config.ts', async () => {
    const dir = project(
      "export const siteConfig = { currentEdition: '2030', divisions: { whole: '全市', provincial: '市级', part: '区' } };\n",
    );
    try {
      expect(await loadSiteSettings(dir)).toEqual({ currentEdition: '2030', honourLevels: ['全国', '市级', '区级'] });
      expect((await validateProject(dir)).errors.map(formatProblem)).toEqual([
        'src/site.config.ts，字段 currentEdition：content/editions/ 中没有 2030.json：首页展示的那一届必须有届次文件。现有的有：（无）（看到的值："2030"）',
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reports a setting the build would stop on, in its words, instead of crashing', async () => {
    const dir = project(
      "throw new Error('src/site.config.ts 有 1 处设置不对：\\n- src/site.config.ts，字段 site：应为网站的完整地址');\n",
    );
    try {
      expect((await validateProject(dir)).errors.map(formatProblem)).toEqual([
        'src/site.config.ts：src/site.config.ts 有 1 处设置不对：\n- src/site.config.ts，字段 site：应为网站的完整地址',
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('has no settings in a bare content folder', async () => {
    expect(await loadSiteSettings(fixture('good'))).toBeUndefined();
  });
});
