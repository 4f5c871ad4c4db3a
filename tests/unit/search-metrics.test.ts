import { describe, expect, it } from 'vitest';
import { figures, figuresByCategory } from '../helpers/search/metrics.ts';

describe('search metrics', () => {
  it('computes recall@10, zero-result rate, top-1, MRR, found and fill', () => {
    const f = figures([
      { category: 'a', expected: ['/x/'], found: ['/x/', '/y/'] },
      { category: 'a', expected: ['/x/', '/y/'], found: ['/z/', '/y/'] },
      { category: 'b', expected: ['/x/'], found: [] },
    ]);
    expect(f).toEqual({
      queries: 3,
      recallAt10: 0.5,
      zeroResultRate: 0.333,
      top1: 0.333,
      mrr: 0.5,
      found: 0.667,
      fill: 0.5,
    });
  });
  it('caps recall at ten expected pages', () => {
    const expected = Array.from({ length: 20 }, (_, i) => `/${i}/`);
    expect(figures([{ category: 'a', expected, found: expected.slice(0, 10) }]).recallAt10).toBe(1);
  });
  it('groups by category', () => {
    const byCategory = figuresByCategory([
      { category: 'a', expected: ['/x/'], found: ['/x/'] },
      { category: 'b', expected: ['/x/'], found: [] },
    ]);
    expect(byCategory.a!.top1).toBe(1);
    expect(byCategory.b!.zeroResultRate).toBe(1);
    expect(byCategory.all!.queries).toBe(2);
  });
});
