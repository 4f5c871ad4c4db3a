/**
 * Checks a variant table against OpenCC itself (opencc-js's converters and its character
 * dictionary, not the generator's code): every entry converts as OpenCC converts it, and every
 * traditional form OpenCC knows for a character of the text is in the table.
 */
import { Converter } from 'opencc-js';
import TSCharacters from 'opencc-js/dict/TSCharacters';
import type { VariantTable } from '../../../src/lib/search/query.ts';

const toCn = ['tw', 'hk', 't'].map((from) => Converter({ from, to: 'cn' }));
const fromCn = ['tw', 'hk', 't'].map((to) => Converter({ from: 'cn', to }));

/** Lists the disagreements between the table and OpenCC for a text's characters; empty when they agree. */
export function openccDisagreements(table: VariantTable, textChars: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  const entries = new Map<string, string>();
  const pairs = (from: string, to: string) => [...from].map((ch, i) => [ch, [...to][i]!] as const);
  for (const [t, s] of [
    ...pairs(table.traditional, table.simplified),
    ...pairs(table.shared, table.sharedSimplified),
  ]) {
    entries.set(t, s);
    if (!toCn.some((convert) => convert(t) === s))
      problems.push(`${t} → ${s}, but OpenCC gives ${toCn.map((c) => c(t)).join('/')}`);
    if (!textChars.has(s)) problems.push(`${t} → ${s}, which the text does not use`);
    if (textChars.has(t) !== [...table.shared].includes(t))
      problems.push(
        `${t} is ${textChars.has(t) ? '' : 'not '}in the text, so it belongs ${textChars.has(t) ? 'with' : 'outside'} the shared characters`,
      );
  }
  const forms = new Map<string, string>();
  for (const [t, ...ss] of TSCharacters.split('|').map((e) => e.split(' ')))
    if (t && ss[0] && textChars.has(ss[0])) forms.set(t, ss[0]);
  for (const ch of textChars) for (const convert of fromCn) for (const t of convert(ch)) if (t !== ch) forms.set(t, ch);
  for (const [t, s] of forms)
    if (t !== s && !entries.has(t)) problems.push(`missing ${t} (OpenCC's traditional form of ${s})`);
  return problems;
}
