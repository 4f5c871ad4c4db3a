/**
 * Overlapping character bigrams for Chinese, as Lucene's CJKBigramFilter and Elasticsearch's `cjk`
 * analyzer index Chinese without a dictionary. Pagefind cuts Chinese into words with a dictionary
 * segmenter at build time (jieba) and not at all in the browser, so a passage that crosses its
 * word boundaries, or a name inside a longer word, matches weakly or not at all; every passage of
 * n characters, though, is made of its n−1 bigrams. The build indexes each page's bigrams as
 * index-only words (and tells Pagefind not to segment: src/integrations/search.ts INDEX_LANGUAGE),
 * and a query of Chinese characters searches by its bigrams.
 *
 * Digits count as characters of a run too, so "10月20日" or "第3期" is matched verbatim like any
 * passage, where Pagefind's words would find any page with a 10, a 20 and a 月 somewhere.
 *
 * Both sides must agree on the words, and Pagefind re-segments Chinese words on both sides, so a
 * bigram is written as an ASCII word that neither segmenter cuts: `qx` and each character's code
 * in three base-36 digits. Bundled into the browser script: imports nothing.
 */

/** Starts every bigram word; a reader's Latin query would have to begin with it to touch them. */
export const BIGRAM_PREFIX = 'qx';

// Three base-36 digits with a first digit below 'z' give 45,360 codes: the ten digits, the middle
// dot, then the characters from U+3000 on, which reaches past 〇, CJK Extension A and the Unified
// Ideographs. 'z' then ends a run's last character (see runWords).
const DIGITS = 10;
const DOT = DIGITS;
const FIRST = 0x3000;
const OFFSET = DOT + 1;
const LAST = FIRST + 35 * 36 * 36 - OFFSET - 1;
const RUN_END = 'z';
/** Middle dots join the parts of a name (埃德加·斯诺); all three count as one. */
const DOTS = new Set(['\u00b7', '\u30fb', '\u2027']);

/** Tells whether a character is one that bigrams cover: an ASCII digit, a middle dot or a Chinese character. */
export function isBigramChar(ch: string): boolean {
  const code = ch.codePointAt(0)!;
  if ((code >= 0x30 && code <= 0x39) || DOTS.has(ch)) return true;
  return code >= FIRST && code <= LAST && /\p{Script=Han}/u.test(ch);
}

const code = (ch: string) => {
  const point = ch.codePointAt(0)!;
  return (point <= 0x39 ? point - 0x30 : DOTS.has(ch) ? DOT : point - FIRST + OFFSET).toString(36).padStart(3, '0');
};

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
 * has the character, and the bigrams of a passage stand at consecutive positions, so a page has
 * the passage verbatim where its bigrams stand at their offsets. The last character's word ends in 'z', which no bigram's
 * second character starts with, so it is never a prefix of a bigram word: Pagefind, finding no word
 * for a bigram, would otherwise fall back to the longest indexed prefix of it.
 */
export function runWords(run: string): string[] {
  const chars = [...run];
  const words = chars.slice(0, -1).map((ch, i) => `${BIGRAM_PREFIX}${code(ch)}${code(chars[i + 1]!)}`);
  if (chars.length > 0) words.push(`${BIGRAM_PREFIX}${code(chars.at(-1)!)}${RUN_END}`);
  return words;
}

/**
 * Lists the index words of a text: the words of each of its runs, in order, each different run
 * once. A page that repeats a run (a list page's badges, a name in every row) would otherwise
 * store its positions again each time, and a query downloads every position of its words.
 */
export function textWords(text: string): string[] {
  return [...new Set(hanRuns(text))].flatMap((run) => [...runWords(run), RUN_GAP]);
}

/**
 * Follows each run in the index text: a word of punctuation, which Pagefind counts as a position
 * but indexes nothing for. Without it, the first bigram of the next run would stand two positions
 * after the last bigram of this one, just where the covering bigrams of a passage that joins the
 * two runs would be looked for.
 */
export const RUN_GAP = '-';

const bigramAt = (chars: readonly string[], i: number) => `${BIGRAM_PREFIX}${code(chars[i]!)}${code(chars[i + 1]!)}`;

/**
 * The bigrams a query searches a run by, with their offsets in the run: every other bigram, and
 * the last one, which between them cover each character ("终身学习" → 终身, 学习). A page that
 * has the run has these; it has the run verbatim where they stand at these offsets from each
 * other. Half the bigrams means half the index chunks a query downloads.
 */
export function coverBigrams(run: string): { word: string; offset: number }[] {
  const chars = [...run];
  const last = chars.length - 2;
  const cover: { word: string; offset: number }[] = [];
  for (let i = 0; i <= last; i += 2) cover.push({ word: bigramAt(chars, i), offset: i });
  if (last > 0 && last % 2 === 1) cover.push({ word: bigramAt(chars, last), offset: last });
  return cover;
}

/** The query words for a run of characters: its covering bigrams, or for one character the prefix that every word it begins shares. */
export function queryWords(run: string): string[] {
  const chars = [...run];
  if (chars.length === 1) return [`${BIGRAM_PREFIX}${code(chars[0]!)}`];
  return coverBigrams(run).map((b) => b.word);
}

/**
 * The words of a query's Latin part, as Pagefind reads them, except initials: "E.B." in "E.B.怀特"
 * is no word the index has (Pagefind reads the page's "E.B." its own way), and a query word it
 * cannot match empties the result. Beside Chinese characters, which find the page, a part made of
 * single letters only is left out.
 */
function latinWords(text: string, alone: boolean): string[] {
  const initialsOnly = text.split(/[^\p{L}\p{N}]+/u).every((w) => [...w].length <= 1);
  return initialsOnly && !alone ? [] : text.trim().split(/\s+/);
}

/**
 * Rewrites one query term for the bigram index: each run of Chinese characters and digits becomes
 * its query words; Latin letters and punctuation stay as they are (Pagefind's own words, or dropped).
 * Returns the words in order and the term's runs of two or more characters.
 */
export function termWords(term: string): { words: string[]; runs: string[] } {
  const words: string[] = [];
  const runs: string[] = [];
  let other = '';
  let run = '';
  // Single letters are dropped only beside characters that still find the page.
  const hasRun = [...term].some(isBigramChar);
  const flush = () => {
    if (run) {
      words.push(...queryWords(run));
      if ([...run].length >= 2) runs.push(run);
    }
    if (other.trim()) words.push(...latinWords(other, !hasRun));
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
