/**
 * Loads the cities and the current edition's statistics table for pages and downloads.
 * Memoised: the stats page, both downloads and every city page need the same table.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { siteConfig } from '../../site.config.ts';
import { currentEdition } from '../site/load.ts';
import { findDeadline, reportDeadlinePhrases } from '../site/edition.ts';
import type { StatsDocument } from '../../schemas/api/stats.ts';
import { dataPaths, schemaPathOf } from '../data/endpoints.ts';
import { siteUrl } from '../site/urls.ts';
import { toCsv } from '../shared/csv.ts';
import { statsFormTemplate } from './form.ts';
import { buildStatsTable, statsCsvRows, statsJson } from './stats.ts';

let cached: ReturnType<typeof load> | undefined;

async function load() {
  const edition = await currentEdition();
  const cities = (await getCollection('cities')).sort((a, b) => a.data.code.localeCompare(b.data.code));
  const table = buildStatsTable(
    edition.statsForm.activities,
    cities.map((c) => ({ id: c.id, name: c.data.name, code: c.data.code, stats: c.data.stats })),
  );
  // The notice names each report in its deadline's wording; the form's title identifies the statistics.
  const phrases = reportDeadlinePhrases(edition);
  const deadlines = {
    plan: findDeadline(edition.deadlines, phrases.plan),
    stats: findDeadline(edition.deadlines, phrases.stats),
    workSummary: findDeadline(edition.deadlines, phrases.workSummary),
  };
  return { edition, cities, table, deadlines };
}

/** Returns the edition, the cities in division-code order, the statistics table and the reporting deadlines. */
export function loadCityData() {
  cached ??= load();
  return cached;
}

/** Builds /stats/<edition>.json: the form, every city's figures or its pending status, and the computed totals. */
export async function statsDocument(): Promise<StatsDocument> {
  const { edition, table, deadlines } = await loadCityData();
  return statsJson(table, {
    schema: siteUrl(schemaPathOf(dataPaths.stats(siteConfig.currentEdition))),
    edition: siteConfig.currentEdition,
    title: edition.statsForm.title,
    deadline: deadlines.stats.date,
    notice: { title: edition.notice.title, number: edition.notice.number },
    cityUrl: (id) => siteUrl(`/cities/${id}/`),
  });
}

/** Renders /stats/<edition>.csv: one row per city in the attachment's column order, UTF-8 with BOM for Excel. */
export async function statsCsv(): Promise<string> {
  return toCsv(statsCsvRows((await loadCityData()).table));
}

/** Renders /stats/<edition>-form.csv: the blank attachment a city fills in (`npm run import:stats` reads it back). */
export async function statsFormCsv(): Promise<string> {
  return toCsv(statsFormTemplate((await currentEdition()).statsForm));
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
