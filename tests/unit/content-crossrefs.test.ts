import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content/check.ts';
import { formatProblem } from '../../src/lib/content/problems.ts';
import { collectionSpecs, type CollectionSpec } from '../../src/schemas/index.ts';

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));

describe('cross references to a file with a mistake', () => {
  it('report the one real problem: the city still exists for the lecture and the news that name it', async () => {
    const { problems } = await checkContent(fixture('city-typo'));
    expect(problems.map(formatProblem)).toEqual([
      'content/cities/shili.json 第 4 行，字段 countyDivision：没有这个字段，可能拼错了。是不是想写 "countyDivisions"？可用的字段：name、code、countyDivisions、editions、sample',
    ]);
  });
});

describe('the guard reads its rules from collectionSpecs', () => {
  it('refuses a page named after a section, and forbids imports in every MDX collection', async () => {
    const root = mkdtempSync(join(tmpdir(), 'guard-'));
    try {
      cpSync(fixture('city-typo'), root, { recursive: true });
      mkdirSync(join(root, 'content/pages'));
      writeFileSync(join(root, 'content/pages/stats.mdx'), '---\ntitle: 统计\ndescription: 说明\n---\n\n正文\n');
      writeFileSync(
        join(root, 'content/news/opening.mdx'),
        readFileSync(join(root, 'content/news/opening.mdx'), 'utf8').replace(
          '开幕式',
          "import X from './x.astro';\n\n开幕式",
        ),
      );
      const { problems } = await checkContent(root);
      expect(problems.map(formatProblem).filter((p) => !p.startsWith('content/cities/'))).toEqual([
        "content/news/opening.mdx 第 10 行：故事正文里不能写 import 或 export：组件直接写 <Figure>、<Quote>、<Video>，图片用 ![替代文字](./images/文件名.jpg)（看到的值：import X from './x.astro';）",
        'content/pages/stats.mdx：网址 /stats/ 属于网站的栏目，页面不能用这个文件名：请换一个名字',
      ]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('declares what every MDX body may contain', () => {
    const specs: [string, CollectionSpec][] = Object.entries(collectionSpecs);
    expect(specs.filter(([, spec]) => spec.ext === 'mdx' && !spec.body).map(([name]) => name)).toEqual([]);
  });
});
