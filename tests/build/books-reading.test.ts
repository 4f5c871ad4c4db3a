/**
 * The built reading section: pages, cross-references, JSON-LD, /api/books.json, QR codes and page
 * weight. The first part holds for any content and runs on the real site and on the province
 * fixture; the second names the fixture's books, lists and pages (tests/fixtures/province/).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content/check.ts';
import type { CheckedEntry } from '../../src/lib/content/crossrefs.ts';
import { qrPath } from '../../src/lib/shared/qr.ts';
import { pathOf } from '../../scripts/lib/dist-files.ts';
import { province, provinceOrigin, provinceSiteDir } from '../helpers/province.ts';
import { realRoot, realSite } from '../helpers/real-site.ts';

const origin = provinceOrigin;
const absolute = (path: string) => `${origin}${path}`;

describe.each([
  ['the real site', realRoot, realSite],
  ['the province fixture', provinceSiteDir, province],
] as const)('the reading section of %s', (_, root, site) => {
  const { page, htmlFiles, dist: distDir } = site();
  let books: CheckedEntry[] = [];
  let lists: CheckedEntry[] = [];
  const years = new Map<string, number>();
  beforeAll(async () => {
    const { entries } = await checkContent(root);
    books = entries.filter((e) => e.collection === 'books');
    lists = entries.filter((e) => e.collection === 'booklists');
    for (const e of entries.filter((x) => x.collection === 'editions')) years.set(e.id, e.data.year);
  });

  /** Resolves a link on a built page to the file that serves it, or undefined when it leads nowhere. */
  function target(href: string): string | undefined {
    const path = decodeURIComponent(new URL(href, origin).pathname);
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
      for (const b of books) {
        const file = `books/${b.id}/index.html`;
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
        expect(bytes, file).toBeLessThan(40 * 1024);
      }
    });
  });

  describe('a list page', () => {
    it('shows the recommender, provenance and the books in order with their reasons', () => {
      for (const l of lists) {
        const file = `booklists/${l.id}/index.html`;
        const doc = page(file);
        const text = doc.querySelector('main')!.text;
        expect(text).toContain(l.data.recommender.name);
        expect(text).toContain(`${years.get(l.data.edition)}年`);
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
        expect(item.url.startsWith(`${origin}/`)).toBe(true);
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
  });
});

describe('the province fixture’s reading section', () => {
  const { page } = province();
  const mainText = (file: string) => page(file).querySelector('main')!.text;

  it('presents each reading activity of the current notice with its time and organisers', () => {
    const text = mainText('reading/index.html');
    for (const fact of [
      '2031年8月—11月',
      '示教终〔2031〕1号',
      '主题阅读活动',
      '示例荐书',
      '亲子共读',
      '线上社会大讲堂',
      '导学导读',
      '读书征文',
      '示例开放大学',
    ]) {
      expect(text, fact).toContain(fact);
    }
  });

  it('keeps the past edition’s overview at /reading/2030/, with that edition’s time and notice', () => {
    const text = mainText('reading/2030/index.html');
    expect(text).toContain('2030年8月—11月');
    expect(text).toContain('示教终〔2030〕1号');
    expect(page('reading/2030/index.html').querySelector('main a[href="/notice-2030/"]')).not.toBeNull();
  });

  it('shows platform addresses without a cited source as text, never as links', () => {
    const doc = page('reading/index.html');
    expect(doc.querySelectorAll('main a').some((a) => /shili-lll|lll\.shili/.test(a.getAttribute('href') ?? ''))).toBe(
      false,
    );
    expect(doc.querySelectorAll('main .web-address--unverified .web-address__text').map((s) => s.text)).toContain(
      'www.shili-lll.example',
    );
    expect(doc.querySelector('main a[href="https://learn.example.org/"]')).not.toBeNull();
  });

  it('labels each book card with the facets the filter reads', () => {
    const card = page('books/index.html')
      .querySelectorAll('[data-book-card]')
      .find((c) => c.querySelector('a')?.getAttribute('href') === '/books/jia-shu/')!;
    expect(card.getAttribute('data-list')!.split('|').sort()).toEqual(['2030-changzhe', '2031-qinzi']);
    expect(card.getAttribute('data-audience')!.split('|')).toContain('老年人');
  });

  it('shows a list’s edition year and the ISBN as given', () => {
    expect(mainText('booklists/2030-changzhe/index.html')).toContain('年份：2030年');
    expect(mainText('books/jia-shu/index.html')).toContain('9780000000002');
  });

  it('invents no deadline or address for the 征文', () => {
    const text = mainText('dushu-zhengwen-2031/index.html');
    expect(text).toContain('以组织单位发布的征文启事为准');
    expect(text).not.toMatch(/截止(日期|时间)[:：]\s*\d/);
    expect(page('dushu-zhengwen-2031/index.html').querySelectorAll('main a[href^="http"]')).toHaveLength(0);
  });
});
