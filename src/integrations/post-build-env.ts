/**
 * Set by `npm run build` (scripts/build.ts) for the `astro build` it runs: the search index and the
 * CSP header are then written after Astro has exited (src/integrations/post-build.ts) instead of
 * in its astro:build:done hook. Pagefind holds gigabytes for a large site; started from the hook,
 * it held them while Astro still held its own, and the two peaks added up.
 */
export const POST_BUILD_ENV = 'XXZ_POST_BUILD';

/** Whether this `astro build` leaves the search index and the CSP header to the post-build step. */
export const deferredToPostBuild = (): boolean => process.env[POST_BUILD_ENV] === '1';
