import type { APIRoute } from 'astro';
import { editionPaths } from '../../lib/site/load.ts';
import { statsFormCsv } from '../../lib/stats/load.ts';

export const getStaticPaths = editionPaths;

/** The blank attachment for a city to fill in; `npm run import:stats` reads it back. */
export const GET: APIRoute = async ({ params }) =>
  new Response(await statsFormCsv(params.edition!), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
