/**
 * Starts drawing every share poster as soon as the content guard has read the content, while
 * Astro is still syncing and bundling: those stages leave a core idle on a small machine, and
 * drawn later the posters held the pages that wait for hundreds of them (the feeds, 数据接口).
 * The pages then ask the same pool for the same inputs and get the posters drawn here.
 */
import type { CheckedEntry } from '../lib/content/crossrefs.ts';
import { placeName, posterInput, type PosterStory } from '../lib/stories/poster-input.ts';
import { sharedPosterPool } from '../lib/stories/poster-pool.ts';
import { siteConfig } from '../site.config.ts';

/** The poster inputs of the checked entries, as the poster endpoints will compute them. */
export function posterInputs(entries: readonly CheckedEntry[]) {
  const field = (e: CheckedEntry, key: string) => (e.data as Record<string, unknown>)[key];
  const cityNames = new Map(
    entries.filter((e) => e.collection === 'cities').map((e) => [e.id, String(field(e, 'name'))]),
  );
  const themes = new Map(
    entries.filter((e) => e.collection === 'editions').map((e) => [e.id, String(field(e, 'theme'))]),
  );
  return entries
    .filter((e) => e.collection === 'cases' || e.collection === 'stars')
    .flatMap((e) => {
      const story = { collection: e.collection, id: e.id, data: e.data } as PosterStory;
      const theme = themes.get(String(field(e, 'edition')));
      // An entry whose edition is missing fails the build elsewhere; nothing to draw for it.
      return theme === undefined ? [] : [posterInput(story, { theme, place: placeName(story.data, cityNames) })];
    });
}

/** Queues every poster in the shared pool; failures are left to the pages that ask for them. */
export function prewarmPosters(entries: readonly CheckedEntry[]): void {
  const pool = sharedPosterPool();
  for (const input of posterInputs(entries)) pool.draw(input, siteConfig.posterFonts).catch(() => undefined);
}
