import type { APIRoute } from 'astro';
import { loadRedirects, toNginxMap } from '../lib/redirects.ts';

/** The redirect table as an nginx map, included by the shipped nginx configuration for real 301s. */
export const GET: APIRoute = async () =>
  new Response(toNginxMap(await loadRedirects(), import.meta.env.BASE_URL), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
