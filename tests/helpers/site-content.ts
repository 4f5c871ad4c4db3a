/**
 * A site's content as editors wrote it, read without the site's code, so that what the built
 * pages and data files say can be checked against an independent reading. Works on any content
 * folder: the real content/ (for properties that hold for any content) and the province fixture.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Figures {
  prefecture: { held: boolean; activities: number; participants: number };
  county: { cities: number; activities: number; participants: number };
}
export interface CityStats {
  reportedOn: string;
  countyCities: number;
  activities: Record<string, Figures>;
  sample?: boolean;
}
export interface CityEdition {
  plan: { status: 'submitted' | 'pending'; submittedOn?: string; weekStart?: string; weekEnd?: string };
  stats?: CityStats;
  liaison?: unknown;
  workSummary?: { submittedOn: string; summary: string };
}
export interface City {
  id: string;
  name: string;
  code: string;
  sample?: boolean;
  editions: Record<string, CityEdition>;
}
export interface Edition {
  id: string;
  year: number;
  title: string;
  notice: { title: string; number?: string; date?: string; issuer: string; page?: string };
  deadlines: { date: string; what: string }[];
  statsForm: { title: string; activities: { id: string; name: string; group: string }[] };
  sample?: boolean;
}

const jsonFiles = <T>(dir: string): (T & { id: string })[] =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => ({ id: f.replace(/\.json$/, ''), ...(JSON.parse(readFileSync(join(dir, f), 'utf8')) as T) }));

/** Every edition, by id order. */
export const editionsIn = (content: string): Edition[] => jsonFiles<Edition>(join(content, 'editions'));

/** Every city, in division-code order (the order every page and file lists them in). */
export const citiesIn = (content: string): City[] =>
  jsonFiles<City>(join(content, 'cities'))
    .map((c) => ({ ...c, editions: c.editions ?? {} }))
    .sort((a, b) => a.code.localeCompare(b.code));

/** The ids of one collection's files (JSON or MDX), sorted. */
export const idsIn = (content: string, collection: string): string[] =>
  readdirSync(join(content, collection))
    .filter((f) => /\.(json|mdx)$/.test(f))
    .map((f) => f.replace(/\.(json|mdx)$/, ''))
    .sort();

/** The deadline for the statistics: the one whose wording names the form, as the notice words it. */
export const statsDeadline = (edition: Edition): string | undefined =>
  edition.deadlines.find((d) => d.what.includes(edition.statsForm.title))?.date;

/** "2031-11-10" → "2031年11月10日", as pages write dates. */
export const chineseDate = (iso: string): string => iso.replace(/^(\d+)-0?(\d+)-0?(\d+)$/, '$1年$2月$3日');
