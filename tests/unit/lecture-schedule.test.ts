import { describe, expect, it } from 'vitest';
import { beijingClock, beijingDay, formatDayHeading, formatDuration } from '../../src/lib/shared/datetime.ts';
import {
  groupByDay,
  nextLectures,
  nowTarget,
  orderDays,
  relatedLectures,
  weekIsRunning,
} from '../../src/lib/lectures/schedule.ts';
import { formatSpeaker, formatWhen, hasReplay, platformAddress } from '../../src/lib/lectures/view.ts';
import { jsonLdText } from '../../src/lib/shared/jsonld.ts';
import { lectureJsonLd } from '../../src/lib/lectures/jsonld.ts';
import { lectureRecord, scheduleDocument } from '../../src/lib/lectures/api.ts';
import { reservedLectureIdProblem } from '../../src/schemas/lecture.ts';
import { checkedSource, context, view } from '../helpers/lecture-fixtures.ts';

const at = (iso: string) => Date.parse(iso);

describe('Beijing days and times', () => {
  it('puts an instant on its Beijing day, across UTC midnight', () => {
    expect(beijingDay('2023-10-16T00:30:00+08:00')).toBe('2023-10-16');
    expect(beijingDay('2023-10-15T16:30:00Z')).toBe('2023-10-16');
    expect(beijingDay('2023-10-16T23:59:00+08:00')).toBe('2023-10-16');
    expect(beijingClock('2023-10-16T01:30:00Z')).toBe('09:30');
  });
  it('formats durations, day headings and ranges in Chinese', () => {
    expect([45, 60, 90, 120].map(formatDuration)).toEqual(['45分钟', '1小时', '1小时30分钟', '2小时']);
    expect(formatDayHeading('2023-10-16')).toBe('10月16日 星期一');
    expect(formatDayHeading('2023-10-22')).toBe('10月22日 星期日');
    expect(formatWhen({ start: '2023-10-16T19:30:00+08:00', end: '2023-10-16T21:00:00+08:00' })).toBe(
      '2023年10月16日 星期一 19:30—21:00',
    );
    expect(formatWhen({ start: '2023-10-16T23:00:00+08:00', end: '2023-10-17T01:00:00+08:00' })).toBe(
      '2023年10月16日 星期一 23:00—10月17日 星期二 01:00',
    );
    expect(formatSpeaker({ name: '王老师', title: '教授', affiliation: '山西开放大学' })).toBe(
      '王老师（教授，山西开放大学）',
    );
    expect(formatSpeaker({ name: '王老师' })).toBe('王老师');
  });
});

describe('grouping and ordering', () => {
  const items = [
    { id: 'c', title: '丙', start: '2023-10-17T09:00:00+08:00', end: '2023-10-17T10:00:00+08:00', cancelled: false },
    { id: 'b', title: '乙', start: '2023-10-16T14:00:00+08:00', end: '2023-10-16T15:00:00+08:00', cancelled: false },
    { id: 'a', title: '甲', start: '2023-10-16T09:00:00+08:00', end: '2023-10-16T10:00:00+08:00', cancelled: true },
  ];
  it('groups by Beijing day with days and lectures in time order', () => {
    expect(groupByDay(items).map((d) => [d.day, d.items.map((i) => i.id)])).toEqual([
      ['2023-10-16', ['a', 'b']],
      ['2023-10-17', ['c']],
    ]);
  });
  it('puts today first only when today is on the programme', () => {
    expect(orderDays(['2023-10-16', '2023-10-17', '2023-10-18'], '2023-10-17')).toEqual([
      '2023-10-17',
      '2023-10-16',
      '2023-10-18',
    ]);
    expect(orderDays(['2023-10-16', '2023-10-17'], '2023-11-01')).toEqual(['2023-10-16', '2023-10-17']);
  });
  it('knows when the week runs, by Beijing midnights', () => {
    const days = ['2023-10-17', '2023-10-16'];
    expect(weekIsRunning(days, at('2023-10-15T23:59:59+08:00'))).toBe(false);
    expect(weekIsRunning(days, at('2023-10-16T00:00:00+08:00'))).toBe(true);
    expect(weekIsRunning(days, at('2023-10-17T23:59:59+08:00'))).toBe(true);
    expect(weekIsRunning(days, at('2023-10-18T00:00:00+08:00'))).toBe(false);
    expect(weekIsRunning([], at('2023-10-16T12:00:00+08:00'))).toBe(false);
  });
  it('points "现在" at the lecture under way, else the next, skipping cancelled ones', () => {
    expect(nowTarget(items, at('2023-10-16T08:00:00+08:00'))).toBe('b');
    expect(nowTarget(items, at('2023-10-16T14:30:00+08:00'))).toBe('b');
    expect(nowTarget(items, at('2023-10-16T15:00:00+08:00'))).toBe('c');
    expect(nowTarget(items, at('2023-10-17T10:00:00+08:00'))).toBeUndefined();
  });
});

describe('the next lectures for a front page', () => {
  const item = (title: string, start: string, end: string, status = 'scheduled') => ({ title, start, end, status });
  const items = [
    item('c', '2023-10-17T09:00:00+08:00', '2023-10-17T10:00:00+08:00'),
    item('a', '2023-10-16T09:00:00+08:00', '2023-10-16T10:00:00+08:00'),
    item('x', '2023-10-16T11:00:00+08:00', '2023-10-16T12:00:00+08:00', 'cancelled'),
    item('b', '2023-10-16T14:00:00+08:00', '2023-10-16T15:00:00+08:00'),
    item('d', '2023-10-18T09:00:00+08:00', '2023-10-18T10:00:00+08:00'),
  ];
  const titles = (r: ReturnType<typeof nextLectures>) =>
    r.days.map((d) => `${d.day}:${d.items.map((i) => i.title).join('')}`);
  it('keeps a lecture under way and the next ones, by day, leaving out cancelled ones', () => {
    const r = nextLectures(items, Date.parse('2023-10-16T09:30:00+08:00'), 3);
    expect(r.over).toBe(false);
    expect(titles(r)).toEqual(['2023-10-16:ab', '2023-10-17:c']);
  });
  it('shows the start of the programme once everything is over', () => {
    const r = nextLectures(items, Date.parse('2024-01-01T00:00:00+08:00'), 2);
    expect(r.over).toBe(true);
    expect(titles(r)).toEqual(['2023-10-16:ab']);
  });
  it('shows the first lectures before the programme starts', () => {
    expect(titles(nextLectures(items, Date.parse('2023-01-01T00:00:00+08:00'), 1))).toEqual(['2023-10-16:a']);
  });
});

describe('resolving a lecture', () => {
  it('resolves city, platform (cited address first), replay, books and URLs', () => {
    const v = view(
      'sxou-01',
      { city: 'taiyuan', platform: 'checked', replayPlatform: 'sxlll', books: ['pingfan'] },
      { ...context, base: '/xuexizhou/' },
    );
    expect(v.path).toBe('/xuexizhou/lectures/sxou-01/');
    expect(v.url).toBe('https://xuexizhou.example.org/xuexizhou/lectures/sxou-01/');
    expect(v.icsPath).toBe('/xuexizhou/lectures/sxou-01.ics');
    expect(v.day).toBe('2023-10-16');
    expect(v.durationMinutes).toBe(90);
    expect(v.city).toEqual({ id: 'taiyuan', name: '太原市' });
    expect(v.platform).toEqual({
      id: 'checked',
      name: '已核实平台',
      address: { url: 'https://b.example.org/', source: checkedSource },
    });
    expect(v.replayPlatform?.address).toEqual({ url: 'https://www.sx111.cn/' });
    expect(v.books).toEqual([{ id: 'pingfan', title: '平凡的世界' }]);
    expect(hasReplay(v)).toBe(true);
    expect(hasReplay(view('x'))).toBe(false);
    expect(platformAddress({ addresses: [] })).toBeUndefined();
  });
  it('lists the other lectures of the same series only', () => {
    const all = [
      view('a', { series: '甲', start: '2023-10-17T09:00', end: '2023-10-17T10:00' }),
      view('b', { series: '甲' }),
      view('c', { series: '乙' }),
      view('d'),
    ];
    expect(relatedLectures(all[0]!, all).map((l) => l.id)).toEqual(['b']);
    expect(relatedLectures(all[3]!, all)).toEqual([]);
  });
  it("refuses lecture ids that would take the schedule's own URLs", () => {
    expect(reservedLectureIdProblem('2023-10-16')).toContain('留给这一天的日程页');
    expect(reservedLectureIdProblem('print')).toContain('属于讲座栏目本身');
    expect(reservedLectureIdProblem('schedule')).toContain('属于讲座栏目本身');
    expect(reservedLectureIdProblem('sxou-2023-10')).toBeUndefined();
  });
});

describe('schedule.json records', () => {
  it('publishes every fact with explicit nulls and marks unverified addresses', () => {
    const record = lectureRecord(
      view('sxou-01', { series: '山西开放大学系列公开课', audiences: ['老年人'] }),
      context.site,
    );
    expect(record).toMatchObject({
      id: 'sxou-01',
      url: 'https://xuexizhou.example.org/lectures/sxou-01/',
      ics: 'https://xuexizhou.example.org/lectures/sxou-01.ics',
      start: '2023-10-16T09:30:00+08:00',
      durationMinutes: 90,
      city: null,
      venue: null,
      joinUrl: null,
      platform: { id: 'sxlll', name: '山西终身学习在线平台', url: 'https://www.sx111.cn/', urlVerified: false },
      status: 'scheduled',
      revision: 0,
      audiences: ['老年人'],
      sample: true,
    });
    expect(record.speakers).toEqual([{ name: '王老师', title: null, affiliation: null }]);
  });
  it('orders the document by time', () => {
    const doc = scheduleDocument(
      [view('late', { start: '2023-10-17T09:00', end: '2023-10-17T10:00' }), view('early')],
      {
        site: context.site,
        title: '讲座',
        note: '说明',
        generated: 0,
        schedulePath: '/lectures/',
        icsPath: '/lectures/schedule.ics',
        schemaPath: '/lectures/schedule.schema.json',
      },
    );
    expect(doc.lectures.map((l) => l.id)).toEqual(['early', 'late']);
    expect(doc).toMatchObject({
      $schema: 'https://xuexizhou.example.org/lectures/schedule.schema.json',
      url: 'https://xuexizhou.example.org/lectures/',
      timeZone: 'Asia/Shanghai',
      generated: '1970-01-01T00:00:00.000Z',
    });
  });
});

describe('Event JSON-LD', () => {
  it('describes an online lecture with a virtual location, never an unverified address', () => {
    const ld = lectureJsonLd(view('a'), '山西省');
    expect(ld).toMatchObject({
      '@type': 'Event',
      startDate: '2023-10-16T09:30:00+08:00',
      eventAttendanceMode: 'https://schema.org/OnlineEventAttendanceMode',
      eventStatus: 'https://schema.org/EventScheduled',
      location: {
        '@type': 'VirtualLocation',
        name: '山西终身学习在线平台',
        url: 'https://xuexizhou.example.org/lectures/a/',
      },
    });
  });
  it('gives a hybrid lecture both locations and a cancelled or changed one its status', () => {
    const venue = { name: '报告厅', address: '太原市某区' };
    const hybrid = lectureJsonLd(
      view('h', {
        mode: 'hybrid',
        venue,
        city: 'taiyuan',
        joinUrl: 'https://live.example.org/1',
        status: 'changed',
        changeNote: '改期',
        revision: 1,
      }),
      '山西省',
    );
    expect(hybrid.eventAttendanceMode).toBe('https://schema.org/MixedEventAttendanceMode');
    expect(hybrid.eventStatus).toBe('https://schema.org/EventRescheduled');
    expect(hybrid.location).toEqual([
      { '@type': 'VirtualLocation', name: '山西终身学习在线平台', url: 'https://live.example.org/1' },
      {
        '@type': 'Place',
        name: '报告厅',
        address: {
          '@type': 'PostalAddress',
          streetAddress: '太原市某区',
          addressLocality: '太原市',
          addressRegion: '山西省',
          addressCountry: 'CN',
        },
      },
    ]);
    const offline = lectureJsonLd(
      view('o', { mode: 'offline', venue, platform: undefined, status: 'cancelled', changeNote: '取消', revision: 1 }),
      '山西省',
    );
    expect(offline.eventAttendanceMode).toBe('https://schema.org/OfflineEventAttendanceMode');
    expect(offline.eventStatus).toBe('https://schema.org/EventCancelled');
    expect(offline.location).toMatchObject({ '@type': 'Place' });
  });
  it('cannot be closed early by a "</script>" in the data', () => {
    expect(jsonLdText({ name: '</script><b>' })).toBe('{"name":"\\u003c/script>\\u003cb>"}');
  });
});
