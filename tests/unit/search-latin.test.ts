import { describe, expect, it } from 'vitest';
import { termWords } from '../../src/lib/search/bigrams.ts';

describe('the Latin part of a query term', () => {
  it('drops initials written with dots beside Chinese characters, which still find the page', () => {
    const { words } = termWords('E.B.怀特');
    expect(words).toHaveLength(1);
    expect(words[0]).not.toMatch(/[.A-Z]/);
  });

  it('keeps Latin words as Pagefind reads them', () => {
    expect(termWords('WebAssembly').words).toEqual(['WebAssembly']);
    expect(termWords('Wi-Fi').words).toEqual(['Wi-Fi']);
    expect(termWords('AI时代').words[0]).toBe('AI');
  });

  it('keeps a term that is only initials, so the query is never empty', () => {
    expect(termWords('E.B.').words).toEqual(['E.B.']);
  });
});
