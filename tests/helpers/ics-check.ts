/** Checks shared by the iCalendar unit and build tests: the raw RFC 5545 rules, and parsing with ical.js. */
import ICAL from 'ical.js';
import { expect } from 'vitest';

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** Checks the raw RFC 5545 rules on a serialised file, byte by byte. */
export function expectRawRules(text: string) {
  expect(text.endsWith('\r\n')).toBe(true);
  expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  const bytes = Buffer.from(text, 'utf8');
  let lineStart = 0;
  for (let i = 0; i < bytes.length - 1; i++) {
    if (bytes[i] === 0x0d && bytes[i + 1] === 0x0a) {
      const line = bytes.subarray(lineStart, i);
      expect(line.length, line.toString()).toBeLessThanOrEqual(75);
      // Each physical line must be valid UTF-8 on its own: folding never split a character.
      expect(() => strictUtf8.decode(line)).not.toThrow();
      lineStart = i + 2;
    }
  }
}

/** Parses a calendar with ical.js, registering its time zones. */
export function parseCalendar(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const tz of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(new ICAL.Timezone(tz));
  return calendar;
}
