/** RSS 2.0 of every case, full content, absolute URLs; an item's guid is its permanent URL. */
import type { APIRoute } from 'astro';
import { casesRss } from '../../components/stories/feeds.ts';

export const GET: APIRoute = async () =>
  new Response(await casesRss(), { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
