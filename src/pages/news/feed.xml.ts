/** RSS 2.0 of 活动动态, newest first, full content, absolute URLs. */
import type { APIRoute } from 'astro';
import { newsRss } from '../../components/stories/feeds.ts';

export const GET: APIRoute = async () =>
  new Response(await newsRss(), { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
