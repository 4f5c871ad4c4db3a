import type { APIRoute } from 'astro';
import { shortCodePath, storyPath } from '../lib/stories/permalinks.ts';
import { loadRedirects, toNginxMap } from '../lib/site/redirects.ts';
import { allCases } from '../lib/stories/load.ts';
import { siteConfig } from '../site.config.ts';

/**
 * The redirect table as an nginx map, included by the shipped nginx configuration for real 301s:
 * moved pages first, then every case's short URL (/c/2023-001/ → /cases/<id>/).
 */
export const GET: APIRoute = async () => {
  const shortCodes = (await allCases()).map((c) => ({
    from: shortCodePath(c.data.shortCode),
    to: storyPath('cases', c.id),
  }));
  return new Response(toNginxMap([...(await loadRedirects()), ...shortCodes], siteConfig.base), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
