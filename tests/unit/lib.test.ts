import { describe, expect, it } from 'vitest';
import { formatPartialRange, normaliseBeijingDateTime, formatChineseDate } from '../../src/lib/shared/datetime.ts';
import { isbn10To13, isValidIsbn13, normaliseIsbn } from '../../src/lib/shared/isbn.ts';
import { canonicalPath, isHttpUrl, withBase } from '../../src/lib/shared/urls.ts';
import { auditUrls, describeAudit } from '../../src/lib/site/published-urls.ts';
import { toNginxMap } from '../../src/lib/site/redirects.ts';
import { findMdxTraps } from '../../src/lib/content/mdx-traps.ts';
import { checkCrossReferences, type CheckedEntry } from '../../src/lib/content/crossrefs.ts';
import { closest } from '../../src/lib/content/zod-messages.ts';

describe('datetime', () => {
  it('reads times without offset as Beijing time and converts other offsets', () => {
    expect(normaliseBeijingDateTime('2023-10-16T09:30')).toBe('2023-10-16T09:30:00+08:00');
    expect(normaliseBeijingDateTime('2023-10-16T01:30Z')).toBe('2023-10-16T09:30:00+08:00');
    expect(normaliseBeijingDateTime('2023-10-15T23:00-02:00')).toBe('2023-10-16T09:00:00+08:00');
    expect(normaliseBeijingDateTime('2023-02-30T09:00')).toBeUndefined();
    expect(normaliseBeijingDateTime('2023-10-16T24:00')).toBeUndefined();
  });
  it('formats Chinese dates and ranges', () => {
    expect(formatChineseDate('2023-08-10')).toBe('2023年8月10日');
    expect(formatPartialRange('2023-08', '2023-11')).toBe('2023年8月—11月');
    expect(formatPartialRange('2023-10', '2023-10')).toBe('2023年10月');
    expect(formatPartialRange('2023-12', '2024-01')).toBe('2023年12月—2024年1月');
  });
});

describe('isbn', () => {
  it('validates ISBN-13 and converts ISBN-10', () => {
    expect(isValidIsbn13('9787020002207')).toBe(true);
    expect(isValidIsbn13('9787020002208')).toBe(false);
    expect(isbn10To13('702000220X')).toBe('9787020002207');
    expect(normaliseIsbn('7-02-000220-X')).toBe('9787020002207');
    expect(normaliseIsbn('7-02-000220-1')).toBeUndefined();
  });
});

describe('urls', () => {
  it('accepts only http(s)', () => {
    expect(isHttpUrl('https://www.sx111.cn')).toBe(true);
    expect(isHttpUrl('javascript:alert(1)')).toBe(false);
    expect(isHttpUrl('data:text/html,x')).toBe(false);
    expect(isHttpUrl('www.sxlll.cn')).toBe(false);
  });
  it('joins base paths and canonicalises', () => {
    expect(withBase('/', '/notice/')).toBe('/notice/');
    expect(withBase('/xuexizhou/', '/notice/')).toBe('/xuexizhou/notice/');
    expect(canonicalPath('notice')).toBe('/notice/');
    expect(canonicalPath('/cases/feed.xml')).toBe('/cases/feed.xml');
  });
});

describe('published URLs', () => {
  it('fails on a lost URL unless it is redirected, and records new ones', () => {
    const audit = auditUrls(['/', '/cases/a/'], ['/', '/cases/b/'], []);
    expect(audit.lost).toEqual(['/cases/a/']);
    expect(audit.added).toEqual(['/cases/b/']);
    expect(describeAudit(audit)[0]).toContain('已发布的网址 /cases/a/ 不见了');
    const redirected = auditUrls(['/', '/cases/a/'], ['/', '/cases/b/'], [{ from: '/cases/a/', to: '/cases/b/' }]);
    expect(redirected.lost).toEqual([]);
    expect(describeAudit(redirected)).toEqual([]);
  });
  it('flags a redirect to a page that does not exist', () => {
    const audit = auditUrls([], ['/'], [{ from: '/a/', to: '/nowhere/' }]);
    expect(describeAudit(audit)).toEqual([
      'content/redirects.json 中 /a/ 指向的 /nowhere/ 不是本站的页面：请改成现有页面的网址。',
    ]);
  });
  it('writes an nginx map under the base path', () => {
    expect(toNginxMap([{ from: '/a/', to: '/b/' }], '/xuexizhou/')).toBe('/xuexizhou/a/ /xuexizhou/b/;\n');
  });
});

describe('MDX traps', () => {
  it('ignores tags, comments and code', () => {
    expect(findMdxTraps('<AttachmentTable />\n<p class="x">a</p>\n```\na < b\n```\n`<5`\n', 1)).toEqual([]);
  });
  it('counts lines from the body start', () => {
    expect(findMdxTraps('正文\n小于 <5 岁', 10).map((t) => t.line)).toEqual([11]);
  });
  it('finds images without alt text, Markdown and <img>, outside code', () => {
    const body =
      '![读书的居民](./a.png)\n![ ](./b.png)\n<img src="./c.png" alt="展板" />\n<img src="./d.png" alt="" />\n```\n![](./e.png)\n```\n';
    expect(findMdxTraps(body, 3).map((t) => `${t.line} ${t.found} ${t.message}`)).toEqual([
      '4 ![ ](./b.png) 图片缺少替代文字：在 ![ 和 ] 之间用一句话描述图片内容，例如 ![社区老人在图书室读书](./b.png)',
      '6 <img src="./d.png" alt="" /> 图片缺少替代文字：给 <img> 加上 alt="图片内容的描述"',
    ]);
  });
});

describe('cross references', () => {
  const entry = (collection: string, id: string, data: Record<string, unknown>): CheckedEntry => ({
    collection,
    id,
    file: `content/${collection}/${id}.json`,
    text: '',
    data,
  });
  it('reports an unknown city and a duplicate ISBN', () => {
    const problems = checkCrossReferences([
      entry('cities', 'taiyuan', {}),
      entry('lectures', 'a', { city: 'taiyuan' }),
      entry('lectures', 'b', { city: 'tiayuan' }),
      entry('books', 'x', { isbn: '9787020002207' }),
      entry('books', 'y', { isbn: '9787020002207' }),
    ]);
    expect(problems).toEqual([
      {
        file: 'content/lectures/b.json',
        field: 'city',
        found: '"tiayuan"',
        message: '找不到这个城市：content/cities/ 中没有名为 tiayuan 的文件。现有的有：taiyuan',
      },
      {
        file: 'content/books/y.json',
        field: 'isbn',
        found: '"9787020002207"',
        message: 'ISBN与 content/books/x.json 重复：同一ISBN只能出现一次',
      },
    ]);
  });
  it('suggests the nearest field name', () => {
    expect(closest('titel', ['title', 'summary'])).toBe('title');
    expect(closest('zzzzzz', ['title'])).toBeUndefined();
  });
});

describe('platforms', async () => {
  const { groupPlatforms } = await import('../../src/lib/platforms/platforms.ts');
  it('puts national platforms first, each group in editor order', () => {
    const groups = groupPlatforms([
      { id: 'b', level: 'provincial' as const, order: 1 },
      { id: 'c', level: 'national' as const, order: 20 },
      { id: 'a', level: 'national' as const, order: 10 },
    ]);
    expect(groups.map((g) => [g.level, g.platforms.map((p) => p.id)])).toEqual([
      ['national', ['a', 'c']],
      ['provincial', ['b']],
    ]);
  });
});
