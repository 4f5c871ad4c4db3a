/**
 * Turns a lecture entry and the cities and platforms it names into the one resolved shape
 * that pages, calendars, the JSON endpoint and JSON-LD all read. Pure: the loader in
 * lectures.ts feeds it from astro:content, tests feed it plain objects.
 */
import type { Lecture } from '../../schemas/lecture.ts';
import type { WebAddress } from '../../schemas/common.ts';
import type { Platform } from '../../schemas/platform.ts';
import { beijingClock, beijingDay, durationMinutes, formatDayHeading, formatLongDay } from '../shared/datetime.ts';
import { isCitedAddress, withBase } from '../shared/urls.ts';

/** A web address with its cited source, if any; one without a source is shown as text only. */
export type Address = Pick<WebAddress, 'url' | 'source'>;

export interface PlatformRef {
  id: string;
  name: string;
  /** The platform's first address with a cited source, else its first (uncited) one. */
  address?: Address;
}

export interface LectureView extends Omit<Lecture, 'city' | 'platform' | 'replayPlatform' | 'books'> {
  id: string;
  /** Site path with the base, e.g. "/lectures/sxou-01/". */
  path: string;
  /** Absolute URL of the lecture page. */
  url: string;
  /** Site path of the lecture's own calendar file. */
  icsPath: string;
  /** Beijing day the lecture starts on, "YYYY-MM-DD". */
  day: string;
  durationMinutes: number;
  city?: { id: string; name: string };
  platform?: PlatformRef;
  replayPlatform?: PlatformRef;
  /** Related books with their titles, in the editor's order. */
  books: { id: string; title: string }[];
}

export interface ViewContext {
  /** Site origin, e.g. "https://xuexizhou.example.org". */
  site: string;
  /** Base path, e.g. "/" or "/xuexizhou/". */
  base: string;
  cities: ReadonlyMap<string, { name: string }>;
  platforms: ReadonlyMap<string, Platform>;
  books: ReadonlyMap<string, { title: string }>;
}

/** Chooses the address to show for a platform: one with a cited source first. */
export function platformAddress(platform: Pick<Platform, 'addresses'>): Address | undefined {
  const chosen = platform.addresses.find(isCitedAddress) ?? platform.addresses[0];
  return chosen && { url: chosen.url, ...(chosen.source && { source: chosen.source }) };
}

function platformRef(id: string | undefined, platforms: ViewContext['platforms']): PlatformRef | undefined {
  if (id === undefined) return undefined;
  const platform = platforms.get(id);
  if (!platform) throw new Error(`讲座引用的学习平台 ${id} 不存在（内容检查应已拦下）`);
  const address = platformAddress(platform);
  return { id, name: platform.name, ...(address && { address }) };
}

/** Resolves one lecture for presentation. */
export function toLectureView(id: string, lecture: Lecture, context: ViewContext): LectureView {
  const { city, platform, replayPlatform, books, ...rest } = lecture;
  const path = withBase(context.base, `/lectures/${id}/`);
  const cityName = city === undefined ? undefined : context.cities.get(city)?.name;
  const platformView = platformRef(platform, context.platforms);
  const replayView = platformRef(replayPlatform, context.platforms);
  return {
    ...rest,
    id,
    path,
    url: new URL(path, context.site).href,
    icsPath: withBase(context.base, `/lectures/${id}.ics`),
    day: beijingDay(lecture.start),
    durationMinutes: durationMinutes(lecture.start, lecture.end),
    books: books.map((book) => ({ id: book, title: context.books.get(book)?.title ?? book })),
    ...(city !== undefined && cityName !== undefined && { city: { id: city, name: cityName } }),
    ...(platformView && { platform: platformView }),
    ...(replayView && { replayPlatform: replayView }),
  };
}

/** Tells whether a replay has been published, as a link or on a platform. */
export function hasReplay(lecture: Pick<LectureView, 'replayUrl' | 'replayPlatform'>): boolean {
  return lecture.replayUrl !== undefined || lecture.replayPlatform !== undefined;
}

/** Formats a speaker as "王老师（副教授，某某大学）". */
export function formatSpeaker(speaker: Lecture['speakers'][number]): string {
  const about = [speaker.title, speaker.affiliation].filter(Boolean).join('，');
  return about ? `${speaker.name}（${about}）` : speaker.name;
}

/** Formats when a lecture runs: "2023年10月16日 星期一 19:30—21:00", naming the end day only when it differs. */
export function formatWhen(lecture: Pick<LectureView, 'start' | 'end'>): string {
  const startDay = beijingDay(lecture.start);
  const endDay = beijingDay(lecture.end);
  const end =
    endDay === startDay ? beijingClock(lecture.end) : `${formatDayHeading(endDay)} ${beijingClock(lecture.end)}`;
  return `${formatLongDay(startDay)} ${beijingClock(lecture.start)}—${end}`;
}
