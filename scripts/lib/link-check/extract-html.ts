/**
 * Extract stage of the link checker: every URL an HTML document refers to, with its line and
 * column, and every fragment target it offers. Pure (string in, data out) so the offline check,
 * the online check and the tests share one reading of HTML.
 */
import { parse, type HTMLElement } from 'node-html-parser';

/** One URL as written in a document. */
export interface FoundUrl {
  /** The attribute value with entities decoded and surrounding whitespace removed, as a browser reads it. */
  url: string;
  /** Lower-case tag name of the element that carries it. */
  element: string;
  /** The attribute it came from (`content` for a meta refresh). */
  attribute: string;
  /** 1-based line of the element's start tag. */
  line: number;
  /** 1-based column of the element's start tag. */
  column: number;
}

/** What the checker needs to know about one HTML document. */
export interface ExtractedHtml {
  urls: FoundUrl[];
  /** Fragment targets: every id, plus the legacy `<a name>` that browsers still scroll to. */
  ids: Set<string>;
  /** href of `<link rel="canonical">`, if any. */
  canonical: string | undefined;
  /** Whether a robots meta tag asks search engines not to index the page. */
  noindex: boolean;
}

/** Attributes that hold a URL, per element; `srcset` holds several. */
const URL_ATTRIBUTES: Readonly<Record<string, readonly string[]>> = {
  a: ['href'],
  area: ['href'],
  link: ['href'],
  img: ['src', 'srcset'],
  source: ['src', 'srcset'],
  script: ['src'],
  form: ['action'],
  iframe: ['src'],
  video: ['src', 'poster'],
  audio: ['src'],
  track: ['src'],
  embed: ['src'],
  object: ['data'],
};

const SELECTOR = [...Object.keys(URL_ATTRIBUTES), 'meta', '[id]'].join(',');

/** Extracts URLs (with positions), fragment targets, canonical and robots from an HTML document. */
export function extractHtml(html: string): ExtractedHtml {
  const root = parse(html, { comment: false });
  const position = positionFinder(html);
  const result: ExtractedHtml = { urls: [], ids: new Set(), canonical: undefined, noindex: false };
  for (const el of root.querySelectorAll(SELECTOR)) {
    const tag = el.tagName.toLowerCase();
    const id = el.getAttribute('id');
    if (id) result.ids.add(id);
    if (tag === 'a' && el.getAttribute('name')) result.ids.add(el.getAttribute('name')!);
    const found = (attribute: string, url: string) =>
      result.urls.push({ url, element: tag, attribute, ...position(el.range[0]) });
    if (tag === 'meta') {
      const refresh = refreshUrl(el);
      if (refresh) found('content', refresh);
      if (isNoindex(el)) result.noindex = true;
      continue;
    }
    for (const attribute of URL_ATTRIBUTES[tag] ?? []) {
      const value = el.getAttribute(attribute);
      if (value === undefined) continue;
      if (attribute === 'srcset') for (const url of srcsetUrls(value)) found(attribute, url);
      else found(attribute, value.trim());
    }
    if (tag === 'link' && relOf(el).includes('canonical')) result.canonical = el.getAttribute('href')?.trim();
  }
  return result;
}

/** The target of a meta refresh (`0; url=/new/`), which sends the reader on like a link does. */
function refreshUrl(meta: HTMLElement): string | undefined {
  if (meta.getAttribute('http-equiv')?.toLowerCase() !== 'refresh') return undefined;
  return /^\s*\d+(?:\.\d*)?\s*[;,]?\s*(?:url\s*=\s*)?(['"]?)(.+?)\1\s*$/i.exec(meta.getAttribute('content') ?? '')?.[2];
}

/** Tells whether a meta tag is `<meta name="robots">` forbidding indexing (`noindex` or `none`). */
function isNoindex(meta: HTMLElement): boolean {
  return (
    meta.getAttribute('name')?.toLowerCase() === 'robots' &&
    /\b(noindex|none)\b/i.test(meta.getAttribute('content') ?? '')
  );
}

/** Lists the link types in an element's rel attribute, lower-cased. */
function relOf(el: HTMLElement): string[] {
  return (el.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
}

/** Splits a srcset into its URLs, following the HTML parsing rules (a URL is a run of non-space; descriptors follow it). */
export function srcsetUrls(srcset: string): string[] {
  const urls: string[] = [];
  let i = 0;
  while (i < srcset.length) {
    while (i < srcset.length && /[\s,]/.test(srcset[i]!)) i++;
    const start = i;
    while (i < srcset.length && !/\s/.test(srcset[i]!)) i++;
    let url = srcset.slice(start, i);
    if (url.endsWith(',')) url = url.replace(/,+$/, '');
    else while (i < srcset.length && srcset[i] !== ',') i++;
    if (url) urls.push(url);
  }
  return urls;
}

/** Returns a function that turns a character offset into a 1-based line and column. */
function positionFinder(text: string): (offset: number) => { line: number; column: number } {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo]! + 1 };
  };
}
