// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { contentGuard } from './src/integrations/content-guard.ts';
import { isShortCodeUrl } from './src/lib/citation.ts';
import { siteConfig } from './src/site.config.ts';

export default defineConfig({
  site: siteConfig.site,
  base: siteConfig.base,
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory' },
  // 'jsx' would strip spaces between inline elements and glue mixed Chinese/English runs together.
  compressHTML: true,
  integrations: [contentGuard(), mdx(), sitemap({ filter: (page) => !page.includes('/404') && !isShortCodeUrl(page) })],
});
