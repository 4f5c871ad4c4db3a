/** The /cases/ filter: its keys, in the order of the form and of URLs (lib/shared/facet-filter.ts does the rest). */
import { defineFacetFilter } from '../shared/facet-filter.ts';

export const caseFilter = defineFacetFilter(['year', 'city', 'category', 'level']);
export type CaseFacet = (typeof caseFilter.keys)[number];
