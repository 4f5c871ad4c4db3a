/**
 * Loads books and lists once per build (memoised at module scope: every book page
 * needs the lists, and walking them per page would make the build O(n²)).
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { siteConfig } from '../../site.config.ts';
import { bookFacets, recommendationsByBook, sortByTitle, type Recommendation } from './books.ts';
import type { FilterKey } from './filter.ts';
import { withBase } from '../shared/urls.ts';

export interface ReadingData {
  /** Every book, in title order. */
  books: CollectionEntry<'books'>[];
  /** Every book, by id (a list names its books by id). */
  bookById: Map<string, CollectionEntry<'books'>>;
  /** Every list, newest year first, then by title. */
  lists: CollectionEntry<'booklists'>[];
  /** Recommendations of each book, by book id. */
  recommendations: Map<string, Recommendation[]>;
  /** Filter facets of each book, by book id. */
  facets: Map<string, Record<FilterKey, string[]>>;
  /** Reading guides (pages of kind "guide"), by page id. */
  guides: Map<string, CollectionEntry<'pages'>>;
}

let loaded: Promise<ReadingData> | undefined;

async function load(): Promise<ReadingData> {
  const [books, lists, pages] = await Promise.all([getCollection('books'), getCollection('booklists'), getCollection('pages')]);
  const sortedLists = lists.sort((a, b) => b.data.year - a.data.year || a.data.title.localeCompare(b.data.title, 'zh-CN'));
  const recommendations = recommendationsByBook(sortedLists);
  const facets = new Map(books.map((b) => [b.id, bookFacets(b.data, recommendations.get(b.id) ?? [])]));
  const guides = new Map(pages.filter((p) => p.data.kind === 'guide').map((p) => [p.id, p]));
  return { books: sortByTitle(books), bookById: new Map(books.map((b) => [b.id, b])), lists: sortedLists, recommendations, facets, guides };
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

const base = import.meta.env.BASE_URL;

/** Site paths of the reading section, with the base path applied. */
export const readingPaths = {
  reading: () => withBase(base, '/reading/'),
  books: (query = '') => withBase(base, `/books/${query}`),
  book: (id: string) => withBase(base, `/books/${id}/`),
  lists: () => withBase(base, '/booklists/'),
  list: (id: string) => withBase(base, `/booklists/${id}/`),
  printList: (id: string) => withBase(base, `/booklists/${id}/print/`),
  page: (id: string) => withBase(base, `/${id}/`),
};

/** Makes a site path absolute, for JSON-LD, the API and QR codes. */
export const absolute = (path: string) => new URL(path, siteConfig.site).href;
