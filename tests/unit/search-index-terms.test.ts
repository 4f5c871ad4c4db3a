import { describe, expect, it } from 'vitest';
import { latinWords, withIndexTerms } from '../../src/lib/search/stage-page.ts';
import { EXTRA_TEXT_MARK } from '../../src/lib/search/query.ts';

describe('latinWords', () => {
  it('cuts Latin words out of Chinese text, joiners kept inside and dropped at the end', () => {
    expect(latinWords('AI时代的Wi-Fi，5G网络与C++。')).toEqual(['AI', 'Wi-Fi', '5G', 'C']);
    expect(latinWords("O'Neil说：APP")).toEqual(["O'Neil", 'APP']);
  });

  it('keeps every occurrence, for term frequency, and letters of any script but Han', () => {
    expect(latinWords('APP下载APP')).toEqual(['APP', 'APP']);
    expect(latinWords('café和Москва')).toEqual(['café', 'Москва']);
  });

  it('leaves digits and Chinese to the bigrams', () => {
    expect(latinWords('2023年10月20日，第3期')).toEqual([]);
  });
});

describe('withIndexTerms', () => {
  const html = '<main data-pagefind-body><h1>AI时代</h1><p>学习APP &amp; 讲堂</p></main>';

  it('appends the index-only text after the mark, inside the searchable body', () => {
    const out = withIndexTerms(html, { title: 'AI时代', text: 'AI时代\n学习APP & 讲堂' });
    const extra = out.slice(out.indexOf(EXTRA_TEXT_MARK));
    expect(out.startsWith(html.slice(0, html.lastIndexOf('</main>')))).toBe(true);
    expect(out.endsWith('</main>')).toBe(true);
    expect(extra).toContain('<p>AI APP</p>');
    expect(extra).toMatch(/qx[0-9a-z]{6}/);
  });

  it('leaves a page without a searchable body as it is', () => {
    const plain = '<main><p>AI</p></main>';
    expect(withIndexTerms(plain, { title: '', text: 'AI' })).toBe(plain);
  });
});
