/**
 * One facet filter for every list page (books, cases, lectures): the query-string keys, how a
 * query is read and written, and whether an item matches. Each domain names its keys in a short
 * filter.ts; pages build the form from it and the browser script (components/site/facet-filter.ts)
 * filters with the same definition. Browser-safe: imports nothing.
 */

/** At most one chosen value per key; a missing key means "all". */
export type Filter<K extends string> = Partial<Record<K, string>>;

/** An item's values per key: one, several, or none (never matched once the key is chosen). */
export type FacetValues<K extends string> = Readonly<Partial<Record<K, string | readonly string[] | undefined>>>;

/** Several values of one key share a data attribute, joined by this (values never contain it). */
export const facetSeparator = '|';

export interface FacetFilter<K extends string> {
  readonly keys: readonly K[];
  /** Reads a filter from a query string; with `offered`, keeps only the values the form offers. */
  parse(search: string | URLSearchParams, offered?: Readonly<Partial<Record<K, readonly string[]>>>): Filter<K>;
  /** Tells whether an item's values satisfy every chosen value. */
  matches(item: FacetValues<K>, filter: Filter<K>): boolean;
  /** Writes a filter as a query string with the keys in fixed order ("?year=2023&city=x"), or "" when nothing is chosen. */
  query(filter: Filter<K>): string;
}

/** Defines the filter of one list page by its keys, in the order of the form and of URLs. */
export function defineFacetFilter<const K extends string>(keys: readonly K[]): FacetFilter<K> {
  return {
    keys,
    parse(search, offered) {
      const params = typeof search === 'string' ? new URLSearchParams(search) : search;
      const filter: Filter<K> = {};
      for (const key of keys) {
        const value = params.get(key)?.trim();
        if (value && (!offered?.[key] || offered[key].includes(value))) filter[key] = value;
      }
      return filter;
    },
    matches(item, filter) {
      return keys.every((key) => {
        const chosen = filter[key];
        if (chosen === undefined) return true;
        const values = item[key];
        return typeof values === 'string' ? values === chosen : (values?.includes(chosen) ?? false);
      });
    },
    query(filter) {
      const params = new URLSearchParams();
      for (const key of keys) if (filter[key]) params.set(key, filter[key]);
      const query = params.toString();
      return query ? `?${query}` : '';
    },
  };
}

export interface FacetOption {
  value: string;
  label: string;
  count: number;
}

/** Lists the distinct values of one key with how many items have each, in `order` (unknown values last, as found). */
export function facetOptions<K extends string>(
  items: readonly FacetValues<K>[],
  key: K,
  label: (value: string) => string,
  order: readonly string[] = [],
): FacetOption[] {
  const counts = new Map<string, number>();
  for (const item of items) {
    const values = item[key];
    for (const value of typeof values === 'string' ? [values] : (values ?? []))
      counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  const rank = (v: string) => (order.includes(v) ? order.indexOf(v) : order.length);
  return [...counts]
    .sort(([a], [b]) => rank(a) - rank(b))
    .map(([value, count]) => ({ value, label: label(value), count }));
}

/** Lists distinct values in first-seen order. */
export function distinct<T>(values: Iterable<T | undefined>): T[] {
  return [...new Set([...values].filter((v): v is T => v !== undefined))];
}

/** The data attributes that mark a list item for the browser filter: data-facet-item and data-<key>="a|b". */
export function facetAttributes<K extends string>(values: FacetValues<K>): Record<string, string> {
  const attributes: Record<string, string> = { 'data-facet-item': '' };
  for (const [key, value] of Object.entries(values) as [K, FacetValues<K>[K]][]) {
    if (value !== undefined) attributes[`data-${key}`] = typeof value === 'string' ? value : value.join(facetSeparator);
  }
  return attributes;
}
