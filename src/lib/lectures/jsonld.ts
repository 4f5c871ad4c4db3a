/** schema.org Event JSON-LD for a lecture page, so search engines and assistants can read the schedule. */
import type { Event, Place, VirtualLocation, WithContext } from 'schema-dts';
import type { LectureView } from './view.ts';
import { isCitedAddress } from '../shared/urls.ts';

const attendance = {
  online: 'https://schema.org/OnlineEventAttendanceMode',
  offline: 'https://schema.org/OfflineEventAttendanceMode',
  hybrid: 'https://schema.org/MixedEventAttendanceMode',
} as const;

const eventStatus = {
  scheduled: 'https://schema.org/EventScheduled',
  cancelled: 'https://schema.org/EventCancelled',
  changed: 'https://schema.org/EventRescheduled',
} as const;

/** Builds the Event object; the online location points at the join link, else a platform address with a cited source, else the lecture page. */
export function lectureJsonLd(lecture: LectureView, region: string): WithContext<Event> {
  const place: Place | undefined = lecture.venue && {
    '@type': 'Place',
    name: lecture.venue.name,
    address: {
      '@type': 'PostalAddress',
      streetAddress: lecture.venue.address,
      ...(lecture.city && { addressLocality: lecture.city.name }),
      addressRegion: region,
      addressCountry: 'CN',
    },
  };
  const platformUrl =
    lecture.platform?.address && isCitedAddress(lecture.platform.address) ? lecture.platform.address.url : undefined;
  const virtual: VirtualLocation | undefined =
    lecture.mode === 'offline'
      ? undefined
      : {
          '@type': 'VirtualLocation',
          ...(lecture.platform && { name: lecture.platform.name }),
          url: lecture.joinUrl ?? platformUrl ?? lecture.url,
        };
  const locations: (Place | VirtualLocation)[] = [];
  if (virtual) locations.push(virtual);
  if (place) locations.push(place);
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: lecture.title,
    description: lecture.description,
    url: lecture.url,
    startDate: lecture.start,
    endDate: lecture.end,
    inLanguage: 'zh-CN',
    eventAttendanceMode: attendance[lecture.mode],
    eventStatus: eventStatus[lecture.status],
    location: locations.length === 1 ? locations[0] : locations,
    organizer: { '@type': 'Organization', name: lecture.organiser },
    performer: lecture.speakers.map((s) => ({
      '@type': 'Person',
      name: s.name,
      ...(s.title && { jobTitle: s.title }),
      ...(s.affiliation && { affiliation: { '@type': 'Organization', name: s.affiliation } }),
    })),
    ...(lecture.series && { superEvent: { '@type': 'EventSeries', name: lecture.series } }),
  };
}
