import { describe, expect, it } from 'vitest';
import { normalizeQuery, rewriteQuery, simplifier } from '../../src/lib/search/query.ts';
import { variantTable } from '../../src/lib/search/variants.ts';
import { openccDisagreements } from '../helpers/search/opencc-check.ts';

// A small text of its own: the build generates the table from the site's indexed text.
const text = '全民终身学习活动周，线上社会大讲堂。长辈模式，头发，干净，后来，里面，台风，活着；作者 著，发展，面条。';
const chars = new Set(text);

describe('the traditional → simplified table generated from OpenCC', () => {
  const table = variantTable(chars);
  it('agrees with OpenCC: each entry converts as OpenCC converts it, and no traditional form of a text character is missing', () => {
    expect(openccDisagreements(table, chars)).toEqual([]);
    expect(table.traditional.length).toBeGreaterThan(20);
  });
  it('holds every traditional form of a character, Taiwan and Hong Kong forms too', () => {
    const sure = simplifier(table).sure;
    for (const [t, s] of [
      ['髮', '发'],
      ['發', '发'],
      ['乾', '干'],
      ['幹', '干'],
      ['裡', '里'],
      ['裏', '里'],
      ['颱', '台'],
      ['臺', '台'],
      ['麵', '面'],
      ['輩', '辈'],
      ['後', '后'],
    ])
      expect(sure.get(t!), t).toBe(s);
  });
  it('keeps characters the text uses itself, and searches them both ways', () => {
    const variants = simplifier(table);
    expect(variants.sure.has('著')).toBe(false);
    expect(variants.shared.get('著')).toBe('着');
    expect(rewriteQuery('活著', variants)).toMatchObject({ query: '活著', alternatives: ['活着'] });
    expect(normalizeQuery('長輩模式', variants)).toBe('长辈模式');
  });
  it('lists only characters of the text', () => {
    expect(variantTable(new Set('学'))).toEqual({
      traditional: '學',
      simplified: '学',
      shared: '',
      sharedSimplified: '',
    });
  });
  it('fails the check when a table and OpenCC disagree', () => {
    expect(openccDisagreements({ ...table, traditional: table.traditional.replace('髮', '髪') }, chars)).toContain(
      "missing 髮 (OpenCC's traditional form of 发)",
    );
    expect(
      openccDisagreements({ traditional: '學', simplified: '习', shared: '', sharedSimplified: '' }, new Set('学习'))
        .length,
    ).toBeGreaterThan(0);
  });
});
