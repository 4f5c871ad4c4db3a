/** The schedule filter of /lectures/: its keys, and the values a lecture offers to them. */
import { defineFacetFilter, type FacetValues } from '../shared/facet-filter.ts';

export const lectureFilter = defineFacetFilter(['series', 'mode', 'city', 'audience']);
export type LectureFacet = (typeof lectureFilter.keys)[number];

/** What a lecture offers to the filters; the page writes the same values into data attributes. */
export function lectureFacets(lecture: {
  series?: string | undefined;
  mode: string;
  city?: { id: string } | undefined;
  audiences: readonly string[];
}): FacetValues<LectureFacet> {
  return { series: lecture.series, mode: lecture.mode, city: lecture.city?.id, audience: lecture.audiences };
}
