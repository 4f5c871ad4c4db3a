import type { APIRoute } from 'astro';
import { toCsv } from '../../lib/shared/csv.ts';
import { currentEdition } from '../../lib/site/load.ts';
import { statsFormTemplate } from '../../lib/stats/form.ts';
import { siteConfig } from '../../site.config.ts';

export const getStaticPaths = () => [{ params: { edition: siteConfig.currentEdition } }];

/** The blank attachment for a city to fill in; `npm run import:stats` reads it back. */
export const GET: APIRoute = async () =>
  new Response(toCsv(statsFormTemplate((await currentEdition()).statsForm)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
