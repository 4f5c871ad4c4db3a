/**
 * The programme as JSON for learning platforms (/lectures/schedule.json). The shape is a
 * public contract like a URL: fields may be added, never renamed or removed.
 */
import type { LectureRecord, ScheduleDocument } from '../../schemas/api/lectures.ts';
import type { LectureView } from './view.ts';
import { isCitedAddress } from '../shared/urls.ts';
import { sortByStart } from './schedule.ts';

const siteUrl = (path: string, site: string) => new URL(path, site).href;

/** Converts one lecture to its published JSON record; unverified addresses are marked, never presented as checked. */
export function lectureRecord(lecture: LectureView, site: string): LectureRecord {
  const platform = (p: LectureView['platform']) =>
    p && {
      id: p.id,
      name: p.name,
      url: p.address?.url ?? null,
      urlVerified: p.address ? isCitedAddress(p.address) : false,
    };
  return {
    id: lecture.id,
    url: lecture.url,
    ics: siteUrl(lecture.icsPath, site),
    edition: lecture.edition,
    title: lecture.title,
    series: lecture.series ?? null,
    description: lecture.description,
    speakers: lecture.speakers.map((s) => ({
      name: s.name,
      title: s.title ?? null,
      affiliation: s.affiliation ?? null,
    })),
    start: lecture.start,
    end: lecture.end,
    durationMinutes: lecture.durationMinutes,
    mode: lecture.mode,
    organiser: lecture.organiser,
    city: lecture.city ?? null,
    venue: lecture.venue ?? null,
    platform: platform(lecture.platform) ?? null,
    joinUrl: lecture.joinUrl ?? null,
    replayUrl: lecture.replayUrl ?? null,
    replayPlatform: platform(lecture.replayPlatform) ?? null,
    status: lecture.status,
    changeNote: lecture.changeNote ?? null,
    revision: lecture.revision,
    audiences: lecture.audiences,
    books: lecture.books.map((b) => b.id),
    sample: lecture.sample,
  };
}

/** Builds the whole document: metadata and the lectures in time order. */
export function scheduleDocument(
  lectures: readonly LectureView[],
  options: {
    site: string;
    title: string;
    note: string;
    generated: number;
    schedulePath: string;
    icsPath: string;
    schemaPath: string;
  },
): ScheduleDocument {
  return {
    $schema: siteUrl(options.schemaPath, options.site),
    title: options.title,
    url: siteUrl(options.schedulePath, options.site),
    ics: siteUrl(options.icsPath, options.site),
    generated: new Date(options.generated).toISOString(),
    timeZone: 'Asia/Shanghai' as const,
    note: options.note,
    lectures: sortByStart(lectures).map((l) => lectureRecord(l, options.site)),
  };
}
