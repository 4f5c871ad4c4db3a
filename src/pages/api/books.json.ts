/** Every recommended book and every list as JSON, at a stable URL other platforms can pull: /api/books.json (schema: /api/books.schema.json). */
import type { APIRoute } from 'astro';
import { booksDocument } from '../../lib/books/load.ts';

// Written compact, as it always was: the bytes of a published file change only on purpose.
export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await booksDocument()), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
