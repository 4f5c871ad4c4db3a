/**
 * Generates the traditional → simplified table that search normalises queries with, from OpenCC
 * (opencc-js, a devDependency): every traditional form of every character that occurs in the
 * indexed text, in OpenCC's standard, Taiwan and Hong Kong forms (髮 and 發 for 发, 裡 and 裏 for
 * 里). Characters the text itself uses are not rewritten but listed apart (`shared`): 著 in 著名 or
 * 乾 in 乾隆 are simplified characters too, so a query keeps them and is searched once more with
 * them simplified (活著 → 活着). Build time only; the browser gets the table as data
 * (src/lib/search/query.ts VariantTable).
 */
import { Converter } from 'opencc-js';
import HKVariants from 'opencc-js/dict/HKVariants';
import HKVariantsRev from 'opencc-js/dict/HKVariantsRev';
import STCharacters from 'opencc-js/dict/STCharacters';
import TSCharacters from 'opencc-js/dict/TSCharacters';
import TWVariants from 'opencc-js/dict/TWVariants';
import TWVariantsRev from 'opencc-js/dict/TWVariantsRev';
import type { VariantTable } from './query.ts';

/** OpenCC's conversions to simplified, tried in turn: Taiwan forms, Hong Kong forms, OpenCC's standard traditional. */
const toSimplified = ['tw', 'hk', 't'].map((from) => Converter({ from, to: 'cn' }));

/** Converts one character to simplified as OpenCC does: the first conversion that changes it. */
export function openccSimplified(ch: string): string {
  for (const convert of toSimplified) {
    const converted = convert(ch);
    if (converted !== ch) return converted;
  }
  return ch;
}

const entries = (dict: string) => dict.split('|').map((entry) => entry.split(' '));

/** Every character OpenCC's character tables name on their traditional side. */
export const traditionalCandidates: readonly string[] = (() => {
  const chars = new Set<string>();
  for (const dict of [TSCharacters, TWVariantsRev, HKVariantsRev])
    for (const [from] of entries(dict)) if (from && [...from].length === 1) chars.add(from);
  for (const dict of [STCharacters, TWVariants, HKVariants])
    for (const [, ...to] of entries(dict)) for (const ch of to) if ([...ch].length === 1) chars.add(ch);
  return [...chars].sort();
})();

/** Builds the table for the characters of the indexed text: each traditional character whose OpenCC simplified form is one of them, apart when the text uses it too. */
export function variantTable(textChars: ReadonlySet<string>): VariantTable {
  const table: VariantTable = { traditional: '', simplified: '', shared: '', sharedSimplified: '' };
  for (const ch of traditionalCandidates) {
    const to = openccSimplified(ch);
    if (to === ch || [...to].length !== 1 || !textChars.has(to)) continue;
    if (textChars.has(ch)) {
      table.shared += ch;
      table.sharedSimplified += to;
    } else {
      table.traditional += ch;
      table.simplified += to;
    }
  }
  return table;
}
