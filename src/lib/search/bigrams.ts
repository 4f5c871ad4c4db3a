/**
 * Overlapping character bigrams for Chinese, as Lucene's CJKBigramFilter and Elasticsearch's `cjk`
 * analyzer index Chinese without a dictionary. Pagefind cuts Chinese into words with a dictionary
 * segmenter (jieba at build time, Intl.Segmenter in the browser), so a passage that crosses its
 * word boundaries, or a name inside a longer word, matches weakly or not at all; every passage of
 * n characters, though, is made of its n−1 bigrams. The build indexes each page's bigrams once more
 * as index-only words, and a query of Chinese characters searches by its bigrams.
 *
 * Both sides must agree on the words, and Pagefind re-segments Chinese words on both sides, so a
 * bigram is written as an ASCII word that neither segmenter cuts: `qx` and each character's code
 * point in three base-36 digits. Bundled into the browser script: imports nothing.
 */

/** Starts every bigram word; a reader's Latin query would have to begin with it to touch them. */
export const BIGRAM_PREFIX = 'qx';

// Three base-36 digits from U+3000 reach U+E12F with a first digit below 'z', which covers 〇,
// CJK Extension A and the Unified Ideographs; 'z' then ends a run's last character (see below).
const FIRST = 0x3000;
const LAST = FIRST + 35 * 36 * 36 - 1;
const RUN_END = 'z';

/** Tells whether a character is one of the Chinese characters that bigrams cover. */
export function isBigramChar(ch: string): boolean {
  const code = ch.codePointAt(0)!;
  return code >= FIRST && code <= LAST && /\p{Script=Han}/u.test(ch);
}

const code = (ch: string) => (ch.codePointAt(0)! - FIRST).toString(36).padStart(3, '0');

/** Splits text into runs of consecutive bigram characters (and drops everything between them). */
export function hanRuns(text: string): string[] {
  const runs: string[] = [];
  let run = '';
  for (const ch of text) {
    if (isBigramChar(ch)) run += ch;
    else if (run) {
      runs.push(run);
      run = '';
    }
  }
  if (run) runs.push(run);
  return runs;
}

/**
 * Lists the index words of one run of characters, in order: a bigram word for each pair of
 * neighbours, then a word for the run's last character alone. So every character of the text
 * begins exactly one word: a one-character query (a prefix of those words) finds every page that
 * has the character, and a passage's bigrams stand at consecutive positions, which is what an
 * exact (quoted) Pagefind search checks. The last character's word ends in 'z', which no bigram's
 * second character starts with, so it is never a prefix of a bigram word: Pagefind, finding no word
 * for a bigram, would otherwise fall back to the longest indexed prefix of it.
 */
export function runWords(run: string): string[] {
  const chars = [...run];
  const words = chars.slice(0, -1).map((ch, i) => `${BIGRAM_PREFIX}${code(ch)}${code(chars[i + 1]!)}`);
  if (chars.length > 0) words.push(`${BIGRAM_PREFIX}${code(chars.at(-1)!)}${RUN_END}`);
  return words;
}

/** Lists the index words of a text: the words of each of its runs, in order. */
export function textWords(text: string): string[] {
  return hanRuns(text).flatMap(runWords);
}

/** The query words for a run of characters: its bigrams, or for one character the prefix that every word it begins shares. */
export function queryWords(run: string): string[] {
  const chars = [...run];
  if (chars.length === 1) return [`${BIGRAM_PREFIX}${code(chars[0]!)}`];
  return chars.slice(0, -1).map((ch, i) => `${BIGRAM_PREFIX}${code(ch)}${code(chars[i + 1]!)}`);
}

/**
 * Rewrites one query term for the bigram index: each run of Chinese characters becomes its query
 * words; digits, Latin letters and punctuation stay as they are (Pagefind's own words, or dropped).
 * Returns the words in order and the term's runs of two or more characters: a page has the term
 * verbatim only where each run's bigrams stand at consecutive positions, which an exact (quoted)
 * Pagefind search checks.
 */
export function termWords(term: string): { words: string[]; runs: string[] } {
  const words: string[] = [];
  const runs: string[] = [];
  let other = '';
  let run = '';
  const flush = () => {
    if (run) {
      words.push(...queryWords(run));
      if ([...run].length >= 2) runs.push(run);
    }
    if (other.trim()) words.push(...other.trim().split(/\s+/));
    run = '';
    other = '';
  };
  for (const ch of term) {
    if (isBigramChar(ch) !== (run !== '') && (run || other)) flush();
    if (isBigramChar(ch)) run += ch;
    else other += ch;
  }
  flush();
  return { words, runs };
}
