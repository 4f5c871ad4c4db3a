/** The story components (cases, stars, news items). */
import type { storyComponentNames } from '../../schemas/mdx.ts';
import Figure from './Figure.astro';
import Quote from './Quote.astro';
import Video from './Video.astro';

export const storyComponents = { Figure, Quote, Video } satisfies Record<(typeof storyComponentNames)[number], unknown>;
