/** Pure helpers over the list of editions: order, the current one, and the archive's grouping. */

interface Dated {
  id: string;
  data: { year: number };
}

/** Orders editions newest first; two editions of one year fall back to their ids, so the order is stable. */
export function newestFirst<T extends Dated>(editions: readonly T[]): T[] {
  return [...editions].sort((a, b) => b.data.year - a.data.year || b.id.localeCompare(a.id));
}

/** Splits editions into the current one and the others (newest first), for the 往届 archive. */
export function archiveOf<T extends Dated>(
  editions: readonly T[],
  currentId: string,
): { current: T | undefined; past: T[] } {
  const sorted = newestFirst(editions);
  return { current: sorted.find((e) => e.id === currentId), past: sorted.filter((e) => e.id !== currentId) };
}

/** Picks the entries that belong to one edition, keeping their order. */
export function ofEdition<T extends { data: { edition: string } }>(entries: readonly T[], edition: string): T[] {
  return entries.filter((e) => e.data.edition === edition);
}

/**
 * Whether site search indexes an edition's page. The current edition is found once, at the
 * section's own URL (/stats/); its per-edition copy (/stats/<id>/), a stable address for links,
 * stays out of search until another edition is current and the copy is the page's only home.
 */
export function editionSearchable(edition: string, currentEdition: string, onSectionUrl: boolean): boolean {
  return onSectionUrl || edition !== currentEdition;
}

/** The path an edition's page is linked by: the section's URL for the current edition, else its own. */
export function editionPath(section: string, edition: string, currentEdition: string): string {
  return edition === currentEdition ? section : `${section}${edition}/`;
}
