/** Build-time memoising: each piece of work runs once per build. */
import { describe, expect, it } from 'vitest';
import { once, oncePerKey, recentPerKey } from '../../src/lib/shared/memo.ts';

describe('memo', () => {
  it('runs the work on the first call only, sharing a promise and even an undefined result', async () => {
    let runs = 0;
    const value = once(async () => ++runs);
    expect(value()).toBe(value());
    await expect(value()).resolves.toBe(1);
    const nothing = once(() => {
      runs += 10;
      return undefined;
    });
    nothing();
    nothing();
    expect(runs).toBe(11);
  });

  it('runs the work once per key', () => {
    const seen: string[] = [];
    const upper = oncePerKey(
      (e: { id: string }) => e.id,
      (e) => {
        seen.push(e.id);
        return e.id.toUpperCase();
      },
    );
    expect([upper({ id: 'a' }), upper({ id: 'b' }), upper({ id: 'a' })]).toEqual(['A', 'B', 'A']);
    expect(seen).toEqual(['a', 'b']);
  });

  it('keeps the results of the keys used last, dropping the least recently used', () => {
    const made: string[] = [];
    const double = recentPerKey(
      2,
      (s: string, n: number) => `${s}${n}`,
      (s, n) => {
        made.push(`${s}${n}`);
        return s.repeat(n);
      },
    );
    expect([double('a', 2), double('b', 2), double('a', 2), double('c', 1), double('a', 2), double('b', 2)]).toEqual([
      'aa',
      'bb',
      'aa',
      'c',
      'aa',
      'bb',
    ]);
    // b2 was the least recently used when c1 came, so it was made again.
    expect(made).toEqual(['a2', 'b2', 'c1', 'b2']);
  });
});
