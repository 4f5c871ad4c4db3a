/** The story components (cases, stars, news items). */
import type { storyComponentNames } from '../../schemas/mdx.ts';
import Figure from './Figure.astro';
import Quote from './Quote.astro';
import Video from './Video.astro';
import Link from './Link.astro';

const named = { Figure, Quote, Video } satisfies Record<(typeof storyComponentNames)[number], unknown>;

/** `a` renders the editor's Markdown links, so one that leaves the site is marked as every outbound link is. */
export const storyComponents = { ...named, a: Link };
