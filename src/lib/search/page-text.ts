/**
 * The text of a built page as search sees it: the searchable body (data-pagefind-body) without
 * what Pagefind leaves out (data-pagefind-ignore, scripts, styles, hidden elements). Block elements
 * end a line, inline elements join their neighbours, so "参加<a>大讲堂</a>活动" reads as one
 * passage and a heading does not run into the paragraph after it. The build indexes the bigrams
 * of this text, and the search gate computes each query's expected pages from it. Build time only.
 */
import { HTMLElement, Node, NodeType, parse } from 'node-html-parser';

const INLINE = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'cite',
  'code',
  'data',
  'del',
  'dfn',
  'em',
  'i',
  'ins',
  'kbd',
  'mark',
  'q',
  'rp',
  'rt',
  'ruby',
  's',
  'samp',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'time',
  'u',
  'var',
  'wbr',
]);
const SKIPPED = new Set(['script', 'style', 'template', 'noscript', 'svg', 'iframe']);

export interface PageText {
  /** The h1 of the body, spaces collapsed. */
  title: string;
  /** The body's text, one line per block, spaces collapsed within lines. */
  text: string;
}

function walk(node: Node, out: string[]): void {
  if (node.nodeType === NodeType.TEXT_NODE) {
    out.push(node.text);
    return;
  }
  if (!(node instanceof HTMLElement)) return;
  const tag = node.rawTagName?.toLowerCase() ?? '';
  if (SKIPPED.has(tag) || node.hasAttribute('data-pagefind-ignore') || node.hasAttribute('hidden')) return;
  const block = tag !== '' && !INLINE.has(tag);
  if (block) out.push('\n');
  for (const child of node.childNodes) walk(child, out);
  if (block) out.push('\n');
}

const tidy = (text: string) =>
  text
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');

/**
 * The part of the page to parse: a <main> searchable body and what it holds. A page's header,
 * navigation and footer are most of its HTML and never searched, and parsing is most of the cost
 * of reading a page. Any other element as the body is found by parsing the whole page.
 */
export function searchableSlice(html: string): string {
  const range = searchableRange(html);
  return range ? html.slice(...range) : html;
}

/** Where searchableSlice cuts: from a <main> body's opening tag to the end of the last </main>, if there is one. */
export function searchableRange(html: string): [number, number] | undefined {
  for (const match of html.matchAll(MAIN_BODY_OR_RAW_TEXT)) {
    if (!match[2]) continue;
    const close = html.lastIndexOf('</main>');
    return close > match.index ? [match.index, close + '</main>'.length] : undefined;
  }
  return undefined;
}

/**
 * A <main> opening tag with data-pagefind-body (group 2), or a stretch where such a tag would
 * only be text: a comment, or a script, style, title or textarea with its content.
 */
const MAIN_BODY_OR_RAW_TEXT =
  /<!--[\s\S]*?-->|<(script|style|title|textarea)\b[\s\S]*?<\/\1\s*>|(<main\b[^>]*\sdata-pagefind-body[\s=>/])/gi;

/** Reads the searchable text of a page's HTML, or undefined when the page has no searchable body. */
export function pageText(html: string): PageText | undefined {
  const slice = searchableSlice(html);
  const find = (text: string) => parse(text).querySelector('[data-pagefind-body]');
  const body = find(slice) ?? (slice === html ? null : find(html));
  if (!body) return undefined;
  const out: string[] = [];
  for (const child of body.childNodes) walk(child, out);
  const h1 = body.querySelector('h1');
  return { title: h1 ? tidy(h1.text).replace(/\n/g, ' ') : '', text: tidy(out.join('')) };
}
