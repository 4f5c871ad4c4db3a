/** Pagefind fragments as the build publishes them: the index-only text cut off, compressed as before. */
import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { fragmentWithoutIndexOnlyText, withoutIndexOnlyText } from '../../src/integrations/search.ts';
import { EXTRA_TEXT_MARK } from '../../src/lib/search/query.ts';

const fragment = (content: string) => `pagefind_dcd${JSON.stringify({ url: '/a/', content, word_count: 3 })}`;

describe('Pagefind fragments', () => {
  it('cut the index-only text and the spaces before it, and keep the rest as it was', () => {
    const text = fragment(`正文​内容. \u200B${EXTRA_TEXT_MARK} 学习 习平`);
    expect(fragmentWithoutIndexOnlyText(text)).toBe(fragment('正文​内容.'));
    expect(fragmentWithoutIndexOnlyText(fragment('没有附加'))).toBe(fragment('没有附加'));
  });

  it('refuse a fragment in another format', () => {
    expect(() => fragmentWithoutIndexOnlyText('{"content":""}')).toThrow(/format changed/);
  });

  it('come out compressed exactly as a synchronous gzip at level 9 would, whichever thread compresses them', async () => {
    const text = fragment(`正文${EXTRA_TEXT_MARK}附加`);
    const cut = await withoutIndexOnlyText(gzipSync(text));
    expect(Buffer.from(cut)).toEqual(gzipSync(fragment('正文'), { level: 9 }));
    expect(gunzipSync(cut).toString('utf8')).toBe(fragment('正文'));
  });
});
