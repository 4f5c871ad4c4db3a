/**
 * What a share poster says, from a case or star's data and the two facts it needs from other
 * files (its edition's theme, its city's name). Pure, so the build can compute the same inputs
 * from the content guard's data, before Astro has loaded any entry (poster-prewarm.ts).
 */
import { t } from '../../i18n/zh-CN.ts';
import { siteConfig } from '../../site.config.ts';
import { siteUrl } from '../site/urls.ts';
import { shortCodePath, storyPath } from './permalinks.ts';
import type { PosterInput } from './poster.ts';

interface StoryFields {
  title: string;
  year: number;
  honour: { level: string; title: string };
  sample: boolean;
  city: string;
  county?: string | undefined;
}

/** The fields of a case or star that its poster shows. */
export type PosterStory =
  | { collection: 'cases'; id: string; data: StoryFields & { category: string; shortCode: string } }
  | { collection: 'stars'; id: string; data: StoryFields & { name: string } };

/** The full place name of a story: its city's name (or id, when the city has no file) and county, e.g. "某某市某某区". */
export function placeName(
  story: { city: string; county?: string | undefined },
  cityNames: ReadonlyMap<string, string>,
): string {
  return `${cityNames.get(story.city) ?? story.city}${story.county ?? ''}`;
}

/** The poster's input, as the poster endpoints draw it. */
export function posterInput(story: PosterStory, facts: { theme: string; place: string }): PosterInput {
  const d = story.data;
  const common = {
    siteName: siteConfig.siteName,
    title: d.title,
    honour: `${d.year}年 · ${d.honour.level} · ${d.honour.title}`,
    theme: facts.theme,
    sample: d.sample,
  };
  return story.collection === 'cases'
    ? {
        ...common,
        kind: t('cases.title'),
        place: `${facts.place} · ${story.data.category}`,
        url: siteUrl(shortCodePath(story.data.shortCode)),
      }
    : {
        ...common,
        kind: t('stars.title'),
        place: `${story.data.name} · ${facts.place}`,
        url: siteUrl(storyPath('stars', story.id)),
      };
}
