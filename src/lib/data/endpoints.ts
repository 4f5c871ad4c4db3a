/**
 * Every data file the site publishes for other programs, in one table: the 数据接口 page lists
 * them, the JSON endpoints name their schemas from it, and the tests check each one is built and
 * keeps to its schema. The paths are permanent (URLs never move); the same for every province.
 */

/** Names a JSON file's schema: it sits next to it, "x.json" → "x.schema.json". */
export function schemaPathOf(path: string): string {
  return path.replace(/\.json$/, '.schema.json');
}

export const dataPaths = {
  cases: '/api/cases.json',
  stars: '/api/stars.json',
  books: '/api/books.json',
  schedule: '/lectures/schedule.json',
  stats: (edition: string) => `/stats/${edition}.json`,
} as const;

/** How a file is written, which decides how the page describes and excerpts it. */
export type DataFormat = 'json' | 'jsonFeed' | 'rss' | 'ics' | 'csv';

/** The keys of the endpoints; each has its name, contents and update rhythm in src/i18n/zh-CN.ts under "data.<key>.". */
export const endpointKeys = [
  'cases',
  'stars',
  'books',
  'schedule',
  'stats',
  'casesJsonFeed',
  'casesRss',
  'starsRss',
  'newsRss',
  'scheduleIcs',
  'lectureIcs',
  'statsCsv',
  'statsForm',
] as const;
export type EndpointKey = (typeof endpointKeys)[number];

/** One data file: the site's own JSON documents have a JSON Schema next to them, standard formats a published specification. */
export type Endpoint = {
  key: EndpointKey;
  /** Site path without the base. For a file per lecture, the path of the first one (the page's text gives the pattern). */
  path: string;
} & ({ format: 'json'; schemaPath: string } | { format: Exclude<DataFormat, 'json'>; spec: string });

/** The specifications of the standard formats, linked rather than re-described. */
export const formatSpecs = {
  jsonFeed: 'https://www.jsonfeed.org/version/1.1/',
  rss: 'https://www.rssboard.org/rss-specification',
  ics: 'https://www.rfc-editor.org/rfc/rfc5545',
  csv: 'https://www.rfc-editor.org/rfc/rfc4180',
} as const satisfies Partial<Record<DataFormat, string>>;

const json = (key: EndpointKey, path: string): Endpoint => ({
  key,
  path,
  format: 'json',
  schemaPath: schemaPathOf(path),
});

/** Lists every endpoint for one site: the current edition names the statistics files, the first lecture the per-lecture calendar. */
export function dataEndpoints(options: { edition: string; firstLecture?: string | undefined }): Endpoint[] {
  const stats = dataPaths.stats(options.edition);
  return [
    json('cases', dataPaths.cases),
    json('stars', dataPaths.stars),
    json('books', dataPaths.books),
    json('schedule', dataPaths.schedule),
    json('stats', stats),
    { key: 'casesJsonFeed', path: '/cases/feed.json', format: 'jsonFeed', spec: formatSpecs.jsonFeed },
    { key: 'casesRss', path: '/cases/feed.xml', format: 'rss', spec: formatSpecs.rss },
    { key: 'starsRss', path: '/stars/feed.xml', format: 'rss', spec: formatSpecs.rss },
    { key: 'newsRss', path: '/news/feed.xml', format: 'rss', spec: formatSpecs.rss },
    { key: 'scheduleIcs', path: '/lectures/schedule.ics', format: 'ics', spec: formatSpecs.ics },
    ...(options.firstLecture
      ? [
          {
            key: 'lectureIcs',
            path: `/lectures/${options.firstLecture}.ics`,
            format: 'ics',
            spec: formatSpecs.ics,
          } as const,
        ]
      : []),
    { key: 'statsCsv', path: stats.replace(/\.json$/, '.csv'), format: 'csv', spec: formatSpecs.csv },
    { key: 'statsForm', path: stats.replace(/\.json$/, '-form.csv'), format: 'csv', spec: formatSpecs.csv },
  ];
}
