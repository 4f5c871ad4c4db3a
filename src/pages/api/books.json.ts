/** Every recommended book and every list as JSON, at a stable URL other platforms can pull: /api/books.json. */
import type { APIRoute } from 'astro';
import { booksApi } from '../../lib/books/books.ts';
import { readingData, readingUrls } from '../../lib/books/load.ts';

export const GET: APIRoute = async () => {
  const { books, lists } = await readingData();
  const payload = booksApi(books, lists, {
    book: (id) => readingUrls.book(id),
    list: (id) => readingUrls.list(id),
    printList: (id) => readingUrls.printList(id),
    page: (id) => readingUrls.page(id),
  });
  return new Response(JSON.stringify(payload), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
