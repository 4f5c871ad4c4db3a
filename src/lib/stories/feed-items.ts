/**
 * Turns cases, stars and news into feed items. Pure: the caller renders the MDX body
 * (components/stories/render.ts) and passes the HTML and the place name in.
 */
import { siteConfig } from '../../site.config.ts';
import type { Case } from '../../schemas/case.ts';
import type { News } from '../../schemas/news.ts';
import type { Star } from '../../schemas/star.ts';
import type { FeedItem, FeedMeta } from '../shared/feeds.ts';
import { siteUrl } from '../site/urls.ts';
import { honourLabel, posterPath, shortCodePath, storyPath } from './permalinks.ts';
import type { StoryEntry } from './api.ts';

/** What an item needs besides the entry: its body as absolute-URL HTML, its place ("某某市某某区") and its poster's size. */
export interface FeedFacts {
  contentHtml: string;
  place?: string | undefined;
  posterBytes?: number | undefined;
}

/** Describes a feed of one section. */
export function feedMeta(
  section: 'cases' | 'stars' | 'news',
  title: string,
  description: string,
  file: string,
): FeedMeta {
  return {
    title: `${title} - ${siteConfig.siteName}`,
    description,
    homeUrl: siteUrl(`/${section}/`),
    feedUrl: siteUrl(`/${section}/${file}`),
    language: siteConfig.lang,
    author: siteConfig.siteName,
  };
}

/** Builds the feed item of a case or star: the shared fields, plus the kind's own tags (first) and extension fields. */
function honouredItem(
  section: 'cases' | 'stars',
  entry: StoryEntry<Case | Star>,
  facts: FeedFacts,
  ownTags: string[],
  own: Record<string, unknown>,
): FeedItem {
  const d = entry.data;
  const place = facts.place ?? d.city;
  return {
    url: siteUrl(storyPath(section, entry.id)),
    title: d.title,
    summary: d.summary,
    contentHtml: facts.contentHtml,
    published: d.published,
    updated: d.updated,
    tags: [...ownTags, place, `${d.year}年`, d.honour.level],
    image: siteUrl(posterPath(section, entry.id)),
    imageLength: facts.posterBytes,
    extension: { ...own, city: d.city, place, year: d.year, honour: honourLabel(d.honour), sample: d.sample },
  };
}

/** Builds the feed item of a case, with its structured fields as an extension. */
export function caseItem(entry: StoryEntry<Case>, facts: FeedFacts): FeedItem {
  const d = entry.data;
  return honouredItem('cases', entry, facts, [d.category], {
    shortCode: d.shortCode,
    shortUrl: siteUrl(shortCodePath(d.shortCode)),
    organisation: d.organisation,
  });
}

/** Builds the feed item of a star. */
export function starItem(entry: StoryEntry<Star>, facts: FeedFacts): FeedItem {
  return honouredItem('stars', entry, facts, [], { name: entry.data.name });
}

/** Builds the feed item of a news entry. */
export function newsItem(entry: { id: string; data: News }, facts: FeedFacts): FeedItem {
  const d = entry.data;
  return {
    url: siteUrl(storyPath('news', entry.id)),
    title: d.title,
    summary: d.summary,
    contentHtml: facts.contentHtml,
    published: d.date,
    updated: d.updated,
    tags: facts.place ? [facts.place] : [],
    extension: { sample: d.sample },
  };
}
