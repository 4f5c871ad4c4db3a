import type { APIRoute } from 'astro';
import { statsFormCsv } from '../../lib/stats/load.ts';
import { siteConfig } from '../../site.config.ts';

export const getStaticPaths = () => [{ params: { edition: siteConfig.currentEdition } }];

/** The blank attachment for a city to fill in; `npm run import:stats` reads it back. */
export const GET: APIRoute = async () =>
  new Response(await statsFormCsv(), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
