import { describe, expect, it } from 'vitest';
import { checkEntry } from '../../src/lib/content/check.ts';
import { findMdxTraps } from '../../src/lib/content/mdx-traps.ts';
import { formatProblem } from '../../src/lib/content/problems.ts';
import { findStoryProblems } from '../../src/lib/stories/rules.ts';
import { collectionSpecs } from '../../src/schemas/index.ts';

const show = (traps: { line: number; found: string; message: string }[]) =>
  traps.map((t) => `${t.line} ${t.found} ${t.message}`);

// Each of these the line scanner misread; the parser's own tree reads them as the build does.
describe('MDX read as the build reads it', () => {
  it('refuses an e-mail address in angle brackets, which MDX rejects', () => {
    expect(show(findMdxTraps('来信请寄 <someone@example.org>。\n', 8))).toEqual([
      '8 <someone@example.org> MDX 不支持用尖括号括起来的邮箱地址：请把 <someone@example.org> 改成 [someone@example.org](mailto:someone@example.org)，或直接写 someone@example.org',
    ]);
  });

  it('keeps a four-backtick fence that shows three backticks closed only by four', () => {
    const body = '````md\n```\n价格 <5 元\n```\n````\n\n小于 <5 岁\n';
    expect(findMdxTraps(body, 1).map((t) => `${t.line} ${t.found}`)).toEqual(['7 <5 岁']);
  });

  it('reads a "<" inside an attribute value as text', () => {
    const body = '<Quote by="甲<乙">话</Quote>\n';
    expect(findMdxTraps(body, 1)).toEqual([]);
    expect(findStoryProblems(body, 1)).toEqual([]);
  });

  it('looks for phone numbers in the text only, not in web addresses or link targets', () => {
    const body =
      '详见 https://example.org/news/13912345678.html 和 [报道](https://example.org/a/13912345678)。\n\n咨询 13912345678，或写信给 a13912345678@example.org\n';
    expect(findStoryProblems(body, 3).map((t) => `${t.line} ${t.found}`)).toEqual(['5 13912345678']);
  });

  it('accepts what the build compiles, such as "<" before a space', () => {
    expect(findMdxTraps('人数 < 50 人，`a <b` 是代码。\n', 1)).toEqual([]);
  });

  it('lists every refused spot at once, each with its line', () => {
    const body = '详见 <https://example.org>\n\n小于 <5 岁\n\n来信 <a@example.org>\n\n<!-- 备注 -->\n';
    expect(findMdxTraps(body, 10).map((t) => `${t.line} ${t.found}`)).toEqual([
      '10 <https://example.org>',
      '12 <5 岁',
      '14 <a@example.org>',
      '16 <!-- 备注 -->',
    ]);
  });

  it('reports, in Chinese, what the parser refuses for other reasons', () => {
    expect(show(findMdxTraps('正文\n\n<Quote by="x">话\n', 1))).toEqual([
      '3 <Quote by="x">话 标签 <Quote> 没有结束：请在内容后面写 </Quote>，或写成自闭合的 <Quote />',
    ]);
    expect(show(findMdxTraps('<Quote>话</Quot>\n\n<br>\n\n小于 <5 岁\n', 1))).toEqual([
      '1 </Quot> 结束标签 </Quot> 与前面的 <Quote> 对不上：请检查标签的先后和拼写',
      '3 <br> MDX 里的 <br> 要写成自闭合的 <br />',
      '5 <5 岁 MDX 会把单独的 "<" 当成标签的开头：请写成 "&lt;"，或改用全角 "＜"',
    ]);
    expect(findMdxTraps('a {1 +} b\n', 4).map((t) => `${t.line} ${t.message}`)).toEqual([
      '4 MDX 把花括号 { } 里的内容当作代码，这里不是有效的代码：要显示花括号，请写成 "\\{" 或全角 "｛"',
    ]);
  });
});

const story = (body: string) =>
  `---\ntitle: 示例\ndate: 2023-10-16\nsummary: 摘要\ncity: taiyuan\nedition: "2030"\n---\n\n${body}`;
const newsProblems = (body: string) =>
  checkEntry('content/news/x.mdx', story(body), collectionSpecs.news.schema(), collectionSpecs.news.body).problems.map(
    formatProblem,
  );

describe('MDX components are checked against their props schemas', () => {
  it('accepts each story component written as the editor guide shows', () => {
    expect(
      newsProblems(
        '<Figure caption="说明">\n![读书的居民](./images/a.png)\n</Figure>\n\n<Quote by="示例·李某">话</Quote>\n\n<Video title="t" src="/m.mp4" captions="/m.vtt" transcript="#文字稿" />\n',
      ),
    ).toEqual([]);
  });

  it('refuses a <Video> without captions or transcript, with the line', () => {
    expect(newsProblems('正文\n\n<Video title="开班仪式" src="/media/a.mp4" />\n')).toEqual([
      'content/news/x.mdx 第 11 行：<Video> 的属性 captions：缺少这个必填字段。captions 是中文字幕文件（WebVTT）的本站路径，例如 "/media/opening.vtt"；必须有：许多老年读者不开声音看视频（看到的值：<Video title="开班仪式" src="/media/a.mp4" />）',
      'content/news/x.mdx 第 11 行：<Video> 的属性 transcript：缺少这个必填字段。transcript 是文字稿在哪里：本站路径，或本文中文字稿小标题的 "#编号"，例如 "#文字稿"；必须有：不少读者更愿意读（看到的值：<Video title="开班仪式" src="/media/a.mp4" />）',
    ]);
  });

  it('refuses unknown components, unknown props and wrong values', () => {
    expect(
      newsProblems(
        '<Chart />\n\n<Quote bye="李某">话</Quote>\n\n<Video title="t" src="https://v.example.org/a.mp4" captions="/a.vtt" transcript="文字稿" />\n\n<Figure caption="电话 13912345678">\n![图](./a.png)\n</Figure>\n',
      ),
    ).toEqual([
      'content/news/x.mdx 第 9 行：故事里只能用这些组件：<Figure>、<Quote>、<Video>（看到的值：<Chart）',
      'content/news/x.mdx 第 11 行：<Quote> 的属性 bye：没有这个属性，可能拼错了。是不是想写 "by"？可用的属性：by（看到的值：<Quote bye="李某">）',
      'content/news/x.mdx 第 13 行：<Video> 的属性 src：应为本站路径，以 / 开头，例如 "/media/opening.mp4"（看到的值："https://v.example.org/a.mp4"）',
      'content/news/x.mdx 第 13 行：<Video> 的属性 transcript：应为本站路径（如 "/media/opening.txt"）或本文一个小标题的 "#编号"（如 "#文字稿"）（看到的值："文字稿"）',
      'content/news/x.mdx 第 15 行：<Figure> 的属性 caption：这里不写电话号码：只写单位名称，读者可通过单位公开的渠道联系（看到的值："电话 13912345678"）',
    ]);
  });

  it('refuses code in attributes', () => {
    expect(newsProblems('<Quote by={name}>话</Quote>\n')).toEqual([
      'content/news/x.mdx 第 9 行：<Quote> 的属性请写成 名称="文字"：内容里不写 { } 代码（看到的值：by={…}）',
    ]);
  });

  it('lets pages use only the page components, passed by the route, and no imports', () => {
    const page = (body: string) => `---\ntitle: 页\ndescription: 说明\n---\n\n${body}`;
    const problems = (body: string) =>
      checkEntry(
        'content/pages/x.mdx',
        page(body),
        collectionSpecs.pages.schema(),
        collectionSpecs.pages.body,
      ).problems.map(formatProblem);
    expect(
      problems(
        '<GuidedBooks guide="daodu-x" />\n\n见<SiteLink href="/booklists/">书单</SiteLink>，网址 <NoticeUrl href="https://www.example.org" />。\n\n<AttachmentTable />\n',
      ),
    ).toEqual([]);
    expect(
      problems(
        'import SiteLink from \'../../src/components/mdx/SiteLink.astro\';\n\n<Video title="t" src="/a.mp4" captions="/a.vtt" transcript="#t" />\n\n<AttachmentTable cells="x" />\n',
      ),
    ).toEqual([
      "content/pages/x.mdx 第 6 行：页面正文里不能写 import 或 export：组件直接写 <GuidedBooks>、<SiteLink>、<AttachmentTable>、<NoticeUrl>，图片用 ![替代文字](./images/文件名.jpg)（看到的值：import SiteLink from '../../src/components/mdx/SiteLink.astro';）",
      'content/pages/x.mdx 第 8 行：页面里只能用这些组件：<GuidedBooks>、<SiteLink>、<AttachmentTable>、<NoticeUrl>（看到的值：<Video）',
      'content/pages/x.mdx 第 10 行：<AttachmentTable> 的属性 cells：没有这个属性，可能拼错了。可用的属性：edition（看到的值：<AttachmentTable cells="x" />）',
    ]);
  });
});
