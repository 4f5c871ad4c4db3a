/**
 * The share poster of a case or star, from its entry: what the poster says, drawn once per build
 * in a worker thread (src/lib/stories/poster-pool.ts).
 * The poster endpoints serve it; the feeds give its byte length in the RSS enclosure.
 */
import type { CollectionEntry } from 'astro:content';
import { t } from '../../i18n/zh-CN.ts';
import { editionById } from '../../lib/site/load.ts';
import { siteUrl } from '../../lib/site/urls.ts';
import { shortCodePath, storyPath } from '../../lib/stories/permalinks.ts';
import { placeOf } from '../../lib/stories/load.ts';
import { posterPool } from '../../lib/stories/poster-pool.ts';
import { siteConfig } from '../../site.config.ts';

const drawn = new Map<string, Promise<Uint8Array<ArrayBuffer>>>();
const pool = posterPool();

async function draw(entry: CollectionEntry<'cases'> | CollectionEntry<'stars'>): Promise<Uint8Array<ArrayBuffer>> {
  const d = entry.data;
  const common = {
    siteName: siteConfig.siteName,
    title: d.title,
    honour: `${d.year}年 · ${d.honour.level} · ${d.honour.title}`,
    theme: (await editionById(d.edition)).theme,
    sample: d.sample,
  };
  const input =
    entry.collection === 'cases'
      ? {
          ...common,
          kind: t('cases.title'),
          place: `${await placeOf(entry.data)} · ${entry.data.category}`,
          url: siteUrl(shortCodePath(entry.data.shortCode)),
        }
      : {
          ...common,
          kind: t('stars.title'),
          place: `${entry.data.name} · ${await placeOf(entry.data)}`,
          url: siteUrl(storyPath('stars', entry.id)),
        };
  return pool.draw(input, siteConfig.posterFonts);
}

/** Returns the poster's PNG bytes, drawn once per build however many routes ask. */
export function sharePoster(
  entry: CollectionEntry<'cases'> | CollectionEntry<'stars'>,
): Promise<Uint8Array<ArrayBuffer>> {
  const key = `${entry.collection}/${entry.id}`;
  if (!drawn.has(key)) drawn.set(key, draw(entry));
  return drawn.get(key)!;
}
