import { describe, expect, it } from 'vitest';
import { isSettled, lectureStatus, statusWordKey, type StatusFacts } from '../../src/lib/lectures/status.ts';

const facts = (over: Partial<StatusFacts> = {}): StatusFacts => ({
  start: '2023-10-16T09:30:00+08:00',
  end: '2023-10-16T11:00:00+08:00',
  status: 'scheduled',
  hasReplay: false,
  ...over,
});
const at = (iso: string) => Date.parse(iso);

describe('lecture status across time boundaries', () => {
  it('is upcoming until the start instant, live from it, over at the end instant', () => {
    expect(lectureStatus(facts(), at('2023-10-15T12:00:00+08:00')).phase).toBe('upcoming');
    expect(lectureStatus(facts(), at('2023-10-16T09:29:59.999+08:00')).phase).toBe('upcoming');
    expect(lectureStatus(facts(), at('2023-10-16T09:30:00+08:00')).phase).toBe('live');
    expect(lectureStatus(facts(), at('2023-10-16T10:59:59.999+08:00')).phase).toBe('live');
    expect(lectureStatus(facts(), at('2023-10-16T11:00:00+08:00')).phase).toBe('ended');
    expect(lectureStatus(facts(), at('2025-01-01T00:00:00Z')).phase).toBe('ended');
  });

  it('reads instants, not wall clocks: 01:30 UTC is 09:30 in Beijing', () => {
    expect(lectureStatus(facts(), at('2023-10-16T01:30:00Z')).phase).toBe('live');
    expect(lectureStatus(facts(), at('2023-10-16T01:29:00Z')).phase).toBe('upcoming');
  });

  it('offers the replay once the lecture is over, not before', () => {
    const withReplay = facts({ hasReplay: true });
    expect(lectureStatus(withReplay, at('2023-10-16T10:00:00+08:00')).phase).toBe('live');
    expect(lectureStatus(withReplay, at('2023-10-16T11:00:00+08:00')).phase).toBe('replay');
  });

  it('keeps a cancelled lecture cancelled before, during and after its time', () => {
    const cancelled = facts({ status: 'cancelled', hasReplay: true });
    for (const now of ['2023-10-15T00:00:00+08:00', '2023-10-16T10:00:00+08:00', '2023-10-17T00:00:00+08:00']) {
      expect(lectureStatus(cancelled, at(now))).toEqual({ phase: 'cancelled', changed: false });
    }
  });

  it('flags a changed lecture while its phase follows the new times', () => {
    const changed = facts({ status: 'changed' });
    expect(lectureStatus(changed, at('2023-10-16T08:00:00+08:00'))).toEqual({ phase: 'upcoming', changed: true });
    expect(lectureStatus(changed, at('2023-10-16T10:00:00+08:00'))).toEqual({ phase: 'live', changed: true });
    expect(lectureStatus(changed, at('2023-10-16T12:00:00+08:00'))).toEqual({ phase: 'ended', changed: true });
  });

  it('tells which phases a page built earlier may state without an as-of time', () => {
    expect(['upcoming', 'live', 'ended', 'replay', 'cancelled'].filter((p) => isSettled(p as never))).toEqual([
      'ended',
      'replay',
      'cancelled',
    ]);
  });

  it('words an offline lecture under way as 正在进行, an online one as 直播中', () => {
    expect(statusWordKey('live', 'offline')).toBe('lectures.status.liveOffline');
    expect(statusWordKey('live', 'hybrid')).toBe('lectures.status.live');
    expect(statusWordKey('replay', 'offline')).toBe('lectures.status.replay');
  });
});
