/**
 * Renders a story's MDX body to HTML for the feeds, and gathers what the pure feed builders
 * (lib/stories/feed-items.ts) need. Presentation: it runs Astro's container renderer.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { loadRenderers } from 'astro:container';
import { render, type CollectionEntry } from 'astro:content';
import { getContainerRenderer } from '@astrojs/mdx/container-renderer';
import { absolutizeHtml } from '../../lib/shared/feeds.ts';
import { oncePerKey } from '../../lib/shared/memo.ts';
import type { FeedFacts } from '../../lib/stories/feed-items.ts';
import { placeOf } from '../../lib/stories/load.ts';
import { siteConfig } from '../../site.config.ts';
import { storyComponents } from '../mdx/stories.ts';
import { sharePoster } from './share-poster.ts';

let container: Promise<AstroContainer> | undefined;

/** Renders an entry's MDX body to an HTML string (root-relative links stay relative). */
export async function renderStoryHtml(entry: CollectionEntry<'cases' | 'stars' | 'news'>): Promise<string> {
  container ??= loadRenderers([getContainerRenderer()]).then((renderers) => AstroContainer.create({ renderers }));
  const { Content } = await render(entry);
  return (await container).renderToString(Content, { props: { components: storyComponents } });
}

/**
 * Returns a story's feed body with absolute URLs, its place name when it names a city, and its poster's size.
 * Once per entry and build: the RSS and JSON feeds and the 数据接口 page's excerpts all ask for the same stories.
 */
export const feedFacts = oncePerKey(
  (entry: CollectionEntry<'cases' | 'stars' | 'news'>) => `${entry.collection}/${entry.id}`,
  storyFacts,
);

async function storyFacts(entry: CollectionEntry<'cases' | 'stars' | 'news'>): Promise<FeedFacts> {
  const contentHtml = absolutizeHtml(await renderStoryHtml(entry), siteConfig.site);
  const { city, county } = entry.data as { city?: string; county?: string };
  const posterBytes = entry.collection === 'news' ? undefined : (await sharePoster(entry)).byteLength;
  return {
    contentHtml,
    ...(city ? { place: await placeOf({ city, county }) } : {}),
    ...(posterBytes ? { posterBytes } : {}),
  };
}
