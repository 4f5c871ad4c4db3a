import type { APIRoute } from 'astro';
import { loadCityData } from '../../lib/stats/load.ts';
import { statsJson } from '../../lib/stats/stats.ts';
import { siteConfig } from '../../site.config.ts';
import { sitePath } from '../../lib/site/urls.ts';

export const getStaticPaths = () => [{ params: { edition: siteConfig.currentEdition } }];

/** The statistics for programs: the form, every city's figures or its pending status, and the computed totals. */
export const GET: APIRoute = async ({ site }) => {
  const { edition, table, deadlines } = await loadCityData();
  const body = statsJson(table, {
    edition: siteConfig.currentEdition,
    title: edition.statsForm.title,
    deadline: deadlines.stats.date,
    notice: { title: edition.notice.title, number: edition.notice.number },
    cityUrl: (id) => new URL(sitePath(`/cities/${id}/`), site).href,
  });
  return new Response(`${JSON.stringify(body, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
