import type { APIRoute } from 'astro';
import { statsCsv } from '../../lib/stats/load.ts';
import { siteConfig } from '../../site.config.ts';

export const getStaticPaths = () => [{ params: { edition: siteConfig.currentEdition } }];

/** The filled attachment for spreadsheets: one row per city in the attachment's column order, UTF-8 with BOM for Excel. */
export const GET: APIRoute = async () =>
  new Response(await statsCsv(), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
