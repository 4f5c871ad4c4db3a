/**
 * Loads the cities and one edition's statistics table for pages and downloads.
 * Memoised per edition: the stats page, the downloads and every city page need the same table.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { siteConfig } from '../../site.config.ts';
import { editionById } from '../site/load.ts';
import { cityInEdition } from './city-edition.ts';
import { findDeadline, reportDeadlinePhrases } from '../site/edition.ts';
import type { StatsDocument } from '../../schemas/api/stats.ts';
import { dataPaths, schemaPathOf } from '../data/endpoints.ts';
import { siteUrl } from '../site/urls.ts';
import { toCsv } from '../shared/csv.ts';
import { statsFormTemplate } from './form.ts';
import { buildStatsTable, statsCsvRows, statsJson } from './stats.ts';

const cached = new Map<string, ReturnType<typeof load>>();

async function load(editionId: string) {
  const edition = await editionById(editionId);
  const cities = (await getCollection('cities'))
    .sort((a, b) => a.data.code.localeCompare(b.data.code))
    .map((c) => ({ id: c.id, data: c.data, record: cityInEdition(c.data, editionId) }));
  const table = buildStatsTable(
    edition.statsForm.activities,
    cities.map((c) => ({ id: c.id, name: c.data.name, code: c.data.code, stats: c.record.stats })),
  );
  // The notice names each report in its deadline's wording; the form's title identifies the statistics.
  const phrases = reportDeadlinePhrases(edition);
  const deadlines = {
    plan: findDeadline(edition.deadlines, phrases.plan),
    stats: findDeadline(edition.deadlines, phrases.stats),
    workSummary: findDeadline(edition.deadlines, phrases.workSummary),
  };
  return { editionId, edition, cities, table, deadlines };
}

/**
 * Returns an edition (the current one by default), the cities in division-code order with their
 * record for that edition, the statistics table and the reporting deadlines.
 */
export function loadCityData(editionId: string = siteConfig.currentEdition) {
  let data = cached.get(editionId);
  if (!data) cached.set(editionId, (data = load(editionId)));
  return data;
}

/** Builds /stats/<edition>.json: the form, every city's figures or its pending status, and the computed totals. */
export async function statsDocument(editionId: string): Promise<StatsDocument> {
  const { edition, table, deadlines } = await loadCityData(editionId);
  return statsJson(table, {
    schema: siteUrl(schemaPathOf(dataPaths.stats(editionId))),
    edition: editionId,
    title: edition.statsForm.title,
    deadline: deadlines.stats.date,
    notice: { title: edition.notice.title, number: edition.notice.number },
    cityUrl: (id) => siteUrl(`/cities/${id}/`),
  });
}

/** Renders /stats/<edition>.csv: one row per city in the attachment's column order, UTF-8 with BOM for Excel. */
export async function statsCsv(editionId: string): Promise<string> {
  return toCsv(statsCsvRows((await loadCityData(editionId)).table));
}

/** Renders /stats/<edition>-form.csv: the blank attachment a city fills in (`npm run import:stats` reads it back). */
export async function statsFormCsv(editionId: string): Promise<string> {
  return toCsv(statsFormTemplate((await editionById(editionId)).statsForm));
}

let related: ReturnType<typeof loadRelated> | undefined;

async function loadRelated() {
  const [lectures, cases] = await Promise.all([getCollection('lectures'), getCollection('cases')]);
  const byCity = new Map<string, { lectures: CollectionEntry<'lectures'>[]; cases: CollectionEntry<'cases'>[] }>();
  const of = (id: string) => byCity.get(id) ?? byCity.set(id, { lectures: [], cases: [] }).get(id)!;
  for (const l of lectures.sort((a, b) => a.data.start.localeCompare(b.data.start)))
    if (l.data.city) of(l.data.city).lectures.push(l);
  for (const c of cases.sort((a, b) => b.data.published.localeCompare(a.data.published))) of(c.data.city).cases.push(c);
  return byCity;
}

/** Returns a city's lectures (by start) and brand projects (newest first); grouped once for all city pages. */
export async function relatedToCity(id: string) {
  related ??= loadRelated();
  return (await related).get(id) ?? { lectures: [], cases: [] };
}
