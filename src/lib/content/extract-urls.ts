/**
 * Extracts external URLs from editors' source files with file, line and column:
 * JSON string values, and MDX/Markdown text, front matter and JSX props.
 * A bare URL followed by Chinese punctuation is an editor error: Markdown would
 * swallow the punctuation into the link. Here, not in the link checker's folder, because the
 * content check (build and npm run validate alike) enforces that rule too; the link checker
 * (scripts/lib/link-check/) reads its URLs through the same functions.
 */
import { visit } from 'jsonc-parser';

/** Where a URL was found: the file from the project root, 1-based line and column. */
export interface Source {
  file: string;
  line: number;
  column: number;
}

/** A URL an editor must fix before it can work as a link. */
export interface EditorError {
  source: Source;
  url: string;
  message: string;
}

export interface Extracted {
  url: string;
  source: Source;
}

// CJK punctuation, fullwidth punctuation and curly quotes end a URL; CJK ideographs do not (Chinese paths are valid).
const cjkPunctuation =
  '\\u3000-\\u303F\\uFF01-\\uFF0F\\uFF1A-\\uFF20\\uFF3B-\\uFF40\\uFF5B-\\uFF65\\u2018-\\u201F\\u2026';
// "]" ends a URL too: in Markdown "[https://x/](https://x/)" the link text must not swallow the target.
const urlPattern = new RegExp(`https?://[^\\s<>"'\`\\\\\\]${cjkPunctuation}]+`, 'g');
const cjkPunctuationChar = new RegExp(`^[${cjkPunctuation}]`);

/** Trims ASCII punctuation that ends a sentence rather than the URL ("…/page)." → "…/page"). */
export function trimUrl(raw: string): string {
  let url = raw.replace(/[.,;:!?*_~]+$/, '');
  // Keep a closing parenthesis only when the URL opened one.
  while (url.endsWith(')') && (url.match(/\(/g)?.length ?? 0) < (url.match(/\)/g)?.length ?? 0)) url = url.slice(0, -1);
  return url;
}

/** Percent-encodes a URL with Chinese characters; returns undefined when it is not a valid URL. */
export function normaliseUrl(url: string): string | undefined {
  try {
    return new URL(url).href;
  } catch {
    return undefined;
  }
}

/** Finds URLs in one line of text; column is 1-based. */
function urlsInText(text: string, file: string, line: number, columnOffset: number): Extracted[] {
  return [...text.matchAll(urlPattern)].map((m) => ({
    url: trimUrl(m[0]),
    source: { file, line, column: columnOffset + m.index + 1 },
  }));
}

/** Extracts URLs from a JSON file's string values. */
export function extractFromJson(file: string, text: string): Extracted[] {
  const found: Extracted[] = [];
  visit(text, {
    onLiteralValue(value, _offset, _length, startLine, startCharacter) {
      if (typeof value === 'string') found.push(...urlsInText(value, file, startLine + 1, startCharacter + 1));
    },
  });
  return found;
}

/** Extracts URLs from MDX or Markdown (front matter included) and flags bare URLs glued to Chinese punctuation. */
export function extractFromMarkdown(file: string, text: string): { urls: Extracted[]; errors: EditorError[] } {
  const urls: Extracted[] = [];
  const errors: EditorError[] = [];
  text.split('\n').forEach((lineText, i) => {
    for (const m of lineText.matchAll(urlPattern)) {
      const url = trimUrl(m[0]);
      const source = { file, line: i + 1, column: m.index + 1 };
      urls.push({ url, source });
      const before = lineText.slice(0, m.index);
      const after = lineText.slice(m.index + url.length);
      const isTarget =
        /\]\($/.test(before) ||
        /=\s*["'{]$/.test(before) ||
        /<$/.test(before) ||
        /^\s*[a-zA-Z]+:\s*["']?$/.test(before);
      const punctuation = cjkPunctuationChar.exec(after)?.[0];
      if (!isTarget && punctuation) {
        errors.push({
          source,
          url,
          message: `网址后面紧跟中文标点“${punctuation}”：Markdown 会把标点当成网址的一部分，链接就坏了。请在网址和“${punctuation}”之间加一个空格，或写成 [${url}](${url})`,
        });
      }
    }
  });
  return { urls, errors };
}
