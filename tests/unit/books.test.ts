import QRCode from 'qrcode';
import { fileURLToPath } from 'node:url';
import { facetOptions } from '../../src/lib/shared/facet-filter.ts';
import { jsonLdText } from '../../src/lib/shared/jsonld.ts';
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { checkContent, checkEntry } from '../../src/lib/content/check.ts';
import { checkCrossReferences, type CheckedEntry } from '../../src/lib/content/crossrefs.ts';
import { formatProblem } from '../../src/lib/content/problems.ts';
import { normaliseIsbn } from '../../src/lib/shared/isbn.ts';
import {
  bookFacets,
  bookJsonLd,
  booksApi,
  coverTheme,
  creditLine,
  imprint,
  recommendationsByBook,
  sortByTitle,
  type BookData,
  type BooklistEntry,
} from '../../src/lib/books/books.ts';
import { QUIET_ZONE as QR_MARGIN, qrPath } from '../../src/lib/shared/qr.ts';
import { bookAudiences, bookSchema } from '../../src/schemas/book.ts';
import { booklistSchema, type Booklist } from '../../src/schemas/booklist.ts';
import { readingSchema, sitePath } from '../../src/schemas/reading.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
/** The fictional province (tests/fixtures/province/): a folder with a content/ of its own. */
const fixtureRoot = fileURLToPath(new URL('../fixtures/province', import.meta.url));
const image = () => z.string();
const messages = (file: string, text: string, schema: z.ZodType) =>
  checkEntry(file, text, schema).problems.map(formatProblem);

const bookJson = {
  title: '书',
  contributors: [{ name: '某' }],
  publisher: '某社',
  categories: ['生活'],
  audiences: ['通用'],
  description: '简介',
};
const book = (over: Partial<BookData> = {}): BookData =>
  bookSchema({ image }).parse({ ...bookJson, ...over }) as BookData;
const list = (id: string, books: string[], over: Partial<Booklist> = {}): BooklistEntry => ({
  id,
  data: booklistSchema.parse({
    title: id,
    description: '说明',
    kind: '主题书单',
    edition: '2030',
    recommender: { name: '示例：王某', role: '专家' },
    books: books.map((b) => ({ book: b, reason: `${b} 的理由` })),
    sample: true,
    ...over,
  }),
  year: 2030,
});
const entry = (collection: string, id: string, data: Record<string, unknown>): CheckedEntry => ({
  collection,
  id,
  file: `content/${collection}/${id}.${collection === 'booklists' ? 'mdx' : 'json'}`,
  text: '',
  data,
});

describe('ISBN rules', () => {
  it('accepts ISBN-13 with or without hyphens and spaces, 978 and 979 alike', () => {
    expect(normaliseIsbn('978-7-02-004929-5')).toBe('9787020049295');
    expect(normaliseIsbn('978 7 5366 9293 0')).toBe('9787536692930');
    expect(normaliseIsbn('979-10-32305-69-0')).toBe('9791032305690');
  });

  it('converts ISBN-10, including the check character X, to ISBN-13', () => {
    expect(normaliseIsbn('7-5366-9293-5')).toBe('9787536692930');
    expect(normaliseIsbn('7-02-004929-X')).toBe('9787020049295');
    expect(normaliseIsbn('7-02-004929-x')).toBe('9787020049295');
  });

  it('refuses wrong check digits, wrong lengths and other prefixes', () => {
    for (const bad of [
      '9787020049296',
      '7-02-004929-5',
      '978702004929',
      '97870200492950',
      '9777020049295',
      'ISBN9787020049295',
    ]) {
      expect(normaliseIsbn(bad), bad).toBeUndefined();
    }
  });

  it('reports a wrong check digit as an editor error naming the file, line and value', () => {
    const text = JSON.stringify({ ...bookJson, isbn: '978-7-02-004929-6' }, null, 2);
    expect(messages('content/books/pingfan.json', text, bookSchema({ image }))).toEqual([
      'content/books/pingfan.json 第 16 行，字段 isbn：ISBN "978-7-02-004929-6" 校验位不对：请对照图书版权页逐位核对；不确定时删去 isbn 这一行（看到的值："978-7-02-004929-6"）',
    ]);
  });

  it('stores the normalised ISBN-13', () => {
    const { data, problems } = checkEntry(
      'content/books/x.json',
      JSON.stringify({ ...bookJson, isbn: '7-02-004929-X' }),
      bookSchema({ image }),
    );
    expect(problems).toEqual([]);
    expect(data?.isbn).toBe('9787020049295');
  });

  it('refuses the same ISBN twice, even when written differently', () => {
    const a = bookSchema({ image }).parse({ ...bookJson, isbn: '978-7-02-004929-5' });
    const b = bookSchema({ image }).parse({ ...bookJson, isbn: '7-02-004929-X' });
    expect(checkCrossReferences([entry('books', 'a', a), entry('books', 'b', b)])).toEqual([
      {
        file: 'content/books/b.json',
        field: 'isbn',
        found: '"9787020049295"',
        message: 'ISBN与 content/books/a.json 重复：同一ISBN只能出现一次',
      },
    ]);
  });
});

describe('list and book cross-references', () => {
  it('names the missing book and the books that exist', () => {
    const problems = checkCrossReferences([
      entry('books', 'huozhe', book()),
      entry('booklists', 'l', {
        books: [
          { book: 'huozhe', reason: 'r' },
          { book: 'huo-zhe', reason: 'r' },
        ],
      }),
    ]);
    expect(problems).toEqual([
      {
        file: 'content/booklists/l.mdx',
        field: 'books.1.book',
        found: '"huo-zhe"',
        message: '找不到这个图书：content/books/ 中没有名为 huo-zhe 的文件。现有的有：huozhe',
      },
    ]);
  });

  it("checks a book's guide page and the reading overview's platforms and edition", () => {
    const problems = checkCrossReferences([
      entry('books', 'x', book({ guide: 'daodu-x' })),
      entry('reading', '2023', {
        edition: '2024',
        activities: [{ platforms: ['sxlll'] }],
        whereToRead: { platforms: ['nowhere'] },
      }),
      entry('platforms', 'sxlll', {}),
    ]);
    expect(problems.map((p) => `${p.file} ${p.field}`)).toEqual([
      'content/books/x.json guide',
      'content/reading/2023.json edition',
      'content/reading/2023.json whereToRead.platforms.0',
    ]);
  });

  it('refuses a book listed twice in one list', () => {
    const text =
      '---\ntitle: 书单\ndescription: 说明\nkind: 主题书单\nedition: "2030"\nrecommender:\n  name: 示例：王某\n  role: 专家\nbooks:\n  - book: a\n    reason: 理由\n  - book: a\n    reason: 理由\nsample: true\n---\n';
    expect(messages('content/booklists/x.mdx', text, booklistSchema)).toEqual([
      'content/booklists/x.mdx 第 12 行，字段 books.1.book：a 在这个书单里出现了两次：每本书只列一次（看到的值："a"）',
    ]);
  });

  it('asks for the provenance of every list that is not sample data', () => {
    const text =
      '---\ntitle: 书单\ndescription: 说明\nkind: 社长荐书\nedition: "2030"\nrecommender:\n  name: 某社\n  role: 编辑部\nbooks:\n  - book: a\n    reason: 理由\n---\n';
    expect(messages('content/booklists/x.mdx', text, booklistSchema)).toEqual([
      'content/booklists/x.mdx，字段 source：正式书单要写明出处 source（文件或名单名称，最好再写文号和日期）；演示用的书单写 sample: true',
    ]);
  });

  it('groups recommendations by book with their rank, in list order', () => {
    const recs = recommendationsByBook([list('a', ['x', 'y']), list('b', ['y', 'z', 'x'])]);
    expect(recs.get('x')!.map((r) => [r.list.id, r.rank, r.reason])).toEqual([
      ['a', 1, 'x 的理由'],
      ['b', 3, 'x 的理由'],
    ]);
    expect(recs.get('z')!.map((r) => r.rank)).toEqual([2]);
    expect(recs.has('w')).toBe(false);
  });
});

describe('book helpers', () => {
  it('writes credit lines as on a Chinese title page', () => {
    expect(creditLine([{ name: '路遥', role: '著' }])).toBe('路遥 著');
    expect(
      creditLine([
        { name: '罗广斌', role: '著' },
        { name: '杨益言', role: '著' },
      ]),
    ).toBe('罗广斌、杨益言 著');
    expect(
      creditLine([
        { name: '山姆·麦克布雷尼', role: '著' },
        { name: '安妮塔·婕朗', role: '绘' },
        { name: '梅子涵', role: '译' },
      ]),
    ).toBe('山姆·麦克布雷尼 著；安妮塔·婕朗 绘；梅子涵 译');
  });

  it('writes the imprint with the year only when known', () => {
    expect(imprint({ publisher: '人民文学出版社', year: 2005 })).toBe('人民文学出版社，2005年');
    expect(imprint({ publisher: '中华书局' })).toBe('中华书局');
  });

  it('sorts titles in pinyin order', () => {
    const titles = ['围城', '阿Q正传', '白鹿原', '中国哲学简史', '活着'];
    expect(
      sortByTitle(titles.map((title, i) => ({ id: String(i), data: book({ title }) }))).map((b) => b.data.title),
    ).toEqual(['阿Q正传', '白鹿原', '活着', '围城', '中国哲学简史']);
  });

  it('picks a stable cover theme within range', () => {
    expect(coverTheme('pingfan-de-shijie', 6)).toBe(coverTheme('pingfan-de-shijie', 6));
    const themes = new Set(
      ['a', 'b', 'c', 'santi', 'huozhe', 'weicheng', 'xiyouji', 'hongyan'].map((id) => coverTheme(id, 6)),
    );
    expect([...themes].every((t) => t >= 0 && t < 6)).toBe(true);
    expect(themes.size).toBeGreaterThan(2);
  });

  it('derives facets and counts per value', () => {
    const recs = recommendationsByBook([list('a', ['x']), list('b', ['x'])]);
    const facets = bookFacets(
      book({ categories: ['文学艺术'], audiences: ['老年人', '通用'], formats: ['纸质', '有声'] }),
      recs.get('x')!,
    );
    expect(facets).toEqual({
      list: ['a', 'b'],
      category: ['文学艺术'],
      audience: ['老年人', '通用'],
      format: ['纸质', '有声'],
    });
    expect(facetOptions([facets], 'audience', (v) => v, bookAudiences)).toEqual([
      { value: '老年人', label: '老年人', count: 1 },
      { value: '通用', label: '通用', count: 1 },
    ]);
  });
});

describe('JSON-LD and the JSON endpoint', () => {
  const data = book({
    title: '猜猜我有多爱你',
    contributors: [
      { name: '山姆·麦克布雷尼', role: '著', organisation: false },
      { name: '安妮塔·婕朗', role: '绘', organisation: false },
      { name: '梅子涵', role: '译', organisation: false },
      { name: '某研究所', role: '校注', organisation: true },
    ],
    formats: ['纸质', '电子书'],
    isbn: '9787020049295',
    year: 2005,
  });

  it('describes a book with schema.org roles, organisations and formats', () => {
    const ld = bookJsonLd(data, 'https://example.org/books/x/');
    expect(ld).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Book',
      '@id': 'https://example.org/books/x/#book',
      name: '猜猜我有多爱你',
      author: [{ '@type': 'Person', name: '山姆·麦克布雷尼' }],
      illustrator: [{ '@type': 'Person', name: '安妮塔·婕朗' }],
      translator: [{ '@type': 'Person', name: '梅子涵' }],
      // schema.org's editor is a Person; an editing organisation is a contributor.
      contributor: [{ '@type': 'Organization', name: '某研究所' }],
      isbn: '9787020049295',
      datePublished: '2005',
      inLanguage: 'zh-CN',
      workExample: [{ '@type': 'Book', name: '猜猜我有多爱你', bookFormat: 'https://schema.org/EBook' }],
    });
    expect(ld).not.toHaveProperty('editor');
    const bare = bookJsonLd(book(), 'https://example.org/books/y/');
    expect(bare).not.toHaveProperty('isbn');
    expect(bare).not.toHaveProperty('workExample');
    expect(bare).not.toHaveProperty('datePublished');
  });

  it('escapes "<" so the text cannot close its script element', () => {
    const text = jsonLdText({ name: '</script><script>alert(1)</script>' });
    expect(text).not.toContain('<');
    expect(JSON.parse(text)).toEqual({ name: '</script><script>alert(1)</script>' });
  });

  it('builds the payload with both directions of the cross-reference', () => {
    const api = booksApi(
      [
        { id: 'x', data },
        { id: 'y', data: book() },
      ],
      [list('a', ['y', 'x'])],
      {
        schema: 'https://e.org/api/books.schema.json',
        book: (id) => `https://e.org/books/${id}/`,
        list: (id) => `https://e.org/booklists/${id}/`,
        printList: (id) => `https://e.org/booklists/${id}/print/`,
        page: (id) => `https://e.org/${id}/`,
      },
    );
    expect(api.books[0]).toMatchObject({
      id: 'x',
      url: 'https://e.org/books/x/',
      isbn: '9787020049295',
      lists: [{ id: 'a', rank: 2, reason: 'x 的理由', sample: true }],
    });
    expect(api.books[0]!.contributors[3]).toEqual({ name: '某研究所', role: '校注', organisation: true });
    expect(api.lists[0]).toMatchObject({
      id: 'a',
      printUrl: 'https://e.org/booklists/a/print/',
      books: [
        { rank: 1, book: 'y' },
        { rank: 2, book: 'x' },
      ],
    });
    expect(JSON.parse(JSON.stringify(api))).toEqual(api);
  });
});

describe('QR codes', () => {
  it('draws exactly the dark modules of the code, inside a four-module quiet zone', () => {
    const text = 'https://xuexizhou.example.org/booklists/2023-changzhe-yuedu/';
    const { size, d } = qrPath(text);
    const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
    expect(size).toBe(modules.size + 2 * QR_MARGIN);
    const drawn = new Set<string>();
    for (const [, x, y, w] of d.matchAll(/M(\d+) (\d+)h(\d+)v1h-\3z/g)) {
      for (let i = 0; i < Number(w); i++) drawn.add(`${Number(x) + i - QR_MARGIN},${Number(y) - QR_MARGIN}`);
    }
    const dark = new Set<string>();
    for (let y = 0; y < modules.size; y++)
      for (let x = 0; x < modules.size; x++) if (modules.get(y, x)) dark.add(`${x},${y}`);
    expect(drawn).toEqual(dark);
    expect(d.replace(/M\d+ \d+h(\d+)v1h-\1z/g, '')).toBe('');
  });
});

describe('site paths in the reading overview', () => {
  it('accepts paths, queries and anchors of this site only', () => {
    for (const ok of ['/booklists/', '/books/?audience=家庭亲子', '/reading/#daodu', '/'])
      expect(sitePath.safeParse(ok).success, ok).toBe(true);
    for (const bad of ['booklists/', '/booklists', 'https://e.org/', '//e.org/', '/Books/'])
      expect(sitePath.safeParse(bad).success, bad).toBe(false);
  });
});

// Editorial rules that hold for any province's content, checked on the real content and the fixture.
describe.each([
  ['the real content', root],
  ['the province fixture', fixtureRoot],
])('the reading content of %s', async (_, dir) => {
  const { problems, entries } = await checkContent(dir);
  const of = (collection: string) => entries.filter((e) => e.collection === collection);
  const books = of('books');
  const lists = of('booklists');

  it('has no problems, and every book is in a list', () => {
    expect(problems.map(formatProblem)).toEqual([]);
    const listed = new Set(lists.flatMap((l) => l.data.books.map((b: { book: string }) => b.book)));
    expect(books.map((b) => b.id).filter((id) => !listed.has(id))).toEqual([]);
  });

  it('marks invented recommenders as sample data with obviously sample names', () => {
    for (const l of lists.filter((l) => l.data.sample)) {
      expect(l.data.recommender.name, l.file).toMatch(/^示例/);
      expect(l.data.recommender.press ?? '示例', l.file).toMatch(/^示例/);
    }
  });

  it('gives ISBNs only as valid, unique ISBN-13', () => {
    const isbns = books.flatMap((b) => (b.data.isbn ? [b.data.isbn] : []));
    expect(isbns.every((i) => normaliseIsbn(i) === i)).toBe(true);
    expect(new Set(isbns).size).toBe(isbns.length);
  });

  it('points every guide field at a page of kind "guide", and every guide page is used', () => {
    const guides = of('pages').filter((p) => p.data.kind === 'guide');
    const used = books.flatMap((b) => (b.data.guide ? [b.data.guide] : []));
    expect(used.every((g) => guides.some((p) => p.id === g))).toBe(true);
    expect(guides.map((g) => g.id).sort()).toEqual([...new Set(used)].sort());
  });
});

describe('the province fixture’s reading content', async () => {
  const { entries } = await checkContent(fixtureRoot);
  const of = (collection: string) => entries.filter((e) => e.collection === collection);
  const books = of('books');

  it('has lists in both editions and serves every audience, with no cover images', () => {
    expect(new Set(of('booklists').map((l) => l.data.edition))).toEqual(new Set(['2030', '2031']));
    for (const audience of bookAudiences) {
      expect(books.filter((b) => b.data.audiences.includes(audience)).length, audience).toBeGreaterThanOrEqual(1);
    }
    expect(books.filter((b) => b.data.cover)).toEqual([]);
  });

  it('describes each edition’s reading campaign', () => {
    for (const edition of ['2030', '2031']) {
      const reading = readingSchema.parse(of('reading').find((r) => r.id === edition)!.data);
      expect(reading.edition).toBe(edition);
      expect(reading.activities.map((a) => a.name)).toEqual(['主题阅读活动', '线上社会大讲堂']);
      const lectures = reading.activities.find((a) => a.id === 'dajiangtang')!;
      expect(lectures.items.map((i) => i.name)).toEqual(['导学导读', '读书征文']);
    }
  });
});
