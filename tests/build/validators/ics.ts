/** iCalendar (RFC 5545): the content-line rules a calendar app relies on, then a real parse with ical.js and the required properties. */
import ICAL from 'ical.js';
import { decodeUtf8, isRealDate, type Validator } from './common.ts';

const MAX_OCTETS = 75;
const LF = 0x0a;
const CR = 0x0d;
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** Collects line numbers per kind of problem, so a file with LF endings yields one message rather than one per line. */
function tally(): { add(message: string, line: number): void; report(): string[] } {
  const lines = new Map<string, number[]>();
  return {
    add(message, line) {
      lines.set(message, [...(lines.get(message) ?? []), line]);
    },
    report() {
      return [...lines].map(([message, at]) => {
        const shown = at.slice(0, 5).join(', ');
        return `${at.length === 1 ? 'line' : 'lines'} ${shown}${at.length > 5 ? ` and ${at.length - 5} more` : ''}: ${message}`;
      });
    },
  };
}

/** Checks the physical lines (RFC 5545 §3.1): CRLF endings, at most 75 octets, no fold splitting a UTF-8 character, no empty line. */
export function contentLineProblems(bytes: Uint8Array): string[] {
  const found = tally();
  let line = 1;
  for (let start = 0; start < bytes.length; line++) {
    const lf = bytes.indexOf(LF, start);
    const end = lf === -1 ? bytes.length : lf;
    const crlf = lf !== -1 && end > start && bytes[end - 1] === CR;
    const content = bytes.subarray(start, crlf ? end - 1 : end);
    if (lf === -1) found.add('the last line must end with CRLF', line);
    else if (!crlf) found.add('ends with a bare LF; every line must end with CRLF', line);
    if (content.includes(CR)) found.add('contains a bare CR', line);
    if (content.length > MAX_OCTETS) found.add(`longer than ${MAX_OCTETS} octets; fold it with CRLF and a space`, line);
    if (content.length === 0) found.add('is empty', line);
    try {
      strictUtf8.decode(content);
    } catch {
      found.add('is not valid UTF-8 (does a fold split a multi-byte character?)', line);
    }
    start = end + 1;
  }
  return found.report();
}

/** Tells whether a jCal date or date-time ("2023-10-16" or "2023-10-16T09:00:00", UTC with "Z") names a real moment. */
function isDateTime(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})(T([01]\d|2[0-3]):[0-5]\d:([0-5]\d|60)Z?)?$/.exec(value);
  return m !== null && isRealDate(Number(m[1]), Number(m[2]) - 1, Number(m[3])) !== undefined;
}

/** Checks an iCalendar file: content lines, a parse with ical.js, one VCALENDAR with VERSION:2.0 and PRODID, and events with UID, DTSTAMP, DTSTART, SUMMARY and an end after the start. */
export const validateIcs: Validator = (bytes) => {
  const problems = contentLineProblems(bytes);
  const text = decodeUtf8(bytes);
  // The line check has said which line breaks UTF-8; a parse of undecodable text would add nothing.
  if (text.value === undefined) return problems.length ? problems : text.problems;
  let jcal: unknown;
  try {
    jcal = ICAL.parse(text.value);
  } catch (error) {
    return [...problems, `ical.js cannot parse it: ${(error as Error).message}`];
  }
  if (!Array.isArray(jcal) || typeof jcal[0] !== 'string') return [...problems, 'must contain exactly one VCALENDAR'];
  const calendar = new ICAL.Component(jcal);
  if (calendar.name !== 'vcalendar')
    return [...problems, `the outer component must be VCALENDAR (saw ${calendar.name.toUpperCase()})`];
  if (calendar.getFirstPropertyValue('version') !== '2.0') problems.push('VCALENDAR needs VERSION:2.0');
  if (!calendar.getFirstPropertyValue('prodid')) problems.push('VCALENDAR needs a PRODID');
  const zones = new Set(calendar.getAllSubcomponents('vtimezone').map((z) => String(z.getFirstPropertyValue('tzid'))));
  const uids = new Set<string>();
  calendar.getAllSubcomponents('vevent').forEach((event, i) => {
    const uid = event.getFirstPropertyValue('uid');
    const where = `VEVENT #${i + 1}${typeof uid === 'string' ? ` (UID ${uid})` : ''}`;
    for (const name of ['uid', 'dtstamp', 'dtstart', 'summary']) {
      if (!event.hasProperty(name)) problems.push(`${where} needs ${name.toUpperCase()}`);
    }
    if (typeof uid === 'string') {
      if (uids.has(uid)) problems.push(`${where}: UID repeats an earlier event's`);
      uids.add(uid);
    }
    if (event.hasProperty('dtend') && event.hasProperty('duration'))
      problems.push(`${where} has both DTEND and DURATION`);
    const times = new Map<string, { written: string; zone: string }>();
    for (const name of ['dtstamp', 'dtstart', 'dtend']) {
      const property = event.getFirstProperty(name);
      if (!property) continue;
      // ical.js quietly rolls "20230230" over to 2 March and reads "2023101O" as 1 October, so check the text as written.
      const written = String(property.toJSON()[3]);
      const tzid = property.getParameter('tzid');
      if (isDateTime(written)) times.set(name, { written, zone: String(tzid ?? '') });
      else problems.push(`${where}: ${name.toUpperCase()} "${written}" is not a valid date or date-time`);
      if (typeof tzid === 'string' && !zones.has(tzid))
        problems.push(`${where}: ${name.toUpperCase()} names TZID=${tzid} but the calendar has no VTIMEZONE for it`);
    }
    const start = times.get('dtstart');
    const end = times.get('dtend');
    // Times of one zone and one form compare as text; mixed zones would need time-zone arithmetic, which this check leaves out.
    const comparable = start && end && start.zone === end.zone && start.written.length === end.written.length;
    if (comparable && end.written <= start.written)
      problems.push(`${where}: DTEND ${end.written} is not after DTSTART ${start.written}`);
  });
  return problems;
};
