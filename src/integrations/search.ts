/**
 * Builds the Pagefind index of the finished site into dist/pagefind/ through Pagefind's Node API.
 * Each page is handed to Pagefind with index-only text appended to its searchable body (the
 * published HTML stays as built): the variants and synonyms of the words it uses
 * (src/lib/search/query.ts indexTerms), its title weighted, and the character bigrams of its text
 * and title (src/lib/search/bigrams.ts). Pagefind stores all indexed text in each page's fragment,
 * which a search downloads per result, so the fragments are written without the index-only text.
 * Next to the index goes the traditional→simplified table for the characters of the indexed text
 * (src/lib/search/variants.ts). Must run before cspHeader(), which looks for the .wasm file to
 * allow WebAssembly.
 */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { textWords } from '../lib/search/bigrams.ts';
import { pageText, type PageText } from '../lib/search/page-text.ts';
import { EXTRA_TEXT_MARK, indexTerms, VARIANT_TABLE_FILE } from '../lib/search/query.ts';
import { variantTable } from '../lib/search/variants.ts';

/** Weight of the extra words: below body text (1), so a page that uses a word itself ranks first. */
const EXTRA_TERMS_WEIGHT = '0.5';

/**
 * Weight of the page's own title repeated for the index: above Pagefind's h1 weight (7) and the
 * list pages' headings that repeat an entry's title, so the page a title names ranks first.
 */
const TITLE_WEIGHT = '10';

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Appends a page's index-only text to its searchable <main>: extra words, weighted title, and the bigrams of its title (weighted) and text. */
export function withIndexTerms(html: string, page: PageText): string {
  const end = html.lastIndexOf('</main>');
  if (end < 0 || !html.includes('data-pagefind-body')) return html;
  const terms = indexTerms(page.text);
  const extra = [
    `<p>${EXTRA_TEXT_MARK}</p>`,
    page.title ? `<p data-pagefind-weight="${TITLE_WEIGHT}">${escape(page.title)}</p>` : '',
    terms.length ? `<p data-pagefind-weight="${EXTRA_TERMS_WEIGHT}">${terms.join(' ')}</p>` : '',
    page.title ? `<p data-pagefind-weight="${TITLE_WEIGHT}">${textWords(page.title).join(' ')}</p>` : '',
    `<p>${textWords(page.text).join(' ')}</p>`,
  ].join('');
  return `${html.slice(0, end)}${extra}${html.slice(end)}`;
}

/** Cuts the index-only text off a fragment's content: it would only swell what each result downloads. */
export function withoutIndexOnlyText(fragment: Uint8Array): Uint8Array {
  const text = gunzipSync(fragment).toString('utf8');
  const header = 'pagefind_dcd';
  if (!text.startsWith(header)) throw new Error('Pagefind fragment without its header: the fragment format changed');
  const data = JSON.parse(text.slice(header.length)) as { content: string };
  const cut = data.content.indexOf(EXTRA_TEXT_MARK);
  if (cut >= 0) data.content = data.content.slice(0, cut).replace(/[\s\u200B]+$/, '');
  return gzipSync(`${header}${JSON.stringify(data)}`, { level: 9 });
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
        const chars = new Set<string>();
        for (let i = 0; i < pages.length; i += 16) {
          const batch = pages.slice(i, i + 16);
          const htmls = await Promise.all(batch.map((f) => readFile(join(root, f), 'utf8')));
          const added = await Promise.all(
            batch.map((sourcePath, j) => {
              const html = htmls[j]!;
              const page = html.includes('data-pagefind-body') ? pageText(html) : undefined;
              if (!page) return undefined;
              for (const ch of page.text) chars.add(ch);
              return index.addHTMLFile({ sourcePath, content: withIndexTerms(html, page) });
            }),
          );
          for (const result of added) {
            if (!result) continue;
            if (result.errors.length > 0) throw new Error(`Pagefind: ${result.errors.join('; ')}`);
            indexed += 1;
          }
        }
        const { files, errors: fileErrors } = await index.getFiles();
        if (fileErrors.length > 0) throw new Error(`Pagefind: ${fileErrors.join('; ')}`);
        await pagefind.close();
        const out = join(root, 'pagefind');
        for (const file of files) {
          const path = join(out, file.path);
          await mkdir(dirname(path), { recursive: true });
          await writeFile(path, file.path.endsWith('.pf_fragment') ? withoutIndexOnlyText(file.content) : file.content);
        }
        const table = variantTable(chars);
        await writeFile(join(out, VARIANT_TABLE_FILE), JSON.stringify(table));
        logger.info(`pagefind/: ${indexed} page(s) indexed; ${table.traditional.length} traditional character(s) for ${chars.size} in the text`);
      },
    },
  };
}
