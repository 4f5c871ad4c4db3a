/** JSON Feed 1.1 of every case, full content, absolute URLs; an item's id is its permanent URL. */
import type { APIRoute } from 'astro';
import { casesJsonFeed } from '../../components/stories/feeds.ts';

export const GET: APIRoute = async () =>
  new Response(await casesJsonFeed(), { headers: { 'Content-Type': 'application/feed+json; charset=utf-8' } });
