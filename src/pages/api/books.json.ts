/** Every recommended book and every list as JSON, at a stable URL other platforms can pull: /api/books.json. */
import type { APIRoute } from 'astro';
import { booksApi } from '../../lib/books/books.ts';
import { absolute, readingData, readingPaths } from '../../lib/books/load.ts';

export const GET: APIRoute = async () => {
  const { books, lists } = await readingData();
  const payload = booksApi(books, lists, {
    book: (id) => absolute(readingPaths.book(id)),
    list: (id) => absolute(readingPaths.list(id)),
    printList: (id) => absolute(readingPaths.printList(id)),
    page: (id) => absolute(readingPaths.page(id)),
  });
  return new Response(JSON.stringify(payload), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
