/**
 * One page as Pagefind is given it: its HTML with the index-only text appended to its searchable
 * body (the published HTML stays as built), and what the search data needs of it. The index-only
 * text is the variants and synonyms of the words it uses (query.ts indexTerms), its title
 * weighted, its Latin words, and the character bigrams of its text and title (bigrams.ts).
 * Build time only: src/lib/search/stage-worker.ts runs it for src/integrations/search.ts.
 */
import { textWords } from './bigrams.ts';
import { pageText, searchableRange, type PageText } from './page-text.ts';
import { EXTRA_TEXT_MARK, indexTerms } from './query.ts';

/** Weight of the extra words: below body text (1), so a page that uses a word itself ranks first. */
const EXTRA_TERMS_WEIGHT = '0.5';

/**
 * Weight of the page's own title repeated for the index: above Pagefind's h1 weight (7) and the
 * list pages' headings that repeat an entry's title, so the page a title names ranks first.
 */
const TITLE_WEIGHT = '10';

/**
 * Weight of the text's bigrams. Their rank only ever competes with other bigrams, so the weight
 * is free to choose: Pagefind stores a word's positions on a page behind a marker unless they
 * carry its default weight code (25), which 1.05 is (24 per unit of weight, rounded down). That
 * leaves out two numbers per page of every bigram's list, some 5 % of the index a query downloads.
 */
const BIGRAM_WEIGHT = '1.05';

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The Latin words of a text (letters of any script but Han, with the digits and joiners inside
 * them: "AI", "Wi-Fi", "5G"), each occurrence. Without segmentation Pagefind would read "AI时代"
 * as one chunk, so the index gets them as words of their own; digits and Chinese have bigrams.
 */
export function latinWords(text: string): string[] {
  return [...text.matchAll(/(?:(?!\p{Script=Han})[\p{L}\p{N}])(?:(?!\p{Script=Han})[\p{L}\p{M}\p{N}'’._&+#-])*/gu)]
    .map(([word]) => word.replace(/[._'’&+#-]+$/, ''))
    .filter((word) => /(?!\p{Script=Han})\p{L}/u.test(word));
}

/** Appends a page's index-only text to its searchable <main>: extra words, weighted title, its Latin words, and the bigrams of its title (weighted) and text. */
export function withIndexTerms(html: string, page: PageText): string {
  const end = html.lastIndexOf('</main>');
  if (end < 0 || !html.includes('data-pagefind-body')) return html;
  const terms = indexTerms(page.text);
  const latin = latinWords(page.text);
  const extra = [
    `<p>${EXTRA_TEXT_MARK}</p>`,
    page.title ? `<p data-pagefind-weight="${TITLE_WEIGHT}">${escape(page.title)}</p>` : '',
    terms.length ? `<p data-pagefind-weight="${EXTRA_TERMS_WEIGHT}">${terms.join(' ')}</p>` : '',
    latin.length ? `<p>${escape(latin.join(' '))}</p>` : '',
    page.title ? `<p data-pagefind-weight="${TITLE_WEIGHT}">${textWords(page.title).join(' ')}</p>` : '',
    `<p data-pagefind-weight="${BIGRAM_WEIGHT}">${textWords(page.text).join(' ')}</p>`,
  ].join('');
  return `${html.slice(0, end)}${extra}${html.slice(end)}`;
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" };

/** Collects the filter values a page declares (SearchFacets' data-pagefind-filter="key:value" spans). */
export function pageFilters(html: string, into: Map<string, Set<string>>): void {
  for (const [, key, value] of html.matchAll(/data-pagefind-filter="([^":]+):([^"]*)"/g)) {
    const text = value!
      .replace(/&(amp|lt|gt|quot|#39);/g, (_, name: string) => entities[name]!)
      .replace(/\s+/g, ' ')
      .trim();
    if (!into.has(key!)) into.set(key!, new Set());
    into.get(key!)!.add(text);
  }
}

export interface StagedPage {
  /** The HTML to index. */
  html: string;
  /** The searchable text, whose characters the traditional→simplified table must cover. */
  text: string;
}

/** An attribute Pagefind reads (a body, a filter, meta, a sort key, weights…), data-pagefind-ignore aside. */
const PAGEFIND_ATTRIBUTE = /data-pagefind-(?!ignore)/;

/**
 * What of a page Pagefind needs to read: its <main> searchable body alone, in a document of its
 * own, when nothing outside it speaks to Pagefind; else the whole page. Pagefind indexes only the
 * body of a page that has one, and takes its title and image from there too, while the head,
 * navigation and footer are some 60 % of a page's HTML: written out and parsed again for nothing.
 */
export function indexedPart(html: string): string {
  const range = searchableRange(html);
  if (!range) return html;
  const [start, end] = range;
  if (PAGEFIND_ATTRIBUTE.test(html.slice(0, start)) || PAGEFIND_ATTRIBUTE.test(html.slice(end))) return html;
  const root = /<html\b[^>]*>/i.exec(html.slice(0, start))?.[0] ?? '<html>';
  return `<!doctype html>${root}<head><meta charset="utf-8"></head><body>${html.slice(start, end)}</body></html>`;
}

/** A page ready for Pagefind, or undefined when it has no searchable body (Pagefind would leave it out). */
export function stagePage(html: string, filters: Map<string, Set<string>>): StagedPage | undefined {
  if (!html.includes('data-pagefind-body')) return undefined;
  const part = indexedPart(html);
  const page = pageText(part);
  if (!page) return undefined;
  pageFilters(part, filters);
  return { html: withIndexTerms(part, page), text: page.text };
}
