/**
 * The lecture pages, calendars and schedule.json. The first part holds for any content (every
 * lecture's page, JSON-LD and calendar entry agree with its file) and runs on the real site and on
 * the province fixture; the second names the fixture's lectures (tests/fixtures/province/), built
 * at a fixed "now" (FIXTURE_NOW) between its past, cancelled and upcoming lectures.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { expectRawRules, parseCalendar } from '../helpers/ics-check.ts';
import { fixtureContent, province, provinceOrigin } from '../helpers/province.ts';
import { realContent, realSite } from '../helpers/real-site.ts';
import { idsIn } from '../helpers/site-content.ts';

/** The instant a lecture time stands for: with its offset, or as Beijing time when it has none. */
const beijing = (value: string) => Date.parse(/(?:[+-]\d{2}:\d{2}|Z)$/.test(value) ? value : `${value}+08:00`);
const origin = provinceOrigin;
const host = new URL(origin).hostname;

describe.each([
  ['the real site', realContent, realSite],
  ['the province fixture', fixtureContent, province],
] as const)('the lectures on %s', (_, content, site) => {
  const built = site();
  const ids = idsIn(content, 'lectures');
  const source = (id: string) => JSON.parse(readFileSync(join(content, 'lectures', `${id}.json`), 'utf8'));
  const files = built.htmlFiles();
  const schedule = JSON.parse(built.text('lectures/schedule.json'));
  const days: string[] = [...new Set<string>(schedule.lectures.map((l: { start: string }) => l.start.slice(0, 10)))];

  it('builds the schedule, a page per day, a page per lecture and the print view', () => {
    expect(files).toContain('lectures/index.html');
    expect(files).toContain('lectures/print/index.html');
    for (const id of ids) expect(files).toContain(`lectures/${id}/index.html`);
    for (const day of days) expect(files).toContain(`lectures/${day}/index.html`);
  });

  it('groups the schedule by day with anchors, and labels every time 北京时间', () => {
    const doc = built.page('lectures/index.html');
    expect(doc.querySelectorAll('[data-day]').map((d) => d.id)).toEqual(days.map((d) => `day-${d}`));
    expect(doc.querySelectorAll('.day-nav a').map((a) => a.getAttribute('href'))).toEqual(days.map((d) => `#day-${d}`));
    expect(
      doc
        .querySelectorAll('[data-lecture]')
        .map((l) => l.getAttribute('data-lecture'))
        .sort(),
    ).toEqual(ids);
    expect(
      doc.querySelectorAll('[data-lecture]').every((l) => l.id === `lecture-${l.getAttribute('data-lecture')}`),
    ).toBe(true);
    for (const row of doc.querySelectorAll('[data-lecture]'))
      expect(row.querySelector('.lecture-row__time')!.text).toContain('北京时间');
    expect(doc.querySelector('form[data-facet-filter]')?.getAttribute('method')).toBe('get');
    expect(doc.querySelectorAll('form[data-facet-filter] select').map((s) => s.getAttribute('name'))).toEqual([
      'series',
      'mode',
      'city',
      'audience',
    ]);
  });

  it('shows a day on its own page, linked to the day before', () => {
    const day = days[1] ?? days[0]!;
    const doc = built.page(`lectures/${day}/index.html`);
    const expected = schedule.lectures
      .filter((l: { start: string }) => l.start.startsWith(day))
      .map((l: { id: string }) => l.id);
    expect(doc.querySelectorAll('[data-lecture]').map((l) => l.getAttribute('data-lecture'))).toEqual(expected);
    expect(doc.querySelector('h1')!.text).toContain(`${Number(day.slice(5, 7))}月${Number(day.slice(8))}日`);
    if (days[1]) expect(doc.querySelector('a[rel="prev"]')?.getAttribute('href')).toBe(`/lectures/${days[0]}/`);
  });

  it('states a settled status without an as-of time, and a status that can still change with one', () => {
    for (const file of files.filter((f) => f.startsWith('lectures/'))) {
      for (const status of built.page(file).querySelectorAll('[data-lecture-status]')) {
        const settled = ['ended', 'replay', 'cancelled'].includes(status.getAttribute('data-phase')!);
        expect(status.querySelector('[data-status-asof]') === null, file).toBe(settled);
      }
    }
  });

  it('carries schema.org Event JSON-LD on every lecture page', () => {
    for (const id of ids) {
      const scripts = built.page(`lectures/${id}/index.html`).querySelectorAll('script[type="application/ld+json"]');
      expect(scripts, id).toHaveLength(1);
      const ld = JSON.parse(scripts[0]!.text);
      const data = source(id);
      expect(ld['@type']).toBe('Event');
      expect(ld.name).toBe(data.title);
      expect(Date.parse(ld.startDate)).toBe(beijing(data.start));
      const mode = { online: 'Online', offline: 'Offline', hybrid: 'Mixed' }[data.mode as string];
      expect(ld.eventAttendanceMode).toBe(`https://schema.org/${mode}EventAttendanceMode`);
      const status =
        { cancelled: 'EventCancelled', changed: 'EventRescheduled' }[data.status as string] ?? 'EventScheduled';
      expect(ld.eventStatus).toBe(`https://schema.org/${status}`);
      const types = [ld.location]
        .flat()
        .map((l: { '@type': string }) => l['@type'])
        .sort();
      expect(types).toEqual(
        { online: ['VirtualLocation'], offline: ['Place'], hybrid: ['Place', 'VirtualLocation'] }[data.mode as string],
      );
    }
  });

  it('schedule.ics holds every lecture, field by field', () => {
    const text = built.text('lectures/schedule.ics');
    expectRawRules(text);
    const events = parseCalendar(text)
      .getAllSubcomponents('vevent')
      .map((v) => new ICAL.Event(v));
    expect(events.map((e) => e.uid).sort()).toEqual(ids.map((id) => `lecture-${id}@${host}`).sort());
    for (const event of events) {
      const id = event.uid.replace(/^lecture-|@.*$/g, '');
      const data = source(id);
      expect(event.summary).toBe(
        data.status === 'cancelled'
          ? `【已取消】${data.title}`
          : data.status === 'changed'
            ? `【已调整】${data.title}`
            : data.title,
      );
      expect(event.startDate.toJSDate().getTime()).toBe(beijing(data.start));
      expect(event.endDate.toJSDate().getTime()).toBe(beijing(data.end));
      expect(event.sequence).toBe(data.revision ?? 0);
      expect(event.component.getFirstPropertyValue('status')).toBe(
        data.status === 'cancelled' ? 'CANCELLED' : 'CONFIRMED',
      );
      expect(event.component.getFirstPropertyValue('url')).toBe(`${origin}/lectures/${id}/`);
      expect(event.description).toContain(data.description);
      if (data.venue) expect(event.location).toContain(data.venue.address);
    }
  });

  it('each lecture has its own .ics with the same UID', () => {
    for (const id of ids) {
      const text = built.text(`lectures/${id}.ics`);
      expectRawRules(text);
      const events = parseCalendar(text).getAllSubcomponents('vevent');
      expect(events).toHaveLength(1);
      expect(new ICAL.Event(events[0]!).uid).toBe(`lecture-${id}@${host}`);
    }
  });

  it('schedule.json lists every lecture in time order with absolute links', () => {
    expect(schedule.timeZone).toBe('Asia/Shanghai');
    expect(schedule.ics).toBe(`${origin}/lectures/schedule.ics`);
    expect(schedule.lectures.map((l: { id: string }) => l.id).sort()).toEqual(ids);
    const starts = schedule.lectures.map((l: { start: string }) => Date.parse(l.start));
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  it('prints one section per day and a QR code per lecture, and no time-dependent status', () => {
    const doc = built.page('lectures/print/index.html');
    expect(doc.querySelectorAll('.print-day')).toHaveLength(days.length);
    const codes = doc.querySelectorAll('.print-item__code');
    expect(codes).toHaveLength(ids.length);
    for (const code of codes) {
      // The SVG itself is the image, named by the address it opens.
      const svg = code.querySelector('svg')!;
      expect(svg.getAttribute('role')).toBe('img');
      expect(svg.getAttribute('aria-label')).toMatch(new RegExp(`${origin}/lectures/[a-z0-9-]+/$`));
    }
    expect(doc.querySelector('[data-lecture-status]')).toBeNull();
  });
});

describe('the province fixture’s lectures', () => {
  const site = province();
  const source = (id: string) => JSON.parse(readFileSync(join(fixtureContent, 'lectures', `${id}.json`), 'utf8'));
  const phase = (id: string) =>
    site.page(`lectures/${id}/index.html`).querySelector('main [data-lecture-status]')!.getAttribute('data-phase');

  it('covers every phase as of the build: replay, ended, cancelled and upcoming', () => {
    expect(phase('yi-2030-kaimu')).toBe('replay');
    expect(phase('sheng-01-xuexi')).toBe('replay');
    expect(phase('yi-kecheng')).toBe('ended');
    expect(phase('bing-xiqu')).toBe('cancelled');
    expect(phase('jia-yuedu')).toBe('upcoming');
  });

  it('dates an upcoming status with the moment the page was built', () => {
    const status = site.page('lectures/jia-yuedu/index.html').querySelector('main [data-lecture-status]')!;
    expect(status.text).toContain('即将开始');
    expect(status.querySelector('[data-status-asof]')!.text).toContain('2031年11月20日');
  });

  it('shows the facts of a lecture, its change note, and unverified addresses as text only', () => {
    const main = site.page('lectures/sheng-02-shouji/index.html').querySelector('main')!;
    expect(main.querySelector('h1')!.text).toBe('示例公开课：用手机学习');
    expect(main.text).toContain('示例数据');
    expect(main.text).toContain('2031年10月15日 星期三 09:30—10:30（北京时间，时长1小时）');
    expect(main.text).toContain(`调整说明：${source('sheng-02-shouji').changeNote}`);
    expect(main.querySelector('[data-lecture-status]')!.text).toContain('已调整');
    expect(main.querySelector('[data-lecture-status]')!.getAttribute('data-phase')).toBe('replay');
    expect(main.querySelectorAll('.web-address--unverified .web-address__text').map((u) => u.text)).toContain(
      'www.shili-lll.example',
    );
    expect(main.querySelector('a[href="/platforms/#shengpingtai"]')?.text).toBe('示例省终身学习平台');
    expect(main.querySelectorAll('a').some((a) => /shili-lll|lll\.shili/.test(a.getAttribute('href') ?? ''))).toBe(
      false,
    );
    expect(main.querySelector('a[href="/lectures/sheng-02-shouji.ics"]')?.text).toBe('加入日历');
    const related = main.querySelectorAll('#related-heading + ul a').map((a) => a.getAttribute('href'));
    expect(related).toContain('/lectures/sheng-01-xuexi/');
    expect(related).not.toContain('/lectures/sheng-02-shouji/');
  });

  it('shows a venue for an offline lecture and the cancellation', () => {
    const data = source('bing-xiqu');
    const main = site.page('lectures/bing-xiqu/index.html').querySelector('main')!;
    expect(main.text).toContain(data.venue.address);
    expect(main.text).toContain(`取消说明：${data.changeNote}`);
    expect(main.querySelector('[data-lecture-status]')!.getAttribute('data-phase')).toBe('cancelled');
    expect(main.querySelector('[data-lecture-status]')!.text).toContain('已取消');
  });

  it('describes a lecture in schedule.json with its city and unverified platform', () => {
    const schedule = JSON.parse(site.text('lectures/schedule.json'));
    expect(schedule.lectures.find((l: { id: string }) => l.id === 'yi-2030-kaimu')).toMatchObject({
      url: `${origin}/lectures/yi-2030-kaimu/`,
      start: '2030-10-15T09:30:00+08:00',
      durationMinutes: 60,
      mode: 'hybrid',
      city: { id: 'yi', name: '乙水市' },
      platform: { id: 'shengpingtai', urlVerified: false },
      replayUrl: 'https://replay.example.org/2030-1',
      sample: true,
    });
  });

  it('keeps a past edition’s lectures in the schedule, the calendar and their pages', () => {
    expect(site.text('lectures/schedule.ics')).toContain(`UID:lecture-yi-2030-kaimu@${host}`);
    expect(site.page('lectures/index.html').querySelector('#day-2030-10-15')).not.toBeNull();
  });
});
