import { readdirSync, readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { siteConfig } from '../../src/site.config.ts';
import { expectRawRules, parseCalendar } from '../helpers/ics-check.ts';
import { distDir, htmlFiles, page } from '../../scripts/lib/dist-files.ts';

const contentDir = new URL('../../content/lectures/', import.meta.url).pathname;
const ids = readdirSync(contentDir)
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.replace(/\.json$/, ''))
  .sort();
const source = (id: string) => JSON.parse(readFileSync(`${contentDir}${id}.json`, 'utf8'));
const files = htmlFiles();
/** The instant a lecture time stands for: with its offset, or as Beijing time when it has none. */
const beijing = (value: string) => Date.parse(/(?:[+-]\d{2}:\d{2}|Z)$/.test(value) ? value : `${value}+08:00`);
const read = (path: string) => readFileSync(`${distDir}${path}`, 'utf8');
const schedule = JSON.parse(read('lectures/schedule.json'));
const days: string[] = [...new Set<string>(schedule.lectures.map((l: { start: string }) => l.start.slice(0, 10)))];

describe('lecture pages', () => {
  it('builds the schedule, a page per day, a page per lecture and the print view', () => {
    expect(files).toContain('lectures/index.html');
    expect(files).toContain('lectures/print/index.html');
    for (const id of ids) expect(files).toContain(`lectures/${id}/index.html`);
    for (const day of days) expect(files).toContain(`lectures/${day}/index.html`);
  });

  it('groups the schedule by day with anchors, and labels every time 北京时间', () => {
    const doc = page('lectures/index.html');
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

  it('shows a day on its own page', () => {
    const doc = page(`lectures/${days[1]}/index.html`);
    const expected = schedule.lectures
      .filter((l: { start: string }) => l.start.startsWith(days[1]!))
      .map((l: { id: string }) => l.id);
    expect(doc.querySelectorAll('[data-lecture]').map((l) => l.getAttribute('data-lecture'))).toEqual(expected);
    expect(doc.querySelector('h1')!.text).toContain(`${Number(days[1]!.slice(5, 7))}月${Number(days[1]!.slice(8))}日`);
    expect(doc.querySelector('a[rel="prev"]')?.getAttribute('href')).toBe(`/lectures/${days[0]}/`);
  });

  it('states only settled statuses without an as-of time', () => {
    // The build runs after the sample week, so every status is settled: no "直播中" or "即将开始" frozen into HTML.
    for (const file of files.filter((f) => f.startsWith('lectures/'))) {
      for (const status of page(file).querySelectorAll('[data-lecture-status]')) {
        expect(['ended', 'replay', 'cancelled'], file).toContain(status.getAttribute('data-phase'));
        expect(status.querySelector('[data-status-asof]'), file).toBeNull();
      }
    }
  });

  it('shows the facts of a lecture, its change note, and unverified addresses as text only', () => {
    const doc = page('lectures/sxou-02-smartphone/index.html');
    const main = doc.querySelector('main')!;
    expect(main.querySelector('h1')!.text).toBe(source('sxou-02-smartphone').title);
    expect(main.text).toContain('示例数据');
    expect(main.text).toContain('2023年10月17日 星期二 09:30—10:30（北京时间，时长1小时）');
    expect(main.text).toContain(`调整说明：${source('sxou-02-smartphone').changeNote}`);
    expect(main.querySelector('[data-lecture-status]')!.text).toContain('已调整');
    expect(main.querySelector('[data-lecture-status]')!.getAttribute('data-phase')).toBe('replay');
    expect(main.querySelectorAll('.web-address--unverified .web-address__text').map((u) => u.text)).toContain(
      'www.sx111.cn',
    );
    expect(main.querySelector('a[href="/platforms/#sxlll"]')?.text).toBe('山西终身学习在线平台');
    expect(main.querySelectorAll('a').some((a) => /sx111\.cn|sxlll\.cn/.test(a.getAttribute('href') ?? ''))).toBe(
      false,
    );
    expect(main.querySelector('a[href="/lectures/sxou-02-smartphone.ics"]')?.text).toBe('加入日历');
    const related = main.querySelectorAll('#related-heading + ul a').map((a) => a.getAttribute('href'));
    expect(related).toContain('/lectures/sxou-01-lifelong-learning/');
    expect(related).not.toContain('/lectures/sxou-02-smartphone/');
  });

  it('shows a venue for an offline lecture and the cancellation', () => {
    const data = source('changzhi-shangdang-opera');
    const main = page('lectures/changzhi-shangdang-opera/index.html').querySelector('main')!;
    expect(main.text).toContain(data.venue.address);
    expect(main.text).toContain(`取消说明：${data.changeNote}`);
    expect(main.querySelector('[data-lecture-status]')!.getAttribute('data-phase')).toBe('cancelled');
    expect(main.querySelector('[data-lecture-status]')!.text).toContain('已取消');
  });

  it('carries schema.org Event JSON-LD on every lecture page', () => {
    for (const id of ids) {
      const scripts = page(`lectures/${id}/index.html`).querySelectorAll('script[type="application/ld+json"]');
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
});

describe('calendar files', () => {
  it('schedule.ics holds every lecture, field by field', () => {
    const text = read('lectures/schedule.ics');
    expectRawRules(text);
    const events = parseCalendar(text)
      .getAllSubcomponents('vevent')
      .map((v) => new ICAL.Event(v));
    expect(events.map((e) => e.uid).sort()).toEqual(
      ids.map((id) => `lecture-${id}@${new URL(siteConfig.site).hostname}`).sort(),
    );
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
      expect(event.component.getFirstPropertyValue('url')).toBe(`${siteConfig.site}/lectures/${id}/`);
      expect(event.description).toContain(data.description);
      if (data.venue) expect(event.location).toContain(data.venue.address);
    }
  });

  it('each lecture has its own .ics with the same UID', () => {
    for (const id of ids) {
      const text = read(`lectures/${id}.ics`);
      expectRawRules(text);
      const events = parseCalendar(text).getAllSubcomponents('vevent');
      expect(events).toHaveLength(1);
      expect(new ICAL.Event(events[0]!).uid).toBe(`lecture-${id}@${new URL(siteConfig.site).hostname}`);
    }
  });
});

describe('schedule.json', () => {
  it('lists every lecture in time order with absolute links', () => {
    expect(schedule.timeZone).toBe('Asia/Shanghai');
    expect(schedule.ics).toBe(`${siteConfig.site}/lectures/schedule.ics`);
    expect(schedule.lectures.map((l: { id: string }) => l.id).sort()).toEqual(ids);
    const starts = schedule.lectures.map((l: { start: string }) => Date.parse(l.start));
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    const opening = schedule.lectures.find((l: { id: string }) => l.id === 'yangquan-opening-lecture');
    expect(opening).toMatchObject({
      url: `${siteConfig.site}/lectures/yangquan-opening-lecture/`,
      start: '2023-10-16T09:30:00+08:00',
      durationMinutes: 60,
      mode: 'hybrid',
      city: { id: 'yangquan', name: '阳泉市' },
      platform: { id: 'sxlll', urlVerified: false },
      sample: true,
    });
  });
});

describe('the print programme', () => {
  const doc = page('lectures/print/index.html');
  it('has one section per day and a QR code per lecture', () => {
    expect(doc.querySelectorAll('.print-day')).toHaveLength(days.length);
    const codes = doc.querySelectorAll('.print-item__code');
    expect(codes).toHaveLength(ids.length);
    for (const code of codes) {
      // The SVG itself is the image, named by the address it opens.
      const svg = code.querySelector('svg')!;
      expect(svg.getAttribute('role')).toBe('img');
      expect(svg.getAttribute('aria-label')).toMatch(new RegExp(`${siteConfig.site}/lectures/[a-z0-9-]+/$`));
    }
  });
  it('prints no time-dependent status', () => {
    expect(doc.querySelector('[data-lecture-status]')).toBeNull();
  });
});
