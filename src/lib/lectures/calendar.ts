/** Turns lectures into iCalendar events: what a reader's calendar app shows and reminds about. */
import { t, type MessageKey } from '../../i18n/zh-CN.ts';
import { serializeCalendar, type IcsEvent } from '../shared/ics.ts';
import { formatSpeaker, formatWhen, type LectureView } from './view.ts';
import { formatDuration } from '../shared/datetime.ts';
import { isCitedAddress } from '../shared/urls.ts';

/** Returns the stable UID of a lecture: its id never changes, the host names the publisher. */
export function lectureUid(id: string, site: string): string {
  return `lecture-${id}@${new URL(site).hostname}`;
}

/** Describes where to attend, for LOCATION: the venue, the platform, or both. */
export function lectureLocation(lecture: LectureView): string | undefined {
  const venue = lecture.venue && `${lecture.venue.name}，${lecture.venue.address}`;
  const online = lecture.platform?.name ?? lecture.joinUrl;
  return [venue, lecture.mode === 'offline' ? undefined : online].filter(Boolean).join('；') || undefined;
}

const line = (key: MessageKey, value: string | undefined) => (value ? `${t(key)}：${value}` : undefined);

/** Writes the event description: facts a reader needs away from the website, plus the page address. */
export function lectureDescription(lecture: LectureView): string {
  // Calendar apps turn any address into a link, so an unverified one is left out.
  const address = lecture.platform?.address;
  const platform =
    lecture.platform &&
    (address && isCitedAddress(address) ? `${lecture.platform.name} ${address.url}` : lecture.platform.name);
  return [
    lecture.status === 'cancelled'
      ? line('lectures.cancelNote', lecture.changeNote)
      : line('lectures.changeNote', lecture.changeNote),
    lecture.description,
    line('lectures.speakers', lecture.speakers.map(formatSpeaker).join('、')),
    line(
      'lectures.time',
      `${formatWhen(lecture)}（${t('lectures.beijingTime')}，${formatDuration(lecture.durationMinutes)}）`,
    ),
    line('lectures.mode', t(`lectures.mode.${lecture.mode}`)),
    line('lectures.venue', lecture.venue && `${lecture.venue.name}，${lecture.venue.address}`),
    line('lectures.platform', platform),
    line('lectures.join', lecture.joinUrl),
    line('lectures.organiser', lecture.organiser),
    line('lectures.details', lecture.url),
    lecture.sample ? t('lectures.sampleEntry') : undefined,
  ]
    .filter(Boolean)
    .join('\n');
}

/** Maps one lecture to an event. */
export function lectureEvent(lecture: LectureView, site: string): IcsEvent {
  const prefix =
    lecture.status === 'cancelled'
      ? `【${t('lectures.status.cancelled')}】`
      : lecture.status === 'changed'
        ? `【${t('lectures.status.changed')}】`
        : '';
  const location = lectureLocation(lecture);
  return {
    uid: lectureUid(lecture.id, site),
    sequence: lecture.revision,
    start: lecture.start,
    end: lecture.end,
    // Many calendar apps ignore STATUS, so the summary says it too.
    summary: `${prefix}${lecture.title}`,
    description: lectureDescription(lecture),
    ...(location && { location }),
    url: lecture.url,
    status: lecture.status === 'cancelled' ? 'CANCELLED' : 'CONFIRMED',
    ...(lecture.series && { categories: [lecture.series] }),
  };
}

/** Builds a calendar file of the given lectures. */
export function lectureCalendar(
  lectures: readonly LectureView[],
  options: { site: string; name: string; stamp: number },
): string {
  return serializeCalendar({
    prodId: `-//${new URL(options.site).hostname}//lectures//ZH`,
    name: options.name,
    stamp: options.stamp,
    events: lectures.map((l) => lectureEvent(l, options.site)),
  });
}
