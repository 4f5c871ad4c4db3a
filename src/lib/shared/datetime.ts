/** Date and time helpers. Every time on the site is shown in Beijing time (UTC+8, no daylight saving). */

/** ISO 8601 date-time with an optional offset, minutes precision or finer. */
export const isoDateTime = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}:\d{2})?$/;

const BEIJING_OFFSET_MINUTES = 8 * 60;

/** Normalises an ISO date-time to "YYYY-MM-DDTHH:MM:SS+08:00"; a value without offset is read as Beijing time. Returns undefined for impossible dates. */
export function normaliseBeijingDateTime(value: string): string | undefined {
  const match = isoDateTime.exec(value);
  if (!match) return undefined;
  const [, y, mo, d, h, mi, s = '00', offset] = match;
  const wall = Date.UTC(+y!, +mo! - 1, +d!, +h!, +mi!, +s);
  const check = new Date(wall);
  if (check.getUTCMonth() !== +mo! - 1 || check.getUTCDate() !== +d! || +h! > 23 || +mi! > 59 || +s > 59)
    return undefined;
  const offsetMinutes = offset === undefined ? BEIJING_OFFSET_MINUTES : offset === 'Z' ? 0 : parseOffset(offset);
  return toBeijingIso(wall - offsetMinutes * 60_000);
}

function parseOffset(offset: string): number {
  const sign = offset.startsWith('-') ? -1 : 1;
  const [hours, minutes] = offset.slice(1).split(':').map(Number);
  return sign * (hours! * 60 + minutes!);
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Formats an epoch instant as a Beijing-time ISO string with "+08:00". */
export function toBeijingIso(epochMs: number): string {
  const t = new Date(epochMs + BEIJING_OFFSET_MINUTES * 60_000);
  return `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}T${pad(t.getUTCHours())}:${pad(t.getUTCMinutes())}:${pad(t.getUTCSeconds())}+08:00`;
}

/** Formats "2023-10-16" (or a longer ISO value) as "2023年10月16日". */
export function formatChineseDate(isoDate: string): string {
  const [y, m, d] = isoDate.slice(0, 10).split('-');
  return `${y}年${Number(m)}月${Number(d)}日`;
}

/** Formats a partial date ("2023", "2023-10", "2023-10-16") in Chinese. */
export function formatPartialDate(value: string): string {
  const [y, m, d] = value.split('-');
  if (d !== undefined) return formatChineseDate(value);
  if (m !== undefined) return `${y}年${Number(m)}月`;
  return `${y}年`;
}

/** Formats a range of partial dates, dropping the repeated year: "2023年8月—11月". */
export function formatPartialRange(start: string, end: string): string {
  const from = formatPartialDate(start);
  if (start === end) return from;
  const to = formatPartialDate(end);
  const sameYear = start.slice(0, 4) === end.slice(0, 4);
  return `${from}—${sameYear ? to.replace(/^\d{4}年/, '') : to}`;
}

/** Compares partial dates by their earliest instant; "2023-10" sorts before "2023-10-05". */
export function comparePartialDates(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

// Beijing days and clock times: the week runs in China Standard Time, which has no daylight saving.
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
