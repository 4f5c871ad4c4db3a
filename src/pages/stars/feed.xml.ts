/** RSS 2.0 of every star's story, full content, absolute URLs. */
import type { APIRoute } from 'astro';
import { starsRss } from '../../components/stories/feeds.ts';

export const GET: APIRoute = async () =>
  new Response(await starsRss(), { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
