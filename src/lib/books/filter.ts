/** The book filter of /books/: its keys, in the order of the form and of URLs (lib/shared/facet-filter.ts does the rest). */
import { defineFacetFilter, type Filter } from '../shared/facet-filter.ts';

export const bookFilter = defineFacetFilter(['list', 'category', 'audience', 'format']);
export type BookFacet = (typeof bookFilter.keys)[number];
export type BookFilter = Filter<BookFacet>;
