/** Loads every lecture, resolved for presentation. Memoised: the schedule, day, lecture and calendar routes all need it. */
import { getCollection } from 'astro:content';
import { t } from '../../i18n/zh-CN.ts';
import type { ScheduleDocument } from '../../schemas/api/lectures.ts';
import { siteConfig } from '../../site.config.ts';
import { dataPaths, schemaPathOf } from '../data/endpoints.ts';
import { sitePath } from '../site/urls.ts';
import { scheduleDocument } from './api.ts';
import { lectureCalendar } from './calendar.ts';
import { toLectureView, type LectureView } from './view.ts';
import { sortByStart } from './schedule.ts';

let cache: Promise<LectureView[]> | undefined;

async function load(): Promise<LectureView[]> {
  const [lectures, cities, platforms] = await Promise.all([
    getCollection('lectures'),
    getCollection('cities'),
    getCollection('platforms'),
  ]);
  // Asking Astro for an empty collection logs a warning, so books are read only when a lecture names one.
  const books = lectures.some((l) => l.data.books.length > 0) ? await getCollection('books') : [];
  const context = {
    site: siteConfig.site,
    base: siteConfig.base,
    cities: new Map(cities.map((c) => [c.id, c.data])),
    platforms: new Map(platforms.map((p) => [p.id, p.data])),
    books: new Map(books.map((b) => [b.id, b.data])),
  };
  return sortByStart(lectures.map((l) => toLectureView(l.id, l.data, context)));
}

/** Returns all lectures in time order. */
export function allLectures(): Promise<LectureView[]> {
  cache ??= load();
  return cache;
}

/** Returns the cities, by id and in official code order, that lectures are held in. */
export async function lectureCities(): Promise<{ id: string; name: string }[]> {
  const cities = await getCollection('cities');
  const used = new Set((await allLectures()).map((l) => l.city?.id));
  return cities
    .filter((c) => used.has(c.id))
    .sort((a, b) => a.data.code.localeCompare(b.data.code))
    .map((c) => ({ id: c.id, name: c.data.name }));
}

/** Builds /lectures/schedule.json, the programme for learning platforms that pull it. */
export async function scheduleJson(): Promise<ScheduleDocument> {
  const lectures = await allLectures();
  return scheduleDocument(lectures, {
    site: siteConfig.site,
    title: `${siteConfig.siteName} ${t('lectures.title')}`,
    note: lectures.some((l) => l.sample) ? t('lectures.json.note') : t('lectures.allTimes'),
    generated: Date.now(),
    schedulePath: sitePath('/lectures/'),
    icsPath: sitePath('/lectures/schedule.ics'),
    schemaPath: sitePath(schemaPathOf(dataPaths.schedule)),
  });
}

/** Renders /lectures/schedule.ics: every lecture in one calendar, to import or subscribe to. */
export async function scheduleIcs(): Promise<string> {
  return lectureCalendar(await allLectures(), {
    site: siteConfig.site,
    name: `${siteConfig.siteName} ${t('lectures.title')}`,
    stamp: Date.now(),
  });
}

/** Renders /lectures/<id>.ics: one lecture's calendar file, the "加入日历" link of its page. */
export function lectureIcs(lecture: LectureView): string {
  return lectureCalendar([lecture], {
    site: siteConfig.site,
    name: `${t('lectures.title')}：${lecture.title}`,
    stamp: Date.now(),
  });
}
