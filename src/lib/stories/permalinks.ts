/** Permalinks and the "引用本页" citation of cases and stars. */
/** Returns the short-code path of a case: "2023-001" → "/c/2023-001/". */
export function shortCodePath(code: string): string {
  return `/c/${code}/`;
}

export interface CitationInput {
  siteName: string;
  title: string;
  url: string;
  published: string;
  updated?: string | undefined;
  year: number;
  honour: string;
  shortUrl?: string | undefined;
}

/**
 * Formats the text the copy button puts on the clipboard: a GB/T 7714-2015 style
 * reference for an online resource ([EB/OL]), then the honour and the short URL.
 */
export function citationText(c: CitationInput): string {
  const date = c.updated && c.updated !== c.published ? `${c.published}/${c.updated}` : c.published;
  return [
    `${c.siteName}. ${c.title}[EB/OL]. (${date}). ${c.url}.`,
    `${c.year}年　${c.honour}`,
    ...(c.shortUrl ? [`短网址：${c.shortUrl}`] : []),
  ].join('\n');
}

export type Section = 'cases' | 'stars' | 'news';

/** Returns the permanent site path of an entry: storyPath('cases', 'x') → "/cases/x/". */
export function storyPath(section: Section, id: string): string {
  return `/${section}/${id}/`;
}

/** Returns the site path of an entry's share poster: "/cases/x/poster.png". */
export function posterPath(section: Section, id: string): string {
  return `${storyPath(section, id)}poster.png`;
}

/** Formats an honour as one line: "省级 · 2023年示例省终身学习品牌项目". */
export function honourLabel(honour: { level: string; title: string }): string {
  return `${honour.level} · ${honour.title}`;
}

/** Tells whether a URL or path is a short URL (/c/2023-001/), a stand-in that search engines should not list. */
export function isShortCodeUrl(url: string): boolean {
  return /\/c\/\d{4}-\d{3}\/$/.test(url);
}
