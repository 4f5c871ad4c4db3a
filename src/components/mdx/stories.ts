/** The story components (cases, stars, news items), and rendering a story to HTML for feeds. */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { loadRenderers } from 'astro:container';
import { render, type CollectionEntry } from 'astro:content';
import { getContainerRenderer } from '@astrojs/mdx/container-renderer';
import type { storyComponentNames } from '../../schemas/mdx.ts';
import Figure from './Figure.astro';
import Quote from './Quote.astro';
import Video from './Video.astro';

export const storyComponents = { Figure, Quote, Video } satisfies Record<(typeof storyComponentNames)[number], unknown>;

let container: Promise<AstroContainer> | undefined;

/** Renders an entry's MDX body to an HTML string (root-relative links stay relative). */
export async function renderStoryHtml(entry: CollectionEntry<'cases' | 'stars' | 'news'>): Promise<string> {
  container ??= loadRenderers([getContainerRenderer()]).then((renderers) => AstroContainer.create({ renderers }));
  const { Content } = await render(entry);
  return (await container).renderToString(Content, { props: { components: storyComponents } });
}
