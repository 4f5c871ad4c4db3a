/** The records of /api/cases.json and /api/stars.json: every public field and the permalink (a thin loader: it resolves images). */
import { getImage } from 'astro:assets';
import type { CollectionEntry } from 'astro:content';
import { siteConfig } from '../../site.config.ts';
import { absoluteUrl, posterPath, shortCodePath, storyPath } from './permalinks.ts';
import { cityNames } from './load.ts';

const base = import.meta.env.BASE_URL;
const abs = (path: string) => absoluteUrl(siteConfig.site, base, path);

async function common(section: 'cases' | 'stars', entry: CollectionEntry<'cases' | 'stars'>) {
  const d = entry.data;
  const images = await Promise.all(
    d.images.map(async (img) => ({
      url: new URL((await getImage({ src: img.src, width: 780, format: 'webp' })).src, siteConfig.site).href,
      alt: img.alt,
      ...(img.caption ? { caption: img.caption } : {}),
    })),
  );
  return {
    id: entry.id,
    url: abs(storyPath(section, entry.id)),
    title: d.title,
    summary: d.summary,
    city: { id: d.city, name: (await cityNames()).get(d.city) ?? d.city },
    ...(d.county ? { county: d.county } : {}),
    year: d.year,
    honour: d.honour,
    published: d.published,
    ...(d.updated ? { updated: d.updated } : {}),
    poster: abs(posterPath(section, entry.id)),
    images,
    sample: d.sample,
  };
}

/** Lists the public fields of a case. */
export async function caseRecord(entry: CollectionEntry<'cases'>) {
  const d = entry.data;
  return {
    ...(await common('cases', entry)),
    shortCode: d.shortCode,
    shortUrl: abs(shortCodePath(d.shortCode)),
    organisation: d.organisation,
    category: d.category,
    ...(d.contact ? { contact: d.contact } : {}),
  };
}

/** Lists the public fields of a star; the consent note is kept private. */
export async function starRecord(entry: CollectionEntry<'stars'>) {
  const d = entry.data;
  return { ...(await common('stars', entry)), name: d.name, ...(d.role ? { role: d.role } : {}) };
}

/** Wraps the records of one endpoint with what a consumer needs to know about them. */
export function apiDocument(section: 'cases' | 'stars', description: string, items: readonly unknown[]) {
  return { site: siteConfig.siteName, description, home: abs(`/${section}/`), count: items.length, items };
}
