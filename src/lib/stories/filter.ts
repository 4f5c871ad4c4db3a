/**
 * The /cases/ filter: which values a query string selects and which cases they match.
 * Shared by the page (to build the form) and its small browser script (to filter in place).
 */

export const filterKeys = ['year', 'city', 'category', 'level'] as const;
export type FilterKey = (typeof filterKeys)[number];
export type Filter = Partial<Record<FilterKey, string>>;
export type FilterOptions = Record<FilterKey, readonly string[]>;

/** Reads a filter from a query string, keeping only values the form offers. */
export function readFilter(search: string, options: FilterOptions): Filter {
  const params = new URLSearchParams(search);
  const filter: Filter = {};
  for (const key of filterKeys) {
    const value = params.get(key);
    if (value && options[key].includes(value)) filter[key] = value;
  }
  return filter;
}

/** Tells whether an item with these facet values passes the filter. */
export function matchesFilter(item: Record<FilterKey, string>, filter: Filter): boolean {
  return filterKeys.every((key) => filter[key] === undefined || filter[key] === item[key]);
}

/** Writes a filter as a query string ("?year=2023&city=taiyuan"), or "" when nothing is chosen. */
export function filterQuery(filter: Filter): string {
  const params = new URLSearchParams();
  for (const key of filterKeys) if (filter[key]) params.set(key, filter[key]);
  const query = params.toString();
  return query ? `?${query}` : '';
}

export interface FacetOption {
  value: string;
  label: string;
  count: number;
}

/** Lists the distinct values of one facet with how many items have each, in `order` (unknown values last, as found). */
export function facetOptions(
  items: readonly Record<FilterKey, string>[],
  key: FilterKey,
  label: (value: string) => string,
  order: readonly string[] = [],
): FacetOption[] {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(item[key], (counts.get(item[key]) ?? 0) + 1);
  const rank = (v: string) => (order.includes(v) ? order.indexOf(v) : order.length);
  return [...counts]
    .sort(([a], [b]) => rank(a) - rank(b))
    .map(([value, count]) => ({ value, label: label(value), count }));
}
