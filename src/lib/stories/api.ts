/**
 * The records of /api/cases.json and /api/stars.json: every public field and the permalink.
 * Pure: the loader resolves images and city names (stories/load.ts, apiFacts).
 */
import { siteConfig } from '../../site.config.ts';
import type { Case } from '../../schemas/case.ts';
import type { Star } from '../../schemas/star.ts';
import { siteUrl } from '../site/urls.ts';
import { posterPath, shortCodePath, storyPath } from './permalinks.ts';

/** An image as the API publishes it: an absolute URL to the resized file. */
export interface ApiImage {
  url: string;
  alt: string;
  caption?: string;
}

/** What a record needs that the entry itself does not hold. */
export interface ApiFacts {
  images: ApiImage[];
  cityName: string;
}

/** A case or star as the API reads it; images come resolved in ApiFacts. */
export type StoryEntry<D> = { id: string; data: Omit<D, 'images'> };

function common(section: 'cases' | 'stars', entry: StoryEntry<Case | Star>, facts: ApiFacts) {
  const d = entry.data;
  return {
    id: entry.id,
    url: siteUrl(storyPath(section, entry.id)),
    title: d.title,
    summary: d.summary,
    city: { id: d.city, name: facts.cityName },
    ...(d.county ? { county: d.county } : {}),
    year: d.year,
    honour: d.honour,
    published: d.published,
    ...(d.updated ? { updated: d.updated } : {}),
    poster: siteUrl(posterPath(section, entry.id)),
    images: facts.images,
    sample: d.sample,
  };
}

/** Lists the public fields of a case. */
export function caseRecord(entry: StoryEntry<Case>, facts: ApiFacts) {
  const d = entry.data;
  return {
    ...common('cases', entry, facts),
    shortCode: d.shortCode,
    shortUrl: siteUrl(shortCodePath(d.shortCode)),
    organisation: d.organisation,
    category: d.category,
    ...(d.contact ? { contact: d.contact } : {}),
  };
}

/** Lists the public fields of a star; the consent note is kept private. */
export function starRecord(entry: StoryEntry<Star>, facts: ApiFacts) {
  const d = entry.data;
  return { ...common('stars', entry, facts), name: d.name, ...(d.role ? { role: d.role } : {}) };
}

/** Wraps the records of one endpoint with what a consumer needs to know about them. */
export function apiDocument(section: 'cases' | 'stars', description: string, items: readonly unknown[]) {
  return { site: siteConfig.siteName, description, home: siteUrl(`/${section}/`), count: items.length, items };
}
