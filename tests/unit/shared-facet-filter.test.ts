/** The one facet filter behind the book, case and lecture lists, and each domain's keys. */
import { describe, expect, it } from 'vitest';
import { bookFilter } from '../../src/lib/books/filter.ts';
import { lectureFacets, lectureFilter } from '../../src/lib/lectures/filter.ts';
import { defineFacetFilter, distinct, facetAttributes, facetOptions } from '../../src/lib/shared/facet-filter.ts';
import { fillIn } from '../../src/lib/shared/template.ts';
import { caseFilter } from '../../src/lib/stories/filter.ts';

describe('a facet filter', () => {
  const filter = defineFacetFilter(['list', 'category', 'audience', 'format']);
  const offered = { list: ['a', 'b'], category: ['文学艺术'], audience: ['老年人', '青少年'], format: ['纸质'] };
  const item = { list: ['a'], category: ['文学艺术'], audience: ['老年人', '通用'], format: ['纸质'] };

  it('reads only offered keys and values from the query string', () => {
    expect(filter.parse('?audience=%E8%80%81%E5%B9%B4%E4%BA%BA&list=zzz&colour=red', offered)).toEqual({
      audience: '老年人',
    });
    expect(filter.parse(new URLSearchParams({ list: 'b', format: '纸质' }), offered)).toEqual({
      list: 'b',
      format: '纸质',
    });
    expect(filter.parse('', offered)).toEqual({});
  });

  it('without offered values keeps every known, non-empty parameter, trimmed', () => {
    expect(filter.parse('?list=%20x%20&category=&colour=red')).toEqual({ list: 'x' });
  });

  it('matches every chosen value (AND across keys), one value or several per item', () => {
    expect(filter.matches(item, {})).toBe(true);
    expect(filter.matches(item, { audience: '老年人' })).toBe(true);
    expect(filter.matches(item, { audience: '老年人', list: 'a' })).toBe(true);
    expect(filter.matches(item, { audience: '老年人', list: 'b' })).toBe(false);
    expect(filter.matches(item, { audience: '青少年' })).toBe(false);
    expect(filter.matches({ ...item, list: 'a' }, { list: 'a' })).toBe(true);
    expect(filter.matches({ ...item, list: undefined }, { list: 'a' })).toBe(false);
  });

  it('writes queries with keys in fixed order and round-trips them', () => {
    const chosen = { format: '纸质', audience: '老年人' };
    const query = filter.query(chosen);
    expect(query).toBe('?audience=%E8%80%81%E5%B9%B4%E4%BA%BA&format=%E7%BA%B8%E8%B4%A8');
    expect(filter.parse(query, offered)).toEqual(chosen);
    expect(filter.query({})).toBe('');
  });

  it('counts values in the given order, unknown values last', () => {
    const items = [
      { city: 'b', year: '2023' },
      { city: 'a', year: '2023' },
      { city: 'a', year: '2022' },
      { city: 'z', year: '2022' },
    ];
    expect(facetOptions(items, 'city', (v) => v.toUpperCase(), ['b', 'a'])).toEqual([
      { value: 'b', label: 'B', count: 1 },
      { value: 'a', label: 'A', count: 2 },
      { value: 'z', label: 'Z', count: 1 },
    ]);
    expect(
      facetOptions([item, { ...item, audience: ['通用'] }], 'audience', (v) => v, ['通用', '老年人']).map((o) => [
        o.value,
        o.count,
      ]),
    ).toEqual([
      ['通用', 2],
      ['老年人', 1],
    ]);
  });

  it('marks a list item with the values the browser script reads', () => {
    expect(facetAttributes({ year: '2023', audience: ['老年人', '通用'], city: undefined })).toEqual({
      'data-facet-item': '',
      'data-year': '2023',
      'data-audience': '老年人|通用',
    });
  });

  it('lists distinct values in first-seen order', () => {
    expect(distinct(['b', undefined, 'a', 'b'])).toEqual(['b', 'a']);
  });

  it('fills UI string placeholders and leaves unknown ones', () => {
    expect(fillIn('符合条件的有 {shown} 本（共 {total} 本）', { shown: 3, total: 46 })).toBe(
      '符合条件的有 3 本（共 46 本）',
    );
    expect(fillIn('{unknown}', {})).toBe('{unknown}');
  });
});

describe('each list page names its keys once', () => {
  it('in the order of its form', () => {
    expect(bookFilter.keys).toEqual(['list', 'category', 'audience', 'format']);
    expect(caseFilter.keys).toEqual(['year', 'city', 'category', 'level']);
    expect(lectureFilter.keys).toEqual(['series', 'mode', 'city', 'audience']);
  });

  it('a lecture offers its series, mode, city and audiences', () => {
    const facets = lectureFacets({
      series: '系列公开课',
      mode: 'online',
      city: undefined,
      audiences: ['老年人', '通用'],
    });
    expect(lectureFilter.matches(facets, { mode: 'online', audience: '老年人' })).toBe(true);
    expect(lectureFilter.matches(facets, { mode: 'hybrid' })).toBe(false);
    expect(lectureFilter.matches(facets, { city: 'a' })).toBe(false);
    expect(lectureFilter.matches(facets, { series: '系列公开课' })).toBe(true);
  });
});
