/**
 * A lecture's status at a given moment. Pure and free of Astro so the build and the
 * browser (which refreshes the status of a page built days ago) compute it the same way.
 */

/** What a reader needs to know now: before, during, after (with or without a replay), or called off. */
export type LecturePhase = 'upcoming' | 'live' | 'ended' | 'replay' | 'cancelled';

/** The facts the status depends on; the browser reads them from data attributes. */
export interface StatusFacts {
  /** ISO start, with offset. */
  start: string;
  /** ISO end, with offset. */
  end: string;
  status: 'scheduled' | 'cancelled' | 'changed';
  /** Whether a replay (link or platform) has been published. */
  hasReplay: boolean;
}

export interface LectureStatus {
  phase: LecturePhase;
  /** The lecture was rescheduled or otherwise changed; shown next to the phase as 已调整. */
  changed: boolean;
}

/** Computes the status at `now` (epoch ms): the start instant is live, the end instant is over. */
export function lectureStatus(facts: StatusFacts, now: number): LectureStatus {
  const changed = facts.status === 'changed';
  if (facts.status === 'cancelled') return { phase: 'cancelled', changed: false };
  if (now < Date.parse(facts.start)) return { phase: 'upcoming', changed };
  if (now < Date.parse(facts.end)) return { phase: 'live', changed };
  return { phase: facts.hasReplay ? 'replay' : 'ended', changed };
}

/** Tells whether a phase can no longer change with time, so a page built earlier may state it without a date. */
export function isSettled(phase: LecturePhase): boolean {
  return phase === 'ended' || phase === 'replay' || phase === 'cancelled';
}

/** Every key of src/i18n/zh-CN.ts a status can be worded with. */
const wordForms = ['upcoming', 'live', 'liveOffline', 'ended', 'replay', 'cancelled'] as const;
export type StatusWordKey = `lectures.status.${(typeof wordForms)[number]}`;
export const statusWordKeys: readonly StatusWordKey[] = wordForms.map((k) => `lectures.status.${k}` as const);

/** Names the UI string for a status: an offline lecture under way is "正在进行", not "直播中". */
export function statusWordKey(phase: LecturePhase, mode: string): StatusWordKey {
  return phase === 'live' && mode === 'offline' ? 'lectures.status.liveOffline' : `lectures.status.${phase}`;
}
