/**
 * RSS 2.0 and JSON Feed 1.1 for cases, stars and news. An item's id is its permalink,
 * which never changes, so readers and national platforms see an edit as an update,
 * not as a new entry.
 */
import { escapeXml } from './xml.ts';

export interface FeedItem {
  /** Permalink (absolute); also the item's id. */
  url: string;
  title: string;
  summary: string;
  /** Full content as HTML with absolute URLs. */
  contentHtml: string;
  /** YYYY-MM-DD, Beijing time. */
  published: string;
  updated?: string | undefined;
  tags: readonly string[];
  /** Absolute URL of the share image. */
  image?: string | undefined;
  /** Size of the share image in bytes, for the RSS enclosure (RSS 2.0 requires it). */
  imageLength?: number | undefined;
  /** Extra structured fields, published under "_xuexizhou" in JSON Feed. */
  extension?: Record<string, unknown>;
}

export interface FeedMeta {
  title: string;
  description: string;
  /** Absolute URL of the HTML listing. */
  homeUrl: string;
  /** Absolute URL of this feed. */
  feedUrl: string;
  language: string;
  author: string;
}

/** Formats a Beijing calendar day as RFC 3339 (JSON Feed): "2023-10-20" → "2023-10-20T00:00:00+08:00". */
export function dayToRfc3339(day: string): string {
  return `${day}T00:00:00+08:00`;
}

const weekdays = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Formats a Beijing calendar day as RFC 822 (RSS): "2023-10-20" → "Fri, 20 Oct 2023 00:00:00 +0800". */
export function dayToRfc822(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  return `${weekdays[d.getUTCDay()]}, ${day.slice(8, 10)} ${months[d.getUTCMonth()]} ${d.getUTCFullYear()} 00:00:00 +0800`;
}

/** Makes root-relative src, href and poster attributes absolute, so feed content works outside the site. */
export function absolutizeHtml(html: string, origin: string): string {
  return html.replace(
    /\b(src|href|poster)="(\/(?!\/)[^"]*)"/g,
    (_, attr: string, path: string) => `${attr}="${new URL(path, origin).href}"`,
  );
}

/** Orders items newest first by publication date, then by title for a stable feed. */
export function newestFirst<T extends Pick<FeedItem, 'published' | 'title'>>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => b.published.localeCompare(a.published) || a.title.localeCompare(b.title, 'zh-CN'));
}

const lastChange = (items: readonly FeedItem[]) =>
  items.reduce<string | undefined>((max, i) => {
    const d = i.updated ?? i.published;
    return max === undefined || d > max ? d : max;
  }, undefined);

const cdata = (html: string) => `<![CDATA[${html.replaceAll(']]>', ']]]]><![CDATA[>')}]]>`;

/** Renders an RSS 2.0 document with full content in content:encoded. */
export function rssFeed(meta: FeedMeta, items: readonly FeedItem[]): string {
  const last = lastChange(items);
  const entries = newestFirst(items).map((i) =>
    [
      '<item>',
      `<title>${escapeXml(i.title)}</title>`,
      `<link>${escapeXml(i.url)}</link>`,
      `<guid isPermaLink="true">${escapeXml(i.url)}</guid>`,
      `<pubDate>${dayToRfc822(i.published)}</pubDate>`,
      `<description>${escapeXml(i.summary)}</description>`,
      `<content:encoded>${cdata(i.contentHtml)}</content:encoded>`,
      ...i.tags.map((t) => `<category>${escapeXml(t)}</category>`),
      i.image ? `<enclosure url="${escapeXml(i.image)}" length="${i.imageLength ?? 0}" type="image/png"/>` : '',
      '</item>',
    ].join(''),
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:content="http://purl.org/rss/1.0/modules/content/">',
    '<channel>',
    `<title>${escapeXml(meta.title)}</title>`,
    `<link>${escapeXml(meta.homeUrl)}</link>`,
    `<description>${escapeXml(meta.description)}</description>`,
    `<language>${escapeXml(meta.language)}</language>`,
    `<atom:link href="${escapeXml(meta.feedUrl)}" rel="self" type="application/rss+xml"/>`,
    last ? `<lastBuildDate>${dayToRfc822(last)}</lastBuildDate>` : '',
    ...entries,
    '</channel>',
    '</rss>',
    '',
  ].join('\n');
}

/** Builds a JSON Feed 1.1 object (https://www.jsonfeed.org/version/1.1/). */
export function jsonFeed(meta: FeedMeta, items: readonly FeedItem[]) {
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: meta.title,
    home_page_url: meta.homeUrl,
    feed_url: meta.feedUrl,
    description: meta.description,
    language: meta.language,
    authors: [{ name: meta.author }],
    items: newestFirst(items).map((i) => ({
      id: i.url,
      url: i.url,
      title: i.title,
      summary: i.summary,
      content_html: i.contentHtml,
      ...(i.image ? { image: i.image } : {}),
      date_published: dayToRfc3339(i.published),
      ...(i.updated ? { date_modified: dayToRfc3339(i.updated) } : {}),
      tags: [...i.tags],
      ...(i.extension ? { _xuexizhou: i.extension } : {}),
    })),
  };
}
