/**
 * Schedule helpers: ordering and grouping by Beijing day, the "现在" target, related lectures.
 * Pure and free of Astro: the pages and the browser script share them.
 */
import { beijingDay } from '../shared/datetime.ts';

const DAY_MS = 86_400_000;

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

/** Tells whether `now` falls on one of the days of the programme (Beijing time), from its first day's midnight to its last day's end. */
export function weekIsRunning(days: readonly string[], now: number): boolean {
  if (days.length === 0) return false;
  const sorted = [...days].sort();
  const from = Date.parse(`${sorted[0]}T00:00:00+08:00`);
  const to = Date.parse(`${sorted.at(-1)}T00:00:00+08:00`) + DAY_MS;
  return now >= from && now < to;
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
