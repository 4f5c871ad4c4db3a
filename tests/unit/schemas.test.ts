import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { checkEntry } from '../../src/lib/content/check.ts';
import { formatProblem } from '../../src/lib/content/problems.ts';
import { collectionSpecs } from '../../src/schemas/index.ts';
import { citySchema } from '../../src/schemas/city.ts';
import { lectureSchema } from '../../src/schemas/lecture.ts';
import { pageSchema } from '../../src/schemas/page.ts';
import { starSchema } from '../../src/schemas/star.ts';
import { bookSchema } from '../../src/schemas/book.ts';
import { redirectsSchema } from '../../src/schemas/redirects.ts';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');
const messages = (file: string, text: string, schema: z.ZodType) =>
  checkEntry(file, text, schema).problems.map(formatProblem);
const image = () => z.string();

describe('friendly content errors', () => {
  it('reports every problem of a lecture with file, line, field and value', () => {
    expect(messages('content/lectures/bad.json', fixture('bad/lecture-end-before-start.json'), lectureSchema)).toEqual([
      'content/lectures/bad.json 第 9 行，字段 joinUrl：应为以 http:// 或 https:// 开头的完整网址，例如 "https://www.example.org/path"（看到的值："javascript:alert(1)"）',
      'content/lectures/bad.json 第 10 行，字段 cty：没有这个字段，可能拼错了。是不是想写 "city"？可用的字段：edition、title、series、description、speakers、start、end、mode、organiser、city、venue、platform、joinUrl、replayUrl、replayPlatform、status、changeNote、revision、audiences、books、sample',
      'content/lectures/bad.json 第 6 行，字段 end：结束时间（2023-10-16T09:00:00+08:00）不晚于开始时间（2023-10-16T10:00:00+08:00）：请把结束时间改到开始之后（看到的值："2023-10-16T09:00"）',
    ]);
  });

  it('reports invalid JSON with its line', () => {
    expect(messages('content/cities/x.json', fixture('bad/city-trailing-comma.json'), citySchema)).toEqual([
      'content/cities/x.json 第 4 行：JSON 格式错误，无法读取：请检查这一行及上一行的逗号、引号和括号（英文标点，最后一项后面不加逗号）。原始信息：Expected double-quoted property name in JSON at position 39 (line 4 column 1)',
    ]);
  });

  it('explains the MDX traps: autolinks and a bare "<", and a misspelt front matter field', () => {
    expect(messages('content/pages/x.mdx', fixture('bad/page-autolink.mdx'), pageSchema)).toEqual([
      'content/pages/x.mdx 第 6 行：MDX 不支持用尖括号括起来的网址：请把 <https://www.sx111.cn> 改成 [https://www.sx111.cn](https://www.sx111.cn)，或直接写 https://www.sx111.cn（看到的值：<https://www.sx111.cn>）',
      'content/pages/x.mdx 第 8 行：MDX 会把单独的 "<" 当成标签的开头：请写成 "&lt;"，或改用全角 "＜"（看到的值：<50 人。代码里的 `）',
      'content/pages/x.mdx，字段 description：缺少这个必填字段',
      'content/pages/x.mdx 第 3 行，字段 descripton：没有这个字段，可能拼错了。是不是想写 "description"？可用的字段：title、description、kind、published、updated',
    ]);
  });

  it('checks enums, formats and city rules', () => {
    expect(
      messages(
        'content/cities/x.json',
        '{"name":"太原","code":"1401","editions":{"2030":{"plan":{"status":"done"}}}}',
        citySchema,
      ),
    ).toEqual([
      'content/cities/x.json 第 1 行，字段 name：应为地级行政区的全称，以“市”“地区”“自治州”或“盟”结尾，例如 "某某市"；直辖市填区、县的全称，例如 "某某区"（看到的值："太原"）',
      'content/cities/x.json 第 1 行，字段 code：应为 6 位行政区划代码，例如 "990100"（看到的值："1401"）',
      'content/cities/x.json 第 1 行，字段 editions.2030.plan.status：只能是以下之一："submitted"、"pending"（看到的值："done"）',
    ]);
  });

  it("accepts every prefecture-level form and a municipality's districts and counties", () => {
    const city = (name: string) =>
      citySchema.safeParse({ name, code: '990100', editions: { '2030': { plan: { status: 'pending' } } } }).success;
    for (const name of ['示例市', '示例地区', '示例藏族自治州', '示例盟', '示例区', '示例县', '示例自治县'])
      expect(city(name), name).toBe(true);
    for (const name of ['示例', '示例省', 'Example市', '市']) expect(city(name), name).toBe(false);
  });

  it('rejects data: URLs and requires a note on cancelled lectures and a venue offline', () => {
    const lecture = JSON.parse(fixture('good/lecture.json'));
    const bad = { ...lecture, mode: 'offline', venue: undefined, joinUrl: 'data:text/html,hi', status: 'cancelled' };
    expect(messages('content/lectures/x.json', JSON.stringify(bad, null, 2), lectureSchema)).toEqual([
      'content/lectures/x.json 第 18 行，字段 joinUrl：应为以 http:// 或 https:// 开头的完整网址，例如 "https://www.example.org/path"（看到的值："data:text/html,hi"）',
      'content/lectures/x.json，字段 venue：线下讲座要写场地 venue（name 和 address）',
      'content/lectures/x.json，字段 changeNote：已取消或已调整的讲座要写说明 changeNote',
      'content/lectures/x.json，字段 revision：已取消或已调整的讲座要把改动次数 revision 加 1（例如写 "revision": 1），日历软件才会更新',
    ]);
  });

  it('refuses a personal story without consent', () => {
    const star =
      '---\ntitle: 故事\nname: 示例\nsummary: 摘要\ncity: taiyuan\nyear: 2023\nhonour:\n  level: 省级\n  title: 百姓学习之星\n  source:\n    title: 名单\npublished: 2023-10-20\nconsent: false\nedition: "2030"\n---\n\n正文\n';
    expect(messages('content/stars/x.mdx', star, starSchema({ image }))).toEqual([
      'content/stars/x.mdx 第 13 行，字段 consent：个人故事须经本人同意公开：取得书面同意后写 consent: true；未同意的不能发布（看到的值：false）',
    ]);
  });

  it('rejects an ISBN with a wrong check digit and converts ISBN-10', () => {
    const book = {
      title: '书',
      contributors: [{ name: '某' }],
      publisher: '某社',
      categories: ['生活'],
      audiences: ['通用'],
      description: '简介',
    };
    expect(
      messages('content/books/x.json', JSON.stringify({ ...book, isbn: '978-7-02-000220-8' }), bookSchema({ image })),
    ).toEqual([
      'content/books/x.json 第 1 行，字段 isbn：ISBN "978-7-02-000220-8" 校验位不对：请对照图书版权页逐位核对；不确定时删去 isbn 这一行（看到的值："978-7-02-000220-8"）',
    ]);
    const ok = checkEntry(
      'content/books/x.json',
      JSON.stringify({ ...book, isbn: '7-02-000220-X' }),
      bookSchema({ image }),
    );
    expect(ok.problems).toEqual([]);
  });
});

describe('normalised output', () => {
  it('reads a time without offset as Beijing time', () => {
    const { data } = checkEntry('content/lectures/x.json', fixture('good/lecture.json'), lectureSchema);
    expect(data?.start).toBe('2023-10-16T09:30:00+08:00');
    expect(data?.end).toBe('2023-10-16T11:00:00+08:00');
    expect(data?.status).toBe('scheduled');
  });

  it('accepts YAML dates in front matter as calendar days', () => {
    const { data, problems } = checkEntry(
      'content/pages/x.mdx',
      '---\ntitle: 页\ndescription: 说明\npublished: 2023-08-10\n---\n正文\n',
      pageSchema,
    );
    expect(problems).toEqual([]);
    expect(data?.published).toBe('2023-08-10');
  });

  it('validates the redirect table', () => {
    expect(
      redirectsSchema.safeParse([{ from: '/cases/a/', to: '/cases/b/', withdrawn: { date: '2024-03-01' } }]).success,
    ).toBe(true);
    expect(redirectsSchema.safeParse([{ from: '/about/', to: '/notice/' }]).success).toBe(true);
    // A case or star that leaves its URL must say when, so the JSON API can announce it.
    expect(redirectsSchema.safeParse([{ from: '/cases/a/', to: '/cases/b/' }]).success).toBe(false);
    expect(
      redirectsSchema.safeParse([{ from: '/stars/a/', withdrawn: { date: '2024-03-01', reason: '应本人要求撤下' } }])
        .success,
    ).toBe(true);
    expect(redirectsSchema.safeParse([{ from: '/about/' }]).success).toBe(false);
    expect(redirectsSchema.safeParse([{ from: 'cases/a', to: '/cases/b/' }]).success).toBe(false);
  });

  it('documents every field for editors', () => {
    for (const [name, spec] of Object.entries(collectionSpecs)) {
      const json = z.toJSONSchema(spec.schema(image), { io: 'input', unrepresentable: 'any' }) as {
        properties?: Record<string, { description?: string }>;
      };
      for (const [field, prop] of Object.entries(json.properties ?? {})) {
        expect(prop.description, `${name}.${field}`).toBeTruthy();
      }
    }
  });
});
