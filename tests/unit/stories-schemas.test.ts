import { fileURLToPath } from 'node:url';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { checkContent, checkEntry } from '../../src/lib/content/check.ts';
import { formatProblem } from '../../src/lib/content/problems.ts';
import { caseSchema } from '../../src/schemas/case.ts';
import { newsSchema } from '../../src/schemas/news.ts';
import { starSchema } from '../../src/schemas/star.ts';

const image = () => z.string();
const messages = (file: string, text: string, schema: z.ZodType) =>
  checkEntry(file, text, schema).problems.map(formatProblem);
const root = fileURLToPath(new URL('../..', import.meta.url));
/** The fictional province (tests/fixtures/province/): a folder with a content/ of its own. */
const fixtureRoot = fileURLToPath(new URL('../fixtures/province', import.meta.url));

const star = (consentLine: string, extra = '') =>
  `---\ntitle: 示例故事\nname: 示例·李某\nsummary: 摘要\ncity: xinzhou\nyear: 2023\nhonour:\n  level: 省级\n  title: 示例荣誉\n  source:\n    title: 示例名单\npublished: 2023-10-20\n${consentLine}${extra}sample: true\nedition: "2030"\n---\n\n正文\n`;

const kase = (fields: string) =>
  `---\ntitle: 示例项目\nsummary: 摘要\ncity: taiyuan\nyear: 2023\nshortCode: 2023-001\norganisation: 示例单位\ncategory: 社区教育\nhonour:\n  level: 省级\n  title: 示例荣誉\n  source:\n    title: 示例名单\n${fields}published: 2023-10-20\nedition: "2030"\n---\n\n正文\n`;

describe('consent of a personal story', () => {
  it('publishes a story whose consent is true', () => {
    expect(messages('content/stars/x.mdx', star('consent: true\n'), starSchema({ image }))).toEqual([]);
  });

  it.each([
    ['false', 'consent: false\n', '（看到的值：false）'],
    ['the text "true"', 'consent: "true"\n', '（看到的值："true"）'],
    ['yes', 'consent: yes\n', '（看到的值："yes"）'],
  ])('refuses consent %s with the line and the fix', (_, line, found) => {
    expect(messages('content/stars/x.mdx', star(line), starSchema({ image }))).toEqual([
      `content/stars/x.mdx 第 13 行，字段 consent：个人故事须经本人同意公开：取得书面同意后写 consent: true；未同意的不能发布${found}`,
    ]);
  });

  it('refuses a story without a consent field instead of dropping it silently', () => {
    expect(messages('content/stars/x.mdx', star(''), starSchema({ image }))).toEqual([
      'content/stars/x.mdx，字段 consent：个人故事须经本人同意公开：取得书面同意后写 consent: true；未同意的不能发布',
    ]);
  });
});

describe('honest sample data', () => {
  it('refuses a 文号 or a web address on a sample honour', () => {
    const sourceError =
      '示例数据的认定文件不能写真实文号或网址：删去 number 和 url，或把文号写成 "示例文号（非真实文件）"';
    const withNumber = kase('sample: true\n').replace(
      '    title: 示例名单\n',
      '    title: 示例名单\n    number: 晋教职成〔2023〕99号\n',
    );
    expect(messages('content/cases/x.mdx', withNumber, caseSchema({ image }))).toEqual([
      `content/cases/x.mdx 第 12 行，字段 honour.source：${sourceError}（看到的值：{"title":"示例名单","number":"晋教职成〔2023〕99号"}）`,
    ]);
    const withUrl = kase('sample: true\n').replace(
      '    title: 示例名单\n',
      '    title: 示例名单\n    url: https://example.org/list\n',
    );
    expect(messages('content/cases/x.mdx', withUrl, caseSchema({ image }))).toHaveLength(1);
    const marked = kase('sample: true\n').replace(
      '    title: 示例名单\n',
      '    title: 示例名单\n    number: 示例文号（非真实文件）\n',
    );
    expect(messages('content/cases/x.mdx', marked, caseSchema({ image }))).toEqual([]);
    // Real entries cite their real document.
    const real = kase('').replace('    title: 示例名单\n', '    title: 名单\n    number: 晋教职成〔2023〕12号\n');
    expect(messages('content/cases/x.mdx', real, caseSchema({ image }))).toEqual([]);
  });

  it('refuses a phone number as the contact', () => {
    expect(messages('content/cases/x.mdx', kase('contact: 示例单位 13800000000\n'), caseSchema({ image }))).toEqual([
      'content/cases/x.mdx 第 14 行，字段 contact：这里不写电话号码：只写单位名称，读者可通过单位公开的渠道联系（看到的值："示例单位 13800000000"）',
    ]);
  });

  it('refuses an update before publication', () => {
    expect(
      newsSchema.safeParse({ title: '动态', date: '2023-10-20', updated: '2023-10-19', summary: '摘要' }).success,
    ).toBe(false);
    const [problem, ...rest] = messages('content/cases/x.mdx', kase('updated: 2023-10-01\n'), caseSchema({ image }));
    expect(problem).toMatch(/^content\/cases\/x\.mdx 第 14 行，字段 updated：更新日期早于发布日期/);
    expect(rest).toEqual([]);
  });
});

// The honesty rules for sample stories hold for any province's content: real content and fixture.
describe.each([
  ['the real content', root],
  ['the province fixture', fixtureRoot],
])('the cases, stars and news of %s', async (_, dir) => {
  const { entries, problems } = await checkContent(dir);
  const of = (c: string) => entries.filter((e) => e.collection === c);

  it('pass the content check', () => {
    expect(problems.map(formatProblem)).toEqual([]);
  });

  it('mark sample entries as such in the data and in the text, with no invented 文号', () => {
    for (const e of [...of('cases'), ...of('stars')].filter((x) => x.data.sample)) {
      expect(e.data.title, e.file).toMatch(/^示例/);
      expect(e.data.summary, e.file).toMatch(/^示例数据/);
      expect(e.data.honour.title, e.file).toMatch(/^示例/);
      expect(e.data.honour.source.number, e.file).toBeUndefined();
      expect(e.text, e.file).toContain('本页为示例数据');
    }
    for (const e of of('stars').filter((x) => x.data.sample)) expect(e.data.name, e.file).toMatch(/^示例·/);
    for (const e of of('news').filter((n) => n.data.sample)) expect(e.data.title, e.file).toMatch(/^示例/);
  });

  it("present as fact only news that names its source: its edition's notice or a linked public report", () => {
    const editions = new Map(of('editions').map((e) => [e.id, e.data]));
    for (const e of of('news').filter((n) => !n.data.sample)) {
      const notice = editions.get(e.data.edition)?.notice;
      const citesNotice = notice !== undefined && [notice.number, notice.title].some((x) => x && e.text.includes(x));
      expect(citesNotice || /\]\(https?:\/\//.test(e.text), e.file).toBe(true);
    }
  });
});

describe('the province fixture’s stories', async () => {
  const { entries } = await checkContent(fixtureRoot);
  const of = (c: string) => entries.filter((e) => e.collection === c);

  it('cover cases and stars of both editions across several cities, all sample data', () => {
    expect(of('cases').length).toBeGreaterThanOrEqual(3);
    expect(of('stars').length).toBeGreaterThanOrEqual(2);
    expect(new Set([...of('cases'), ...of('stars')].map((e) => e.data.city)).size).toBeGreaterThanOrEqual(4);
    expect(new Set([...of('cases'), ...of('stars')].map((e) => e.data.edition))).toEqual(new Set(['2030', '2031']));
    for (const e of [...of('cases'), ...of('stars'), ...of('news')]) expect(e.data.sample, e.file).toBe(true);
  });
});
