import type { APIRoute } from 'astro';
import { loadCityData } from '../../lib/stats/load.ts';
import { toCsv } from '../../lib/shared/csv.ts';
import { statsCsvRows } from '../../lib/stats/stats.ts';
import { siteConfig } from '../../site.config.ts';

export const getStaticPaths = () => [{ params: { edition: siteConfig.currentEdition } }];

/** The filled attachment for spreadsheets: one row per city in the attachment's column order, UTF-8 with BOM for Excel. */
export const GET: APIRoute = async () => {
  const { table } = await loadCityData();
  return new Response(toCsv(statsCsvRows(table)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
