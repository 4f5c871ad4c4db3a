import { describe, expect, it } from 'vitest';
import { weekIsRunning } from '../../src/lib/lectures/schedule.ts';

const at = (iso: string) => Date.parse(iso);

describe('the week under way, when the schedule holds several editions', () => {
  const days = ['2030-10-16', '2030-10-18', '2030-10-22', '2031-06-14', '2031-06-15'];

  it('runs from the first to the last day of each run of lecture days, gaps of a few days included', () => {
    expect(weekIsRunning(days, at('2030-10-16T00:00:00+08:00'))).toBe(true);
    expect(weekIsRunning(days, at('2030-10-20T12:00:00+08:00'))).toBe(true);
    expect(weekIsRunning(days, at('2031-06-15T23:59:00+08:00'))).toBe(true);
  });

  it('is not running in the months between two editions, nor before the first or after the last', () => {
    expect(weekIsRunning(days, at('2030-12-01T10:00:00+08:00'))).toBe(false);
    expect(weekIsRunning(days, at('2030-10-15T23:59:00+08:00'))).toBe(false);
    expect(weekIsRunning(days, at('2031-06-16T00:00:00+08:00'))).toBe(false);
    expect(weekIsRunning([], at('2030-10-16T10:00:00+08:00'))).toBe(false);
  });
});
