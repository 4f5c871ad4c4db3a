/**
 * The book filter of /books/: which query-string keys exist, how a query is read and
 * written, and whether a book matches. Runs both at build time and in the browser,
 * so it imports nothing.
 */

/** Query-string keys in the order they appear in the form and in URLs. */
export const filterKeys = ['list', 'category', 'audience', 'format'] as const;

export type FilterKey = (typeof filterKeys)[number];

/** At most one chosen value per key; a missing key means "all". */
export type Filter = Partial<Record<FilterKey, string>>;

/** Reads a filter from a query string, keeping only keys and values the form offers. */
export function parseFilter(search: string | URLSearchParams, offered: Readonly<Record<FilterKey, readonly string[]>>): Filter {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const filter: Filter = {};
  for (const key of filterKeys) {
    const value = params.get(key);
    if (value && offered[key].includes(value)) filter[key] = value;
  }
  return filter;
}

/** Tells whether a book's facet values satisfy every chosen value of the filter. */
export function matchesFilter(facets: Readonly<Record<FilterKey, readonly string[]>>, filter: Filter): boolean {
  return filterKeys.every((key) => filter[key] === undefined || facets[key].includes(filter[key]));
}

/** Writes a filter as a query string with keys in fixed order: "?audience=…", or "" when nothing is chosen. */
export function filterQuery(filter: Filter): string {
  const params = new URLSearchParams();
  for (const key of filterKeys) {
    const value = filter[key];
    if (value) params.set(key, value);
  }
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** Fills "{name}" placeholders of a UI string: fillIn('共 {total} 本', { total: 3 }) → "共 3 本". */
export function fillIn(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
