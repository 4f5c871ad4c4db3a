/**
 * Builds the Pagefind index of the finished site into dist/pagefind/ through Pagefind's Node API.
 * Each page is handed to Pagefind with a few extra words appended to its searchable body — the
 * variants and synonyms of the words it uses (src/lib/search/query.ts indexTerms) — so readers'
 * words find it; the published HTML stays as built. Must run before cspHeader(), which looks for
 * the .wasm file to allow WebAssembly.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { EXTRA_TEXT_MARK, indexTerms } from '../lib/search/query.ts';

/** Weight of the extra words: below body text (1), so a page that uses a word itself ranks first. */
const EXTRA_TERMS_WEIGHT = '0.5';

/**
 * Weight of the page's own title repeated for the index: above Pagefind's h1 weight (7) and the
 * list pages' headings that repeat an entry's title, so the page a title names ranks first.
 */
const TITLE_WEIGHT = '10';

/** Appends a page's extra search words and its weighted title to its searchable <main>, for the index only. */
export function withIndexTerms(html: string): string {
  const end = html.lastIndexOf('</main>');
  if (end < 0 || !html.includes('data-pagefind-body')) return html;
  const main = html.slice(html.indexOf('<main'), end);
  const terms = indexTerms(main.replace(/<[^>]*>/g, ''));
  const title = /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(main)?.[1]?.replace(/<[^>]*>/g, '').trim();
  const extra = [
    `<p>${EXTRA_TEXT_MARK}</p>`,
    title ? `<p data-pagefind-weight="${TITLE_WEIGHT}">${title}</p>` : '',
    terms.length ? `<p data-pagefind-weight="${EXTRA_TERMS_WEIGHT}">${terms.join(' ')}</p>` : '',
    `<p>${EXTRA_TEXT_MARK}</p>`,
  ].join('');
  return `${html.slice(0, end)}${extra}${html.slice(end)}`;
}

export function searchIndex(): AstroIntegration {
  return {
    name: 'search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        const pages = (await readdir(root, { recursive: true })).map((f) => f.replaceAll('\\', '/')).filter((f) => f.endsWith('.html'));
        let indexed = 0;
        for (let i = 0; i < pages.length; i += 16) {
          const batch = pages.slice(i, i + 16);
          const texts = await Promise.all(batch.map((f) => readFile(join(root, f), 'utf8')));
          const added = await Promise.all(
            batch.map((sourcePath, j) => (texts[j]!.includes('data-pagefind-body') ? index.addHTMLFile({ sourcePath, content: withIndexTerms(texts[j]!) }) : undefined)),
          );
          for (const result of added) {
            if (!result) continue;
            if (result.errors.length > 0) throw new Error(`Pagefind: ${result.errors.join('; ')}`);
            indexed += 1;
          }
        }
        const written = await index.writeFiles({ outputPath: join(root, 'pagefind') });
        if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
        await pagefind.close();
        logger.info(`pagefind/: ${indexed} page(s) indexed`);
      },
    },
  };
}
