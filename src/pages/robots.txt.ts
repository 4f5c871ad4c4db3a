import type { APIRoute } from 'astro';
import { siteUrl } from '../lib/site/urls.ts';

/** robots.txt names the sitemap by absolute URL, so it is built from the configured site and base. */
export const GET: APIRoute = () =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${siteUrl('/sitemap-index.xml')}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
