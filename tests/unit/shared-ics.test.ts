import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { expectRawRules, parseCalendar } from '../helpers/ics-check.ts';
import { escapeText, foldLine, formatBeijing, formatUtc, serializeCalendar } from '../../src/lib/shared/ics.ts';
import { lectureCalendar, lectureUid } from '../../src/lib/lectures/calendar.ts';
import { context, view } from '../helpers/lecture-fixtures.ts';

const octets = (s: string) => new TextEncoder().encode(s).length;
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

describe('TEXT escaping', () => {
  it('escapes backslash, semicolon, comma and newlines, and nothing else', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf，g；h')).toBe('a\\\\b\\;c\\,d\\ne\\nf，g；h');
  });
});

describe('line folding', () => {
  it('leaves short lines alone', () => {
    expect(foldLine('SUMMARY:短')).toBe('SUMMARY:短');
  });
  it('folds ASCII at exactly 75 octets and unfolds back to the original', () => {
    const line = `DESCRIPTION:${'x'.repeat(200)}`;
    const folded = foldLine(line);
    const parts = folded.split('\r\n');
    expect(parts.map(octets)).toEqual([75, 75, 1 + (line.length - 75 - 74)]);
    expect(parts.slice(1).every((p) => p.startsWith(' '))).toBe(true);
    expect(folded.replace(/\r\n /g, '')).toBe(line);
  });
  it('never splits a 3-byte Chinese or a 4-byte emoji character', () => {
    for (const line of [`SUMMARY:${'学'.repeat(60)}`, `SUMMARY:ab${'😀'.repeat(40)}`, `X:${'a学😀'.repeat(30)}`]) {
      const folded = foldLine(line);
      for (const part of folded.split('\r\n')) {
        expect(octets(part)).toBeLessThanOrEqual(75);
        expect(() => strictUtf8.decode(Buffer.from(part, 'utf8'))).not.toThrow();
      }
      expect(folded.replace(/\r\n /g, '')).toBe(line);
    }
    // "SUMMARY:" is 8 octets; 22 Chinese characters (66) fit, the 23rd (→ 77) does not.
    expect(octets(foldLine(`SUMMARY:${'学'.repeat(60)}`).split('\r\n')[0]!)).toBe(74);
  });
});

describe('date-times', () => {
  it('writes UTC stamps and Beijing wall-clock times', () => {
    expect(formatUtc(Date.parse('2023-10-16T01:30:00Z'))).toBe('20231016T013000Z');
    expect(formatBeijing('2023-10-16T09:30:00+08:00')).toBe('20231016T093000');
    expect(formatBeijing('2023-10-15T23:00:00-02:00')).toBe('20231016T090000');
  });
});

describe('a calendar parsed by ical.js', () => {
  const stamp = Date.parse('2023-10-01T00:00:00Z');
  const lectures = [
    view('sxou-01', {
      title: '数字时代, 怎样学习; 终身\\学习者——'.repeat(3),
      series: '山西开放大学系列公开课',
      start: '2023-10-16T19:30',
      end: '2023-10-16T21:00',
    }),
    view('changzhi', {
      mode: 'offline',
      platform: undefined,
      city: 'taiyuan',
      venue: { name: '礼堂', address: '长治市潞州区' },
      start: '2023-10-18T09:30',
      end: '2023-10-18T11:00',
      status: 'cancelled',
      changeNote: '因故取消',
      revision: 1,
    }),
  ];
  const text = lectureCalendar(lectures, { site: context.site, name: '线上社会大讲堂', stamp });

  it('follows the raw rules: CRLF, 75 octets, whole characters', () => {
    expectRawRules(text);
  });

  it('round-trips every field', () => {
    const calendar = parseCalendar(text);
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('prodid')).toBe('-//xuexizhou.example.org//lectures//ZH');
    expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('线上社会大讲堂');
    const [first, second] = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(first!.uid).toBe('lecture-sxou-01@xuexizhou.example.org');
    expect(first!.summary).toBe(lectures[0]!.title);
    expect(first!.startDate.zone?.tzid).toBe('Asia/Shanghai');
    expect(first!.startDate.toJSDate().toISOString()).toBe('2023-10-16T11:30:00.000Z');
    expect(first!.endDate.toJSDate().toISOString()).toBe('2023-10-16T13:00:00.000Z');
    expect(first!.location).toBe('山西终身学习在线平台');
    expect(first!.sequence).toBe(0);
    expect(first!.component.getFirstPropertyValue('status')).toBe('CONFIRMED');
    expect(first!.component.getFirstPropertyValue('url')).toBe('https://xuexizhou.example.org/lectures/sxou-01/');
    expect(first!.component.getFirstPropertyValue('categories')).toBe('山西开放大学系列公开课');
    expect(first!.component.getFirstPropertyValue('dtstamp')?.toString()).toBe('2023-10-01T00:00:00Z');
    expect(first!.description.split('\n')).toEqual([
      '简介',
      '主讲：王老师',
      '时间：2023年10月16日 星期一 19:30—21:00（北京时间，1小时30分钟）',
      '方式：线上',
      '观看平台：山西终身学习在线平台',
      '主办：山西开放大学',
      '详情：https://xuexizhou.example.org/lectures/sxou-01/',
      '示例数据：本场讲座为演示网站而拟，并非真实安排。',
    ]);
    expect(first!.description).not.toContain('sx111');

    expect(second!.summary).toBe('【已取消】讲座');
    expect(second!.component.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(second!.sequence).toBe(1);
    expect(second!.location).toBe('礼堂，长治市潞州区');
    expect(second!.description.split('\n')[0]).toBe('取消说明：因故取消');
  });

  it('keeps UIDs stable between builds and unique between lectures', () => {
    const again = lectureCalendar(lectures, { site: context.site, name: '线上社会大讲堂', stamp: stamp + 86_400_000 });
    const uids = (t: string) => [...t.matchAll(/^UID:(.*)$/gm)].map((m) => m[1]);
    expect(uids(again)).toEqual(uids(text));
    expect(new Set(uids(text)).size).toBe(2);
    expect(lectureUid('a', 'https://xuexizhou.example.org/xuexizhou/')).toBe('lecture-a@xuexizhou.example.org');
  });

  it('declares the time zone it uses', () => {
    const raw = serializeCalendar({ prodId: '-//t//t//ZH', name: 'x', stamp, events: [] });
    expect(raw).toContain('BEGIN:VTIMEZONE\r\nTZID:Asia/Shanghai\r\n');
    expect(raw).toContain('TZOFFSETTO:+0800\r\n');
  });
});
