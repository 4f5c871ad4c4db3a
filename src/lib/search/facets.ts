/** What search knows about a page besides its text: its type, city and date, used as Pagefind filters and metadata. */

/** Page types in the order the filter lists them. */
export const PAGE_TYPES = ['图书', '讲座', '品牌项目', '学习之星', '动态', '平台', '城市', '页面'] as const;
export type PageType = (typeof PAGE_TYPES)[number];

// The first path segment names the section; a section's own index page is a 页面 (a list), so
// that an entry page outranks the list that mentions it when both match.
const SECTION_TYPES: Readonly<Record<string, PageType>> = {
  books: '图书',
  booklists: '图书',
  reading: '图书',
  lectures: '讲座',
  cases: '品牌项目',
  stars: '学习之星',
  news: '动态',
  platforms: '平台',
  cities: '城市',
};

/** Tells the type of a page from its site path (without the base), e.g. '/lectures/x/' → '讲座'. */
export function pageTypeFor(path: string): PageType {
  const segments = path.split('/').filter(Boolean);
  const section = segments[0];
  if (section === undefined) return '页面';
  const type = SECTION_TYPES[section];
  if (type === undefined) return '页面';
  // Section index pages list entries; /platforms/ has no entry pages, so its index is the entry.
  return segments.length > 1 || section === 'platforms' ? type : '页面';
}

export interface SearchFacets {
  /** Overrides the type the path gives. */
  type?: PageType;
  /** City name, e.g. 某某市. */
  city?: string;
  /** Day of the page's event or publication, "YYYY-MM-DD" or "YYYY-MM", or a year "YYYY" (a case's year of selection). */
  date?: string;
}

/** Lists a page's Pagefind filters and metadata: type always, city and year when known. */
export function searchAttributes(
  path: string,
  facets: SearchFacets = {},
): { filters: [string, string][]; meta: [string, string][] } {
  const filters: [string, string][] = [['type', facets.type ?? pageTypeFor(path)]];
  const meta: [string, string][] = [];
  if (facets.city) {
    filters.push(['city', facets.city]);
    meta.push(['city', facets.city]);
  }
  if (facets.date) {
    filters.push(['year', facets.date.slice(0, 4)]);
    meta.push(['date', facets.date]);
  }
  return { filters, meta };
}
