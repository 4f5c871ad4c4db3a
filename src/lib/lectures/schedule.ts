/**
 * Schedule helpers: ordering and grouping by Beijing day, the "现在" target, related lectures.
 * Pure and free of Astro: the pages and the browser script share them.
 */
import { beijingDay } from '../shared/datetime.ts';

const DAY_MS = 86_400_000;
/** Lecture days further apart than this belong to different weeks (editions). */
const WEEK_GAP_MS = 30 * DAY_MS;

/** Orders items by start, then by title, without changing the input. */
export function sortByStart<T extends { start: string; title: string }>(items: readonly T[]): T[] {
  return [...items].sort(
    (a, b) => Date.parse(a.start) - Date.parse(b.start) || a.title.localeCompare(b.title, 'zh-CN'),
  );
}

export interface ScheduleDay<T> {
  /** Beijing day, "YYYY-MM-DD". */
  day: string;
  items: T[];
}

/** Groups items by the Beijing day they start on, days and items in time order. */
export function groupByDay<T extends { start: string; title: string }>(items: readonly T[]): ScheduleDay<T>[] {
  const days = new Map<string, T[]>();
  for (const item of sortByStart(items)) {
    const day = beijingDay(item.start);
    days.set(day, [...(days.get(day) ?? []), item]);
  }
  return [...days].map(([day, dayItems]) => ({ day, items: dayItems }));
}

/** Puts `today` first when it is one of the days; the others keep their order. */
export function orderDays(days: readonly string[], today: string): string[] {
  return days.includes(today) ? [today, ...days.filter((d) => d !== today)] : [...days];
}

/** Tells whether `now` falls within a run of the programme's days (Beijing time), from the run's first day's midnight to its last day's end. */
export function weekIsRunning(days: readonly string[], now: number): boolean {
  if (days.length === 0) return false;
  const starts = [...new Set(days)].sort().map((d) => Date.parse(`${d}T00:00:00+08:00`));
  // The schedule holds every edition's lectures: a long pause between two days is the time between
  // two weeks, not part of one, so the jump shows only while a run of lecture days is under way.
  let from = starts[0]!;
  for (let i = 0; i < starts.length; i++) {
    const to = starts[i]! + DAY_MS;
    const next = starts[i + 1];
    if (next === undefined || next - to > WEEK_GAP_MS) {
      if (now >= from && now < to) return true;
      if (next !== undefined) from = next;
    }
  }
  return false;
}

export interface TimedItem {
  id: string;
  start: string;
  end: string;
  cancelled: boolean;
}

/** Picks the lecture the "现在" jump goes to: the earliest one under way, else the next to start; none once all are over. */
export function nowTarget(items: readonly TimedItem[], now: number): string | undefined {
  const open = items
    .filter((i) => !i.cancelled && Date.parse(i.end) > now)
    .sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
  return open[0]?.id;
}

/** Lists the other lectures of the same series, in time order. */
export function relatedLectures<T extends { id: string; series?: string | undefined; start: string; title: string }>(
  lecture: T,
  all: readonly T[],
): T[] {
  if (lecture.series === undefined) return [];
  return sortByStart(all.filter((l) => l.series === lecture.series && l.id !== lecture.id));
}

/**
 * Picks the lectures a front page shows, grouped by day: the next `limit` that have not ended at `now`
 * (cancelled ones left out); once the programme is over, its first `limit`, whose replays are what is left.
 */
export function nextLectures<T extends { start: string; end: string; title: string; status: string }>(
  items: readonly T[],
  now: number,
  limit: number,
): { over: boolean; days: ScheduleDay<T>[] } {
  const held = sortByStart(items.filter((i) => i.status !== 'cancelled'));
  const open = held.filter((i) => Date.parse(i.end) > now);
  const over = open.length === 0;
  return { over, days: groupByDay((over ? held : open).slice(0, limit)) };
}
