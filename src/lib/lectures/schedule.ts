/**
 * Schedule helpers: Beijing days and clock times, grouping by day, the "现在" target,
 * and the URL filters. Pure and free of Astro: the pages and the browser script share them.
 */

const DAY_MS = 86_400_000;
const BEIJING_MS = 8 * 3_600_000;
const weekdays = ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'];

const epoch = (time: string | number) => (typeof time === 'number' ? time : Date.parse(time));

/** Returns the Beijing calendar day "YYYY-MM-DD" of an instant (ISO string or epoch ms). */
export function beijingDay(time: string | number): string {
  return new Date(epoch(time) + BEIJING_MS).toISOString().slice(0, 10);
}

/** Returns the Beijing wall-clock time "HH:MM" of an instant. */
export function beijingClock(time: string | number): string {
  return new Date(epoch(time) + BEIJING_MS).toISOString().slice(11, 16);
}

/** Returns the minutes between two instants. */
export function durationMinutes(start: string, end: string): number {
  return Math.round((Date.parse(end) - Date.parse(start)) / 60_000);
}

/** Formats minutes in Chinese: 90 → "1小时30分钟", 120 → "2小时", 45 → "45分钟". */
export function formatDuration(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return `${rest}分钟`;
  return rest === 0 ? `${hours}小时` : `${hours}小时${rest}分钟`;
}

/** Formats a day "2023-10-16" as "10月16日 星期一". */
export function formatDayHeading(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  return `${date.getUTCMonth() + 1}月${date.getUTCDate()}日 ${weekdays[date.getUTCDay()]}`;
}

/** Formats a day "2023-10-16" as "2023年10月16日 星期一". */
export function formatLongDay(day: string): string {
  return `${day.slice(0, 4)}年${formatDayHeading(day)}`;
}

/** Orders items by start, then by title, without changing the input. */
export function sortByStart<T extends { start: string; title: string }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => Date.parse(a.start) - Date.parse(b.start) || a.title.localeCompare(b.title, 'zh-CN'));
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
  const open = items.filter((i) => !i.cancelled && Date.parse(i.end) > now).sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
  return open[0]?.id;
}

/** Lists the other lectures of the same series, in time order. */
export function relatedLectures<T extends { id: string; series?: string | undefined; start: string; title: string }>(lecture: T, all: readonly T[]): T[] {
  if (lecture.series === undefined) return [];
  return sortByStart(all.filter((l) => l.series === lecture.series && l.id !== lecture.id));
}
