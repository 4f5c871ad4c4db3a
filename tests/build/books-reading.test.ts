/** The built reading section: pages, cross-references, JSON-LD, /api/books.json, QR codes and page weight. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content/check.ts';
import type { CheckedEntry } from '../../src/lib/content/crossrefs.ts';
import { qrPath } from '../../src/lib/shared/qr.ts';
import { siteConfig } from '../../src/site.config.ts';
import { distDir, htmlFiles, page, pathOf } from '../../scripts/lib/dist-files.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
let books: CheckedEntry[] = [];
let lists: CheckedEntry[] = [];
let editionYears = new Map<string, number>();
beforeAll(async () => {
  const { entries } = await checkContent(root);
  editionYears = new Map(entries.filter((e) => e.collection === 'editions').map((e) => [e.id, e.data.year]));
  books = entries.filter((e) => e.collection === 'books');
  lists = entries.filter((e) => e.collection === 'booklists');
});

const absolute = (path: string) => `${siteConfig.site}${path}`;
const mainText = (file: string) => page(file).querySelector('main')!.text;

/** Resolves a link on a built page to the file that serves it, or undefined when it leads nowhere. */
function target(href: string): string | undefined {
  const path = decodeURIComponent(new URL(href, siteConfig.site).pathname);
  for (const file of [join(distDir, path), join(distDir, path, 'index.html')]) {
    if (existsSync(file) && !file.endsWith('/')) return file;
  }
  return undefined;
}

describe('the reading section is built', () => {
  it('has the overview, the book list, every book, every list and its print version', () => {
    const files = htmlFiles();
    expect(files).toContain('reading/index.html');
    expect(files).toContain('books/index.html');
    expect(files).toContain('booklists/index.html');
    for (const b of books) expect(files).toContain(`books/${b.id}/index.html`);
    for (const l of lists) {
      expect(files).toContain(`booklists/${l.id}/index.html`);
      expect(files).toContain(`booklists/${l.id}/print/index.html`);
    }
  });

  it('is in the main navigation', () => {
    const nav = page('index.html')
      .querySelectorAll('nav.site-nav a')
      .map((a) => [a.text, a.getAttribute('href')]);
    expect(nav).toContainEqual(['全民阅读', '/reading/']);
  });

  it('links only to pages and anchors that exist', () => {
    const files = htmlFiles().filter((f) => /^(reading|books|booklists|daodu-|dushu-)/.test(f));
    for (const file of files) {
      const doc = page(file);
      for (const a of doc.querySelectorAll('main a')) {
        const href = a.getAttribute('href')!;
        if (/^(https?:|mailto:|tel:)/.test(href)) continue;
        const url = new URL(href, absolute(pathOf(file)));
        const served = target(url.href);
        expect(served, `${file} → ${href}`).toBeDefined();
        const anchor = url.hash.slice(1);
        if (anchor)
          expect(page(served!.slice(distDir.length)).getElementById(anchor), `${file} → ${href}`).not.toBeNull();
      }
    }
  });
});

describe('the overview /reading/', () => {
  it('presents each reading activity of the notice with its time and organisers', () => {
    const text = mainText('reading/index.html');
    for (const fact of [
      '2023年8月—11月',
      '晋教职成〔2023〕12号',
      '主题阅读活动',
      '好书诵读',
      '“社长（总编）荐书”',
      '名家领读',
      '家庭亲子阅读',
      '线上社会大讲堂',
      '数字阅读分享活动',
      '专家荐书',
      '导学导读',
      '读者交流',
      '读书征文',
      '山西开放大学（山西省社区教育指导服务中心）',
    ]) {
      expect(text, fact).toContain(fact);
    }
  });

  it('shows platform addresses without a cited source as text, never as links', () => {
    const doc = page('reading/index.html');
    expect(
      doc.querySelectorAll('main a').some((a) => /sx111|sxlll|eduyun|ouchn/.test(a.getAttribute('href') ?? '')),
    ).toBe(false);
    expect(doc.querySelectorAll('main .web-address--unverified .web-address__text').map((s) => s.text)).toContain(
      'www.sx111.cn',
    );
  });
});

describe('the book list /books/', () => {
  const doc = page('books/index.html');

  it('lists every book without JavaScript, none hidden', () => {
    const cards = doc.querySelectorAll('[data-book-card]');
    expect(cards).toHaveLength(books.length);
    expect(cards.filter((c) => c.hasAttribute('hidden'))).toEqual([]);
  });

  it('offers a plain GET form whose fields are the query keys', () => {
    const form = doc.querySelector('form[data-facet-filter]')!;
    expect(form.getAttribute('method')).toBe('get');
    expect(form.getAttribute('action')).toBe('/books/');
    expect(form.querySelectorAll('select').map((s) => s.getAttribute('name'))).toEqual([
      'list',
      'category',
      'audience',
      'format',
    ]);
    expect(form.querySelector('button[type="submit"]')).not.toBeNull();
  });

  it('labels each card with the facets the filter reads', () => {
    const card = doc
      .querySelectorAll('[data-book-card]')
      .find((c) => c.querySelector('a')?.getAttribute('href') === '/books/pingfan-de-shijie/')!;
    const listsWithIt = lists
      .filter((l) => l.data.books.some((b: { book: string }) => b.book === 'pingfan-de-shijie'))
      .map((l) => l.id);
    expect(card.getAttribute('data-list')!.split('|').sort()).toEqual(listsWithIt.sort());
    expect(card.getAttribute('data-audience')!.split('|')).toContain('老年人');
  });
});

describe('a book page', () => {
  it('shows the catalogue facts, a generated cover and every recommending list with its reason', () => {
    for (const b of books) {
      const file = `books/${b.id}/index.html`;
      const doc = page(file);
      const text = doc.querySelector('main')!.text;
      expect(doc.querySelector('h1')!.text, file).toBe(b.data.title);
      expect(text, file).toContain(b.data.publisher);
      if (b.data.isbn) expect(text, file).toContain(b.data.isbn);
      expect(doc.querySelector('main .cover[aria-hidden="true"]'), file).not.toBeNull();
      expect(doc.querySelectorAll('main img'), file).toHaveLength(0);
      const recommending = lists.filter((l) => l.data.books.some((x: { book: string }) => x.book === b.id));
      const listLinks = doc.querySelectorAll('.recommended-by h3 a').map((a) => a.getAttribute('href'));
      expect(listLinks, file).toEqual(expect.arrayContaining(recommending.map((l) => `/booklists/${l.id}/`)));
      expect(listLinks, file).toHaveLength(recommending.length);
      for (const l of recommending) {
        expect(text, file).toContain(l.data.books.find((x: { book: string }) => x.book === b.id).reason);
        expect(text, file).toContain(l.data.recommender.name);
      }
      if (b.data.guide) expect(doc.querySelector(`main a[href="/${b.data.guide}/"]`), file).not.toBeNull();
    }
  });

  it('carries schema.org Book JSON-LD that parses and matches the page', () => {
    for (const b of books) {
      const file = `books/${b.id}/index.html`;
      const scripts = page(file).querySelectorAll('script[type="application/ld+json"]');
      expect(scripts, file).toHaveLength(1);
      const ld = JSON.parse(scripts[0]!.textContent);
      expect(ld['@context']).toBe('https://schema.org');
      expect(ld['@type']).toBe('Book');
      expect(ld.url).toBe(absolute(`/books/${b.id}/`));
      expect(ld.url).toBe(page(file).querySelector('link[rel="canonical"]')!.getAttribute('href'));
      expect(ld.name).toBe(b.data.title);
      expect(ld.publisher).toEqual({ '@type': 'Organization', name: b.data.publisher });
      expect(ld.isbn).toBe(b.data.isbn);
      const people = ['author', 'editor', 'translator', 'illustrator', 'contributor'].flatMap((role) =>
        (ld[role] ?? []).map((p: { name: string }) => p.name),
      );
      expect(people.sort(), file).toEqual(b.data.contributors.map((c: { name: string }) => c.name).sort());
      expect(ld.audience.map((a: { audienceType: string }) => a.audienceType)).toEqual(b.data.audiences);
    }
  });

  it('weighs less than 40 KB compressed, HTML, CSS and JavaScript together', () => {
    const file = 'books/pingfan-de-shijie/index.html';
    const html = readFileSync(join(distDir, file));
    const doc = page(file);
    const assets = [
      ...doc.querySelectorAll('link[rel="stylesheet"]').map((l) => l.getAttribute('href')!),
      ...doc.querySelectorAll('script[src]').map((s) => s.getAttribute('src')!),
    ];
    const bytes = [html, ...assets.map((a) => readFileSync(join(distDir, a)))].reduce(
      (sum, body) => sum + gzipSync(body).length,
      0,
    );
    expect(bytes).toBeLessThan(40 * 1024);
  });
});

describe('a list page', () => {
  it('shows the recommender, provenance and the books in order with their reasons', () => {
    for (const l of lists) {
      const file = `booklists/${l.id}/index.html`;
      const doc = page(file);
      const text = doc.querySelector('main')!.text;
      expect(text).toContain(l.data.recommender.name);
      expect(text).toContain(`${editionYears.get(l.data.edition)}年`);
      if (l.data.sample) expect(doc.querySelector('main .badge--sample'), file).not.toBeNull();
      expect(text).toContain(l.data.source ? l.data.source.title : '示例数据，并非正式发布的书单');
      const hrefs = doc.querySelectorAll('.ranked-books h3 a').map((a) => a.getAttribute('href'));
      expect(hrefs).toEqual(l.data.books.map((b: { book: string }) => `/books/${b.book}/`));
      for (const b of l.data.books) expect(text).toContain(b.reason);
      expect(doc.querySelector(`main a[href="/booklists/${l.id}/print/"]`)).not.toBeNull();
    }
  });

  it('has a large-print version with one block per book and a QR code of the online list', () => {
    for (const l of lists) {
      const doc = page(`booklists/${l.id}/print/index.html`);
      expect(doc.querySelectorAll('.print-book')).toHaveLength(l.data.books.length);
      const svg = doc.querySelector('svg.qr')!;
      const online = absolute(`/booklists/${l.id}/`);
      expect(svg.getAttribute('aria-label')).toContain(online);
      // The drawn code is the code of the online list's address, nothing else.
      expect(svg.querySelector('path')!.getAttribute('d')).toBe(qrPath(online).d);
    }
  });
});

describe('/api/books.json', () => {
  const api = JSON.parse(readFileSync(join(distDir, 'api/books.json'), 'utf8'));

  it('lists every book and every list with absolute URLs of built pages', () => {
    expect(api.books.map((b: { id: string }) => b.id).sort()).toEqual(books.map((b) => b.id).sort());
    expect(api.lists.map((l: { id: string }) => l.id).sort()).toEqual(lists.map((l) => l.id).sort());
    for (const item of [...api.books, ...api.lists]) {
      expect(item.url.startsWith(`${siteConfig.site}/`)).toBe(true);
      expect(target(item.url), item.url).toBeDefined();
    }
  });

  it('agrees with itself: each list names existing books, and each book names the lists that hold it', () => {
    const byId = new Map(api.books.map((b: { id: string }) => [b.id, b]));
    for (const l of api.lists) {
      l.books.forEach((entry: { rank: number; book: string; reason: string }, i: number) => {
        expect(entry.rank).toBe(i + 1);
        const book = byId.get(entry.book) as { lists: { id: string; rank: number; reason: string }[] };
        expect(book, entry.book).toBeDefined();
        expect(book.lists).toContainEqual({ id: l.id, rank: entry.rank, reason: entry.reason, sample: l.sample });
      });
    }
    const listed = api.lists.reduce((n: number, l: { books: unknown[] }) => n + l.books.length, 0);
    expect(api.books.reduce((n: number, b: { lists: unknown[] }) => n + b.lists.length, 0)).toBe(listed);
  });

  it('marks sample lists and keeps ISBNs as given', () => {
    for (const l of api.lists) expect(l.sample).toBe(lists.find((x) => x.id === l.id)!.data.sample);
    for (const b of api.books) expect(b.isbn).toBe(books.find((x) => x.id === b.id)!.data.isbn);
  });
});

describe('reading guides and the 征文 page', () => {
  it('link each guide to the books it guides', () => {
    for (const b of books.filter((x) => x.data.guide)) {
      const doc = page(`${b.data.guide}/index.html`);
      expect(doc.querySelector(`.guided-books a[href="/books/${b.id}/"]`), b.data.guide).not.toBeNull();
    }
  });

  it('invents no deadline or address for the 征文', () => {
    const text = mainText('dushu-zhengwen-2023/index.html');
    expect(text).toContain('以组织单位发布的征文启事为准');
    expect(text).not.toMatch(/截止(日期|时间)[:：]\s*\d/);
    expect(page('dushu-zhengwen-2023/index.html').querySelectorAll('main a[href^="http"]')).toHaveLength(0);
  });
});
