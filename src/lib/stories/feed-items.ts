/** Turns cases, stars and news into feed items with their full content (a thin loader: it renders MDX). */
import type { CollectionEntry } from 'astro:content';
import { renderStoryHtml } from '../../components/mdx/stories.ts';
import { siteConfig } from '../../site.config.ts';
import { absoluteUrl, honourLabel, posterPath, shortCodePath, storyPath } from './permalinks.ts';
import { absolutizeHtml, type FeedItem, type FeedMeta } from '../shared/feeds.ts';
import { placeOf } from './load.ts';

const base = import.meta.env.BASE_URL;
const abs = (path: string) => absoluteUrl(siteConfig.site, base, path);

/** Describes a feed of one section. */
export function feedMeta(section: 'cases' | 'stars' | 'news', title: string, description: string, file: string): FeedMeta {
  return { title: `${title} - ${siteConfig.siteName}`, description, homeUrl: abs(`/${section}/`), feedUrl: abs(`/${section}/${file}`), language: siteConfig.lang, author: siteConfig.siteName };
}

async function content(entry: CollectionEntry<'cases' | 'stars' | 'news'>): Promise<string> {
  return absolutizeHtml(await renderStoryHtml(entry), siteConfig.site);
}

/** Builds the feed item of a case or star: the shared fields, plus the kind's own tags (first) and extension fields. */
async function honouredItem(section: 'cases' | 'stars', entry: CollectionEntry<'cases' | 'stars'>, ownTags: string[], own: Record<string, unknown>): Promise<FeedItem> {
  const d = entry.data;
  const place = await placeOf(d);
  return {
    url: abs(storyPath(section, entry.id)),
    title: d.title,
    summary: d.summary,
    contentHtml: await content(entry),
    published: d.published,
    updated: d.updated,
    tags: [...ownTags, place, `${d.year}年`, d.honour.level],
    image: abs(posterPath(section, entry.id)),
    extension: { ...own, city: d.city, place, year: d.year, honour: honourLabel(d.honour), sample: d.sample },
  };
}

/** Builds the feed item of a case, with its structured fields as an extension. */
export function caseItem(entry: CollectionEntry<'cases'>): Promise<FeedItem> {
  const d = entry.data;
  return honouredItem('cases', entry, [d.category], { shortCode: d.shortCode, shortUrl: abs(shortCodePath(d.shortCode)), organisation: d.organisation });
}

/** Builds the feed item of a star. */
export function starItem(entry: CollectionEntry<'stars'>): Promise<FeedItem> {
  return honouredItem('stars', entry, [], { name: entry.data.name });
}

/** Builds the feed item of a news entry. */
export async function newsItem(entry: CollectionEntry<'news'>): Promise<FeedItem> {
  const d = entry.data;
  return {
    url: abs(storyPath('news', entry.id)),
    title: d.title,
    summary: d.summary,
    contentHtml: await content(entry),
    published: d.date,
    updated: d.updated,
    tags: d.city ? [await placeOf({ city: d.city })] : [],
    extension: { sample: d.sample },
  };
}
