/**
 * The share poster of a case or star, from its entry: what the poster says, drawn in a worker
 * thread (src/lib/stories/poster-pool.ts).
 * The poster endpoints serve it; the feeds give its byte length in the RSS enclosure.
 */
import type { CollectionEntry } from 'astro:content';
import { editionById } from '../../lib/site/load.ts';
import { placeOf } from '../../lib/stories/load.ts';
import { posterInput } from '../../lib/stories/poster-input.ts';
import { sharedPosterPool } from '../../lib/stories/poster-pool.ts';
import { siteConfig } from '../../site.config.ts';

/**
 * Returns the poster's PNG bytes. The pool draws each input once per build, however many routes
 * ask, and the content guard's prewarm has usually drawn it already.
 */
export async function sharePoster(
  entry: CollectionEntry<'cases'> | CollectionEntry<'stars'>,
): Promise<Uint8Array<ArrayBuffer>> {
  const facts = { theme: (await editionById(entry.data.edition)).theme, place: await placeOf(entry.data) };
  return sharedPosterPool().draw(posterInput(entry, facts), siteConfig.posterFonts);
}
