/**
 * The components a story's MDX may use. The names must match storyComponentNames, which the
 * content guard enforces.
 */
import type { storyComponentNames } from '../../lib/stories/rules.ts';
import Figure from './Figure.astro';
import Quote from './Quote.astro';
import Video from './Video.astro';

export const storyComponents = { Figure, Quote, Video } satisfies Record<(typeof storyComponentNames)[number], unknown>;
