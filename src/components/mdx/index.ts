/**
 * The one registry of components editors use in MDX. Each content route passes its collection's
 * set via `components={…}`, so content never imports source files; names and props are declared in
 * src/schemas/mdx.ts, which the content guard enforces. Routes import the set they pass from its own
 * module (stories.ts, pages.ts): Astro bundles the styles of every component a route imports, so a
 * story page importing this barrel would carry the page components' CSS, and the other way round.
 */
export { storyComponents } from './stories.ts';
export { pageComponents } from './pages.ts';
