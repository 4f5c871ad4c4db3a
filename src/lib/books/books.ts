/**
 * Pure helpers for recommended books and lists: cross-references, credit lines,
 * facets for filtering, schema.org JSON-LD and the /api/books.json payload.
 * No Astro imports: pages pass in the entries they loaded.
 */
import type { BookFormatType, Book as SchemaBook, Organization, Person, WithContext } from 'schema-dts';
import type { BooksDocument } from '../../schemas/api/books.ts';
import type { Book, Contributor } from '../../schemas/book.ts';
import type { Booklist } from '../../schemas/booklist.ts';
import type { BookFacet } from './filter.ts';

/** A book's data without its cover, whose type differs between Astro (image metadata) and scripts (a path). */
export type BookData = Omit<Book, 'cover'>;

export interface BookEntry {
  id: string;
  data: BookData;
}

export interface BooklistEntry {
  id: string;
  data: Booklist;
  /** The year of the list's edition (its `edition` names a file in content/editions/). */
  year: number;
}

/** One list's recommendation of one book. */
export interface Recommendation {
  list: BooklistEntry;
  /** 1-based position of the book in that list. */
  rank: number;
  reason: string;
}

/** Groups every list's recommendations by book id, lists in the order given; one pass over all lists. */
export function recommendationsByBook(lists: readonly BooklistEntry[]): Map<string, Recommendation[]> {
  const byBook = new Map<string, Recommendation[]>();
  for (const list of lists) {
    list.data.books.forEach(({ book, reason }, i) => {
      const recs = byBook.get(book) ?? [];
      recs.push({ list, rank: i + 1, reason });
      byBook.set(book, recs);
    });
  }
  return byBook;
}

/** Joins contributors into a credit line, roles after names as on a Chinese title page: "埃德加·斯诺 著；董乐山 译". */
export function creditLine(contributors: readonly Pick<Contributor, 'name' | 'role'>[]): string {
  const groups: { role: string; names: string[] }[] = [];
  for (const c of contributors) {
    const last = groups.at(-1);
    if (last?.role === c.role) last.names.push(c.name);
    else groups.push({ role: c.role, names: [c.name] });
  }
  return groups.map((g) => `${g.names.join('、')} ${g.role}`).join('；');
}

/** Writes publisher and year as printed under a title: "人民文学出版社，2005年"; the year only when known. */
export function imprint(book: Pick<BookData, 'publisher' | 'year'>): string {
  return book.year ? `${book.publisher}，${book.year}年` : book.publisher;
}

const titleCollator = new Intl.Collator('zh-CN');

/** Sorts books by title in Chinese (pinyin) order, without changing the input. */
export function sortByTitle<T extends BookEntry>(books: readonly T[]): T[] {
  return [...books].sort((a, b) => titleCollator.compare(a.data.title, b.data.title) || a.id.localeCompare(b.id));
}

/** Picks one of `count` cover colour schemes for a book id; stable across builds (FNV-1a hash). */
export function coverTheme(id: string, count: number): number {
  let hash = 0x811c9dc5;
  for (const ch of id) {
    hash ^= ch.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % count;
}

/** Lists the values a book can be filtered by: the lists that recommend it, its categories, audiences and formats. */
export function bookFacets(book: BookData, recommendations: readonly Recommendation[]): Record<BookFacet, string[]> {
  return {
    list: recommendations.map((r) => r.list.id),
    category: [...book.categories],
    audience: [...book.audiences],
    format: [...book.formats],
  };
}

const jsonLdRoles: Record<Contributor['role'], 'author' | 'editor' | 'translator' | 'illustrator'> = {
  著: 'author',
  编著: 'author',
  编: 'editor',
  主编: 'editor',
  选编: 'editor',
  校注: 'editor',
  译: 'translator',
  译注: 'translator',
  绘: 'illustrator',
};

const jsonLdFormats: Partial<Record<BookData['formats'][number], BookFormatType>> = {
  电子书: 'https://schema.org/EBook',
  有声: 'https://schema.org/AudiobookFormat',
};

/** Describes a book as schema.org `Book` JSON-LD; sample recommendations are left out because they are not facts. */
export function bookJsonLd(book: BookData, url: string): WithContext<SchemaBook> {
  // schema.org lets an organisation be an author or translator, but an editor or illustrator only a
  // person: an editing or drawing organisation is listed as a plain contributor instead.
  const people: {
    author?: (Person | Organization)[];
    translator?: (Person | Organization)[];
    editor?: Person[];
    illustrator?: Person[];
    contributor?: Organization[];
  } = {};
  for (const c of book.contributors) {
    const role = jsonLdRoles[c.role];
    if (!c.organisation) (people[role] ??= []).push({ '@type': 'Person', name: c.name });
    else if (role === 'author' || role === 'translator')
      (people[role] ??= []).push({ '@type': 'Organization', name: c.name });
    else (people.contributor ??= []).push({ '@type': 'Organization', name: c.name });
  }
  const otherFormats = book.formats.flatMap((f): SchemaBook[] =>
    jsonLdFormats[f] ? [{ '@type': 'Book', name: book.title, bookFormat: jsonLdFormats[f] }] : [],
  );
  return {
    '@context': 'https://schema.org',
    '@type': 'Book',
    '@id': `${url}#book`,
    url,
    name: book.title,
    ...(book.subtitle ? { alternativeHeadline: book.subtitle } : {}),
    ...people,
    publisher: { '@type': 'Organization', name: book.publisher },
    ...(book.year ? { datePublished: String(book.year) } : {}),
    ...(book.isbn ? { isbn: book.isbn } : {}),
    inLanguage: 'zh-CN',
    genre: book.categories,
    audience: book.audiences.map((a) => ({ '@type': 'Audience', audienceType: a })),
    description: book.description,
    ...(otherFormats.length ? { workExample: otherFormats } : {}),
  };
}

/** Builds the /api/books.json payload: every book with the lists recommending it, and every list in order. */
export function booksApi(
  books: readonly BookEntry[],
  lists: readonly BooklistEntry[],
  urls: {
    schema: string;
    book: (id: string) => string;
    list: (id: string) => string;
    printList: (id: string) => string;
    page: (id: string) => string;
  },
): BooksDocument {
  const recs = recommendationsByBook(lists);
  return {
    $schema: urls.schema,
    books: books.map(({ id, data }) => ({
      id,
      url: urls.book(id),
      title: data.title,
      ...(data.subtitle ? { subtitle: data.subtitle } : {}),
      contributors: data.contributors.map((c) => ({
        name: c.name,
        role: c.role,
        ...(c.organisation ? { organisation: true as const } : {}),
      })),
      publisher: data.publisher,
      ...(data.year ? { year: data.year } : {}),
      ...(data.isbn ? { isbn: data.isbn } : {}),
      categories: data.categories,
      audiences: data.audiences,
      formats: data.formats,
      description: data.description,
      ...(data.guide ? { guide: urls.page(data.guide) } : {}),
      lists: (recs.get(id) ?? []).map((r) => ({
        id: r.list.id,
        rank: r.rank,
        reason: r.reason,
        sample: r.list.data.sample,
      })),
      sample: data.sample,
    })),
    lists: lists.map(({ id, data, year }) => ({
      id,
      url: urls.list(id),
      printUrl: urls.printList(id),
      title: data.title,
      description: data.description,
      kind: data.kind,
      year,
      edition: data.edition,
      recommender: data.recommender,
      ...(data.source ? { source: data.source } : {}),
      books: data.books.map((b, i) => ({ rank: i + 1, book: b.book, reason: b.reason })),
      sample: data.sample,
    })),
  };
}
