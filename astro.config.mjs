// @ts-check
import { readFileSync } from 'node:fs';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { contentGuard } from './src/integrations/content-guard.ts';
import { isShortCodeUrl } from './src/lib/citation.ts';
import { siteConfig } from './src/site.config.ts';

// Redirect stubs (moved pages, short URLs) stand in for other pages; search engines should list only the targets.
const base = siteConfig.base.replace(/\/$/, '');
/** @returns {string[]} */
function movedPaths() {
  try {
    return JSON.parse(readFileSync(new URL('./content/redirects.json', import.meta.url), 'utf8')).map((/** @type {{ from: string }} */ r) => `${base}${r.from}`);
  } catch {
    return []; // A broken file is reported in Chinese by the content guard, which runs next.
  }
}
const movedFrom = new Set(movedPaths());
const isStub = (/** @type {string} */ page) => movedFrom.has(new URL(page).pathname) || isShortCodeUrl(page);

export default defineConfig({
  site: siteConfig.site,
  base: siteConfig.base,
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory' },
  // 'jsx' would strip spaces between inline elements and glue mixed Chinese/English runs together.
  compressHTML: true,
  integrations: [contentGuard(), mdx(), sitemap({ filter: (page) => !page.includes('/404') && !isStub(page) })],
});
