import { describe, expect, it } from 'vitest';
import { pageTypeFor, searchAttributes } from '../../src/lib/search/facets.ts';
import {
  dateWords,
  EXTRA_TEXT_MARK,
  indexTerms,
  mergeResults,
  normalizeQuery,
  promoteExactTitles,
  queryTerms,
  resultExcerpt,
  rewriteQuery,
  searchedQuery,
  simplifier,
  titleKey,
  visibleExcerpt,
} from '../../src/lib/search/query.ts';
import { variantTable } from '../../src/lib/search/variants.ts';

// The build generates the table from the indexed text; these tests use a small text of their own.
const toSimplified = simplifier(variantTable(new Set('终身学习线上社会大讲堂电信网络诈骗账号注册')));

describe('normalizeQuery', () => {
  it('turns full-width digits, letters and spaces half-width', () => {
    expect(normalizeQuery('２０２３年')).toBe('2023年');
    expect(normalizeQuery('ＡＰＰ　下载')).toBe('APP 下载');
  });
  it('turns traditional characters simplified by the table', () => {
    expect(normalizeQuery('終身學習', toSimplified)).toBe('终身学习');
    expect(normalizeQuery('線上社會大講堂', toSimplified)).toBe('线上社会大讲堂');
    expect(normalizeQuery('終身學習')).toBe('終身學習');
  });
  it('corrects variants and miswritings to the words the site uses', () => {
    expect(normalizeQuery('终生学习')).toBe('终身学习');
    expect(normalizeQuery('帐号注册')).toBe('账号注册');
    expect(normalizeQuery('終生學習', toSimplified)).toBe('终身学习');
  });
  it('collapses spaces and leaves plain queries alone', () => {
    expect(normalizeQuery('  太原   讲座 ')).toBe('太原 讲座');
    expect(normalizeQuery('老年教育')).toBe('老年教育');
  });
});

describe('queryTerms', () => {
  it('splits on spaces and Chinese punctuation', () => {
    expect(queryTerms('老年 阅读，太原、讲座')).toEqual(['老年', '阅读', '太原', '讲座']);
  });
});

describe('rewriteQuery', () => {
  it('offers each synonym of a term, longest member first so 大讲堂 is not read as 讲堂', () => {
    expect(rewriteQuery('讲座').synonyms).toEqual(['大讲堂', '公开课', '讲堂']);
    expect(rewriteQuery('社会大讲堂').synonyms).toEqual(['社会讲座', '社会公开课']);
    expect(rewriteQuery('百姓学习之星').synonyms).toEqual([]);
    expect(rewriteQuery('学习之星').synonyms).toEqual(['百姓学习之星']);
  });
  it('keeps other terms of a multi-term query and lists the single terms', () => {
    const r = rewriteQuery('太原 讲座');
    expect(r.query).toBe('太原 讲座');
    expect(r.synonyms).toEqual(['太原 大讲堂', '太原 公开课', '太原 讲堂']);
    expect(r.terms).toEqual(['太原', '讲座']);
    expect(rewriteQuery('老年').terms).toEqual([]);
  });
  it('caps the synonym queries', () => {
    expect(rewriteQuery('老年 讲座').synonyms.length).toBeLessThanOrEqual(4);
  });
});

describe('resultExcerpt', () => {
  it('shows the excerpt when the page text matched in it, else the summary as text', () => {
    expect(resultExcerpt('推进<mark>终身</mark>学习', '摘要')).toEqual({ html: '推进<mark>终身</mark>学习' });
    expect(resultExcerpt(`网址待核实 ${EXTRA_TEXT_MARK} <mark>学习平台</mark>`, '通知点名的学习平台')).toEqual({
      text: '通知点名的学习平台',
    });
    expect(resultExcerpt('没有命中', undefined)).toEqual({ html: '没有命中' });
    expect(resultExcerpt('', undefined)).toBeUndefined();
  });
});

describe('dates as one word', () => {
  it('indexes a written date by month and day, and by year too when the text gives it', () => {
    expect(dateWords('2023年10月20日开幕，10月 8 日报送')).toEqual(['riqi1020', 'riqi20231020', 'riqi1008']);
    expect(dateWords('2023年10月')).toEqual([]);
  });
  it('searches a date in a query by the same word, keeping the other terms', () => {
    expect(searchedQuery('2023年10月20日')).toBe('riqi20231020');
    expect(searchedQuery(normalizeQuery('１０月２０日讲座'))).toBe('riqi1020 讲座');
    expect(searchedQuery('太原 10月8日')).toBe('太原 riqi1008');
    expect(searchedQuery('终身学习')).toBe('终身学习');
  });
  it('adds the date words to the index terms', () => {
    expect(indexTerms('8月10日印发')).toContain('riqi0810');
  });
});

describe('indexTerms', () => {
  it('adds variants and synonyms of the words a page uses, not the ones it already has', () => {
    const terms = indexTerms('推进终身学习，举办老年讲座和社会大讲堂');
    expect(terms).toEqual(expect.arrayContaining(['终生', '公开课', '长者', '老人']));
    expect(terms).not.toContain('讲座');
    expect(terms).not.toContain('大讲堂');
    expect(indexTerms('没有相关词语')).toEqual([]);
  });
});

describe('mergeResults', () => {
  it('keeps the best weighted score per page, best first', () => {
    const merged = mergeResults([
      {
        weight: 1,
        results: [
          { id: 'a', score: 2 },
          { id: 'b', score: 1 },
        ],
      },
      {
        weight: 0.5,
        results: [
          { id: 'b', score: 10 },
          { id: 'c', score: 1 },
        ],
      },
    ]);
    expect(merged).toEqual([
      { id: 'b', score: 5 },
      { id: 'a', score: 2 },
      { id: 'c', score: 0.5 },
    ]);
  });
});

describe('facets', () => {
  it('tells a page type from its path; a section index is a page, not an entry', () => {
    expect(pageTypeFor('/lectures/sxou-01-lifelong-learning/')).toBe('讲座');
    expect(pageTypeFor('/lectures/')).toBe('页面');
    expect(pageTypeFor('/platforms/')).toBe('平台');
    expect(pageTypeFor('/cities/taiyuan/')).toBe('城市');
    expect(pageTypeFor('/books/x/')).toBe('图书');
    expect(pageTypeFor('/cases/x/')).toBe('品牌项目');
    expect(pageTypeFor('/')).toBe('页面');
    expect(pageTypeFor('/notice-2023/')).toBe('页面');
  });
  it('lists filters and metadata, with the year taken from the date', () => {
    expect(searchAttributes('/lectures/x/', { city: '太原市', date: '2023-10-16' })).toEqual({
      filters: [
        ['type', '讲座'],
        ['city', '太原市'],
        ['year', '2023'],
      ],
      meta: [
        ['city', '太原市'],
        ['date', '2023-10-16'],
      ],
    });
    expect(searchAttributes('/', {})).toEqual({ filters: [['type', '页面']], meta: [] });
  });
});

describe('exact titles', () => {
  it('compares titles without spaces, punctuation or variant forms', () => {
    expect(titleKey('守好养老钱：防范电信网络诈骗')).toBe(titleKey('守好养老钱 防范電信网络诈骗', toSimplified));
  });
  it('moves an exact title match first and keeps the rest in order', () => {
    const items = ['线上社会大讲堂节目单（大字版）', '学习平台', '线上社会大讲堂'];
    expect(promoteExactTitles(items, (s) => s, '线上社会大讲堂')).toEqual([
      '线上社会大讲堂',
      '线上社会大讲堂节目单（大字版）',
      '学习平台',
    ]);
    expect(promoteExactTitles(items, (s) => s, '大讲堂')).toEqual(items);
  });
});

describe('visibleExcerpt', () => {
  it('drops the index-only text from an excerpt', () => {
    expect(visibleExcerpt(`本市<mark>讲座</mark>日程. ${EXTRA_TEXT_MARK} 讲座日程 终生 ${EXTRA_TEXT_MARK}`)).toBe(
      '本市<mark>讲座</mark>日程.',
    );
    expect(visibleExcerpt(`${EXTRA_TEXT_MARK} 终生 ${EXTRA_TEXT_MARK}`)).toBe('');
    expect(visibleExcerpt('没有标记')).toBe('没有标记');
  });
});
