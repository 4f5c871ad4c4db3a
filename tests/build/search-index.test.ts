/** The built search index, read from dist/: the variant table agrees with OpenCC for the indexed text, and the fragments a search downloads hold no index-only text. */
import { readdirSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { distDir, htmlFiles } from '../../scripts/lib/dist-files.ts';
import { readCorpus } from '../../scripts/lib/search-corpus.ts';
import { BIGRAM_PREFIX } from '../../src/lib/search/bigrams.ts';
import { pageText } from '../../src/lib/search/page-text.ts';
import { EXTRA_TEXT_MARK, SEARCH_DATA_FILE, type SearchData } from '../../src/lib/search/query.ts';
import { openccDisagreements } from '../helpers/search/opencc-check.ts';

const pagefindDir = `${distDir}pagefind/`;

describe('search index', () => {
  it('ships a traditional → simplified table that agrees with OpenCC for every character of the indexed text', () => {
    const { variants } = JSON.parse(readFileSync(`${pagefindDir}${SEARCH_DATA_FILE}`, 'utf8')) as SearchData;
    const chars = new Set(readCorpus(distDir).flatMap((p) => [...p.text]));
    expect(openccDisagreements(variants, chars)).toEqual([]);
    // Only this site's characters: a few KB, not OpenCC's whole table.
    expect(readFileSync(`${pagefindDir}${SEARCH_DATA_FILE}`).byteLength).toBeLessThan(40_000);
  });

  it('lists the filter values that the pages declare', () => {
    const { filters } = JSON.parse(readFileSync(`${pagefindDir}${SEARCH_DATA_FILE}`, 'utf8')) as SearchData;
    expect(Object.keys(filters).sort()).toEqual(['city', 'type', 'year']);
    for (const values of Object.values(filters)) expect(values.length).toBeGreaterThan(0);
  });

  it('writes fragments without the index-only text (extra words, bigrams)', () => {
    const fragments = readdirSync(`${pagefindDir}fragment`);
    expect(fragments.length).toBeGreaterThan(0);
    for (const file of fragments) {
      const text = gunzipSync(readFileSync(`${pagefindDir}fragment/${file}`)).toString('utf8');
      const { content } = JSON.parse(text.slice('pagefind_dcd'.length)) as { content: string };
      expect(content, file).not.toContain(EXTRA_TEXT_MARK);
      expect(content, file).not.toMatch(new RegExp(`\\b${BIGRAM_PREFIX}[0-9a-z]{6}\\b`));
    }
  });

  it("leaves a story's link back to its section out of the searchable text: it is navigation, and it opened every excerpt", () => {
    for (const file of htmlFiles()) {
      const html = readFileSync(`${distDir}${file}`, 'utf8');
      const back = /<p class="back-link"[^>]*>\s*<a [^>]*>([^<]+)<\/a>/.exec(html);
      if (!back) continue;
      const text = pageText(html)?.text ?? '';
      expect(text.split('\n')[0], file).not.toBe(back[1]!.trim());
    }
  });
});
