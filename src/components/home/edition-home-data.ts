/**
 * Gathers what an edition's front page shows, from that edition's own content: its lectures,
 * booklists, stories, news and each city's record. The home page and each edition's archive
 * page (/editions/<id>/) render EditionHome from it.
 */
import { getCollection } from 'astro:content';
import { t } from '../../i18n/zh-CN.ts';
import { creditLine } from '../../lib/books/books.ts';
import { readingData, readingPaths } from '../../lib/books/load.ts';
import { allLectures } from '../../lib/lectures/load.ts';
import { nextLectures } from '../../lib/lectures/schedule.ts';
import { groupPlatforms } from '../../lib/platforms/platforms.ts';
import { formatPartialRange } from '../../lib/shared/datetime.ts';
import { sitePath } from '../../lib/site/urls.ts';
import { loadCityData } from '../../lib/stats/load.ts';
import { allCases, allNews, allStars, placeOf } from '../../lib/stories/load.ts';
import { storyPath } from '../../lib/stories/permalinks.ts';
import { ofEdition } from '../../lib/site/editions.ts';

/** Builds EditionHome's props for an edition; `now` decides which lectures are still to come. */
export async function editionHomeProps(editionId: string, now: number) {
  const { edition, cities } = await loadCityData(editionId);
  const lectures = nextLectures(
    (await allLectures()).filter((l) => l.edition === editionId),
    now,
    4,
  );

  const { lists, bookById } = await readingData();
  const booklists = lists
    .filter((list) => list.data.edition === editionId)
    .map((list) => ({
      href: readingPaths.list(list.id),
      title: list.data.title,
      description: list.data.description,
      recommender: [list.data.recommender.press, list.data.recommender.name].filter(Boolean).join(' '),
      count: t('booklists.count', { count: list.data.books.length }),
      sample: list.data.sample,
      covers: list.data.books.slice(0, 3).flatMap(({ book }) => {
        const entry = bookById.get(book);
        return entry
          ? [
              {
                id: entry.id,
                title: entry.data.title,
                credit: creditLine(entry.data.contributors),
                publisher: entry.data.publisher,
                cover: entry.data.cover,
              },
            ]
          : [];
      }),
    }));

  // Stories with photos first: a face or a place says more than a summary.
  const withPhotosFirst = <T extends { data: { images: unknown[] } }>(entries: T[]) =>
    [...entries].sort((a, b) => Number(b.data.images.length > 0) - Number(a.data.images.length > 0));
  const story = async (
    section: 'cases' | 'stars',
    entry: Awaited<ReturnType<typeof allCases>>[number] | Awaited<ReturnType<typeof allStars>>[number],
  ) => ({
    href: sitePath(storyPath(section, entry.id)),
    kind: t(section === 'cases' ? 'nav.cases' : 'nav.stars'),
    title: entry.data.title,
    place: await placeOf(entry.data),
    summary: entry.data.summary,
    sample: entry.data.sample,
    photo: entry.data.images[0],
  });
  const stories = await Promise.all([
    ...withPhotosFirst((await allCases()).filter((c) => c.data.edition === editionId))
      .slice(0, 2)
      .map((c) => story('cases', c)),
    ...withPhotosFirst((await allStars()).filter((s) => s.data.edition === editionId))
      .slice(0, 2)
      .map((s) => story('stars', s)),
  ]);

  const cityCards = cities.map((c) => ({
    href: sitePath(`/cities/${c.id}/`),
    name: c.data.name,
    week:
      c.record.plan.weekStart && c.record.plan.weekEnd
        ? formatPartialRange(c.record.plan.weekStart, c.record.plan.weekEnd)
        : undefined,
    reported: c.record.plan.status === 'submitted',
  }));
  const platforms = groupPlatforms((await getCollection('platforms')).map((p) => ({ id: p.id, ...p.data }))).map(
    (g) => ({
      level: g.level,
      platforms: g.platforms.map((p) => ({
        href: sitePath(`/platforms/#${p.id}`),
        name: p.name,
        addresses: p.addresses,
      })),
    }),
  );
  const openingCity = cities.find((c) => c.id === edition.opening.city)?.data.name;
  const news = ofEdition(await allNews(), editionId).slice(0, 3);
  // Only an edition with a content/reading/ file has a reading page of its own.
  const hasReading = (await getCollection('reading')).some((r) => r.id === editionId);
  return { edition, openingCity, lectures, now, booklists, stories, cities: cityCards, news, platforms, hasReading };
}
