/**
 * A small iCalendar (RFC 5545) writer: CRLF line ends, lines folded at 75 octets without
 * splitting a UTF-8 character, TEXT escaping, and Beijing time through a VTIMEZONE.
 */

const CRLF = '\r\n';
const MAX_OCTETS = 75;
const encoder = new TextEncoder();

/** Time zone of every local time written; China keeps UTC+8 all year, so one STANDARD block is exact. */
export const TZID = 'Asia/Shanghai';
const vtimezone = [
  'BEGIN:VTIMEZONE',
  `TZID:${TZID}`,
  'BEGIN:STANDARD',
  'DTSTART:19700101T000000',
  'TZOFFSETFROM:+0800',
  'TZOFFSETTO:+0800',
  'TZNAME:CST',
  'END:STANDARD',
  'END:VTIMEZONE',
];

/** Escapes a TEXT value (RFC 5545 §3.3.11): backslash, semicolon, comma and line breaks. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** Folds one content line into physical lines of at most 75 octets, continuation lines starting with a space, never inside a UTF-8 character. */
export function foldLine(line: string): string {
  const lines: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    if (octets + size > MAX_OCTETS) {
      lines.push(current);
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  lines.push(current);
  return lines.join(CRLF);
}

const compact = (iso: string) => iso.slice(0, 19).replace(/[-:]/g, '');

/** Formats an instant as a UTC DATE-TIME, e.g. "20231016T013000Z". */
export function formatUtc(epochMs: number): string {
  return `${compact(new Date(epochMs).toISOString())}Z`;
}

/** Formats an instant as Beijing local time for TZID=Asia/Shanghai, e.g. "20231016T093000". */
export function formatBeijing(time: string): string {
  return compact(new Date(Date.parse(time) + 8 * 3_600_000).toISOString());
}

export interface IcsEvent {
  /** Globally unique and stable across builds, so calendar apps update rather than duplicate. */
  uid: string;
  /** Revision number; a higher one replaces an earlier copy in the reader's calendar. */
  sequence: number;
  start: string;
  end: string;
  summary: string;
  description?: string;
  location?: string;
  url?: string;
  status: 'CONFIRMED' | 'CANCELLED';
  categories?: readonly string[];
}

export interface IcsCalendar {
  /** PRODID, e.g. "-//xuexizhou.example.org//lectures//ZH". */
  prodId: string;
  /** Calendar name shown by apps (X-WR-CALNAME). */
  name: string;
  /** When this file was generated (DTSTAMP of every event). */
  stamp: number;
  events: readonly IcsEvent[];
}

function eventLines(event: IcsEvent, stamp: string): string[] {
  return [
    'BEGIN:VEVENT',
    `UID:${event.uid}`,
    `DTSTAMP:${stamp}`,
    `DTSTART;TZID=${TZID}:${formatBeijing(event.start)}`,
    `DTEND;TZID=${TZID}:${formatBeijing(event.end)}`,
    `SEQUENCE:${event.sequence}`,
    `STATUS:${event.status}`,
    `SUMMARY:${escapeText(event.summary)}`,
    ...(event.description ? [`DESCRIPTION:${escapeText(event.description)}`] : []),
    ...(event.location ? [`LOCATION:${escapeText(event.location)}`] : []),
    ...(event.url ? [`URL:${event.url}`] : []),
    ...(event.categories?.length ? [`CATEGORIES:${event.categories.map(escapeText).join(',')}`] : []),
    'CLASS:PUBLIC',
    'TRANSP:OPAQUE',
    'END:VEVENT',
  ];
}

/** Serialises a calendar: every line folded and ended with CRLF. */
export function serializeCalendar(calendar: IcsCalendar): string {
  const stamp = formatUtc(calendar.stamp);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${calendar.prodId}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(calendar.name)}`,
    `X-WR-TIMEZONE:${TZID}`,
    ...vtimezone,
    ...calendar.events.flatMap((e) => eventLines(e, stamp)),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}
