/**
 * Loads books and lists once per build (memoised at module scope: every book page
 * needs the lists, and walking them per page would make the build O(n²)).
 */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import type { BooksDocument } from '../../schemas/api/books.ts';
import { dataPaths, schemaPathOf } from '../data/endpoints.ts';
import { bookFacets, booksApi, recommendationsByBook, sortByTitle, type Recommendation } from './books.ts';
import type { BookFacet } from './filter.ts';
import { sitePath, siteUrl } from '../site/urls.ts';
import { allEditions } from '../site/load.ts';

export interface ReadingData {
  /** Every book, in title order. */
  books: CollectionEntry<'books'>[];
  /** Every book, by id (a list names its books by id). */
  bookById: Map<string, CollectionEntry<'books'>>;
  /** Every list, newest year first, then by title; each knows its edition's year. */
  lists: ListEntry[];
  /** Recommendations of each book, by book id. */
  recommendations: Map<string, Recommendation[]>;
  /** Filter facets of each book, by book id. */
  facets: Map<string, Record<BookFacet, string[]>>;
  /** Reading guides (pages of kind "guide"), by page id. */
  guides: Map<string, CollectionEntry<'pages'>>;
}

/** A booklist with the year of its edition. */
export type ListEntry = CollectionEntry<'booklists'> & { year: number };

let loaded: Promise<ReadingData> | undefined;

async function load(): Promise<ReadingData> {
  const [books, entries, pages, editions] = await Promise.all([
    getCollection('books'),
    getCollection('booklists'),
    getCollection('pages'),
    allEditions(),
  ]);
  const years = new Map(editions.map((e) => [e.id, e.data.year]));
  // The content guard has checked every list's edition, so the year is always found.
  const lists: ListEntry[] = entries.map((entry) => ({ ...entry, year: years.get(entry.data.edition) ?? 0 }));
  const sortedLists = lists.sort((a, b) => b.year - a.year || a.data.title.localeCompare(b.data.title, 'zh-CN'));
  const recommendations = recommendationsByBook(sortedLists);
  const facets = new Map(books.map((b) => [b.id, bookFacets(b.data, recommendations.get(b.id) ?? [])]));
  const guides = new Map(pages.filter((p) => p.data.kind === 'guide').map((p) => [p.id, p]));
  return {
    books: sortByTitle(books),
    bookById: new Map(books.map((b) => [b.id, b])),
    lists: sortedLists,
    recommendations,
    facets,
    guides,
  };
}

/** Returns all books and lists with their cross-references. */
export function readingData(): Promise<ReadingData> {
  loaded ??= load();
  return loaded;
}

/** Static paths of a list's pages (online and large print): one per list. */
export async function booklistPaths() {
  const { lists } = await readingData();
  return lists.map((list) => ({ params: { id: list.id }, props: { list } }));
}

// The reading section's routes without the base; pages link with readingPaths, data files with readingUrls.
const routes = {
  reading: () => '/reading/',
  books: (query = '') => `/books/${query}`,
  book: (id: string) => `/books/${id}/`,
  lists: () => '/booklists/',
  list: (id: string) => `/booklists/${id}/`,
  printList: (id: string) => `/booklists/${id}/print/`,
  page: (id: string) => `/${id}/`,
};

type Routes = typeof routes;
const through = (to: (path: string) => string) =>
  Object.fromEntries(
    Object.entries(routes).map(([name, route]) => [
      name,
      (...args: string[]) => to((route as (...a: string[]) => string)(...args)),
    ]),
  ) as Routes;

/** Site paths of the reading section, with the base path applied. */
export const readingPaths = through(sitePath);

/** Absolute URLs of the reading section, for JSON-LD, the API and QR codes. */
export const readingUrls = through(siteUrl);

/** Builds /api/books.json: every book with the lists recommending it, and every list. */
export async function booksDocument(): Promise<BooksDocument> {
  const { books, lists } = await readingData();
  return booksApi(books, lists, {
    schema: siteUrl(schemaPathOf(dataPaths.books)),
    book: (id) => readingUrls.book(id),
    list: (id) => readingUrls.list(id),
    printList: (id) => readingUrls.printList(id),
    page: (id) => readingUrls.page(id),
  });
}

/**
 * An edition's reading overview (content/reading/<id>.json): the /reading/ pages show it, and every
 * book page its 到哪里借阅、阅读 (the current edition's). The content check makes sure the current
 * edition has one, and /reading/<id>/ exists only for editions that have one.
 */
export async function readingOf(editionId: string): Promise<CollectionEntry<'reading'>> {
  const reading = await getEntry('reading', editionId);
  if (!reading)
    throw new Error(
      `缺少 content/reading/${editionId}.json：全民阅读页面和图书页面的“到哪里借阅、阅读”一栏从这里读取这一届的全民阅读活动`,
    );
  return reading;
}
