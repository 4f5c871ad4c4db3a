import type { APIRoute } from 'astro';
import { shortCodePath, storyPath } from '../lib/stories/permalinks.ts';
import { readFile } from 'node:fs/promises';
import { loadRedirects, toNginxMap, withSubpathMoves } from '../lib/site/redirects.ts';
import { allCases } from '../lib/stories/load.ts';
import { siteConfig } from '../site.config.ts';

/**
 * The redirect table as an nginx map, included by the shipped nginx configuration for real 301s:
 * moved pages (and the files under them) first, then every case's short URL (/c/2023-001/ → /cases/<id>/).
 */
export const GET: APIRoute = async () => {
  const shortCodes = (await allCases()).map((c) => ({
    from: shortCodePath(c.data.shortCode),
    to: storyPath('cases', c.id),
  }));
  // The manifest lists every file ever published, so a moved page's poster is redirected too.
  const published: string[] = JSON.parse(await readFile('content/published-urls.json', 'utf8'));
  const moves = withSubpathMoves(await loadRedirects(), published);
  return new Response(toNginxMap([...moves, ...shortCodes], siteConfig.base), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
