import type { APIRoute } from 'astro';
import { editionPaths } from '../../lib/site/load.ts';
import { statsCsv } from '../../lib/stats/load.ts';

export const getStaticPaths = editionPaths;

/** The filled attachment for spreadsheets: one row per city in the attachment's column order, UTF-8 with BOM for Excel. */
export const GET: APIRoute = async ({ params }) =>
  new Response(await statsCsv(params.edition!), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
