// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import { schemaKeyedCacheDir } from './src/integrations/cache-dir.ts';
import { buildProfile, profiled } from './src/integrations/build-profile.ts';
import { contentGuard } from './src/integrations/content-guard.ts';
import { cspHeader } from './src/integrations/csp.ts';
import { publishedUrls } from './src/integrations/published-urls.ts';
import { isShortCodeUrl } from './src/lib/stories/permalinks.ts';
import { searchIndex } from './src/integrations/search.ts';
import { sitemapFilter } from './src/lib/site/sitemap.ts';
import { siteConfig } from './src/site.config.ts';

// Astro lets an environment variable named BASE_URL (vitest sets one; so do some CI systems)
// override import.meta.env.BASE_URL in pages, which would silently drop the SITE_BASE sub-path.
delete process.env.BASE_URL;

// Redirect stubs (moved pages, short URLs) and the 404 page stand in for other pages; the sitemap lists only real ones.
const listed = sitemapFilter(siteConfig.base);

// Astro wraps every MDX entry in a module that starts with the directive "use astro:head-inject".
// Since withastro/astro#17095 Astro finds those modules by their ?astroPropagatedAssets id and no
// longer reads the directive, but the content-assets plugin still writes it, and Rolldown warns
// that it may not survive bundling (MODULE_LEVEL_DIRECTIVE, once per entry). The directive is
// inert, so only this one warning is dropped; upstream: https://github.com/withastro/astro/issues/18087
// Remove this once Astro stops emitting the directive; every other warning fails `npm test`.
/** @param {{ code?: string; message: string }} log */
const isInertHeadInjectDirective = (log) =>
  log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('"use astro:head-inject"');

export default defineConfig({
  site: siteConfig.site,
  base: siteConfig.base,
  // Astro keeps its content data store in cacheDir (default node_modules/.astro). node_modules is
  // shared by worktrees and by the tests' project copies, so concurrent builds read each other's
  // content; a cache inside the project keeps every build to its own files.
  // The folder is keyed by the schemas' text (src/integrations/cache-dir.ts): Astro does not notice a schema change.
  cacheDir: schemaKeyedCacheDir(fileURLToPath(new URL('.', import.meta.url)), '.cache/astro'),
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory' },
  // 'jsx' would strip spaces between inline elements and glue mixed Chinese/English runs together.
  compressHTML: true,
  vite: {
    build: {
      rolldownOptions: {
        onLog(level, log, handler) {
          if (level === 'warn' && isInertHeadInjectDirective(log)) return;
          handler(level, log);
        },
      },
    },
  },
  // cspHeader() comes after every integration that writes into dist/: it hashes the inline code of
  // the finished dist/ and sees Pagefind's .wasm. buildProfile() only reports (npm run bench), so it
  // comes after all; profiled() names the stages of the profile and changes nothing otherwise.
  integrations: [
    profiled(contentGuard(), { 'astro:config:setup': 'content guard' }),
    mdx(),
    profiled(sitemap({ filter: (page) => listed(page) && !isShortCodeUrl(page) }), { 'astro:build:done': 'sitemap' }),
    profiled(searchIndex(), { 'astro:build:done': 'Pagefind indexing' }),
    // Sees every file the build wrote, sitemap and posters included; before cspHeader, which writes server configuration only.
    profiled(publishedUrls(), { 'astro:build:done': 'URL manifest' }),
    profiled(cspHeader(), { 'astro:build:done': 'CSP hashing' }),
    buildProfile(),
  ],
});
