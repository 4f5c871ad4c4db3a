/**
 * Loads cases, stars and news for pages and endpoints, sorted once and memoised: list
 * pages, feeds and every story page's header need the same data.
 */
import { getImage } from 'astro:assets';
import { getCollection, type CollectionEntry } from 'astro:content';
import { t } from '../../i18n/zh-CN.ts';
import type { CasesDocument, StarsDocument } from '../../schemas/api/stories.ts';
import { caseCategories } from '../../schemas/case.ts';
import { siteConfig } from '../../site.config.ts';
import { dataPaths, schemaPathOf } from '../data/endpoints.ts';
import { loadRedirects } from '../site/redirects.ts';
import { placeName } from './poster-input.ts';
import { apiDocument, caseRecord, starRecord, withdrawnRecords, type ApiFacts } from './api.ts';

let cases: ReturnType<typeof loadCases> | undefined;
let stars: ReturnType<typeof loadStars> | undefined;
let news: ReturnType<typeof loadNews> | undefined;
let cities: ReturnType<typeof loadCities> | undefined;

// Newest year first; within a year by short code, the order in which cases were announced.
const loadCases = async () =>
  (await getCollection('cases')).sort(
    (a, b) => b.data.year - a.data.year || a.data.shortCode.localeCompare(b.data.shortCode),
  );
const loadStars = async () =>
  (await getCollection('stars')).sort(
    (a, b) => b.data.year - a.data.year || b.data.published.localeCompare(a.data.published) || a.id.localeCompare(b.id),
  );
const loadNews = async () =>
  (await getCollection('news')).sort((a, b) => b.data.date.localeCompare(a.data.date) || a.id.localeCompare(b.id));
const loadCities = async () => new Map((await getCollection('cities')).map((c) => [c.id, c.data.name]));

/** Returns every case, newest year first. */
export const allCases = () => (cases ??= loadCases());
/** Returns every star, newest year first. */
export const allStars = () => (stars ??= loadStars());
/** Returns every news item, newest first. */
export const allNews = () => (news ??= loadNews());
/** Returns city names by id ("moushi" → "某某市"). */
export const cityNames = () => (cities ??= loadCities());

/** Returns the full place name of a story: city name and county, e.g. "某某市某某区". */
export async function placeOf(story: { city: string; county?: string | undefined }): Promise<string> {
  return placeName(story, await cityNames());
}

/** Orders categories as the schema lists them. */
export const categoryOrder: readonly string[] = caseCategories;

/** Resolves what an API record needs beyond the entry: the resized images' absolute URLs and the city's name. */
export async function apiFacts(entry: CollectionEntry<'cases' | 'stars'>): Promise<ApiFacts> {
  const images = await Promise.all(
    entry.data.images.map(async (img) => ({
      // getImage's src already carries the base path, so only the origin is added.
      url: new URL((await getImage({ src: img.src, width: 780, format: 'webp' })).src, siteConfig.site).href,
      alt: img.alt,
      ...(img.caption ? { caption: img.caption } : {}),
    })),
  );
  return { images, cityName: (await cityNames()).get(entry.data.city) ?? entry.data.city };
}

/** Builds /api/cases.json: every case, and those content/redirects.json has retired. */
export async function casesDocument(): Promise<CasesDocument> {
  const items = await Promise.all((await allCases()).map(async (entry) => caseRecord(entry, await apiFacts(entry))));
  const withdrawn = withdrawnRecords('cases', await loadRedirects());
  return apiDocument(
    'cases',
    {
      schemaPath: schemaPathOf(dataPaths.cases),
      description: t('cases.description', { province: siteConfig.province }),
      withdrawn,
    },
    items,
  );
}

/** Builds /api/stars.json: every star's public fields (never the consent note), and those retired. */
export async function starsDocument(): Promise<StarsDocument> {
  const items = await Promise.all((await allStars()).map(async (entry) => starRecord(entry, await apiFacts(entry))));
  const withdrawn = withdrawnRecords('stars', await loadRedirects());
  return apiDocument(
    'stars',
    {
      schemaPath: schemaPathOf(dataPaths.stars),
      description: t('stars.description', { province: siteConfig.province }),
      withdrawn,
    },
    items,
  );
}
