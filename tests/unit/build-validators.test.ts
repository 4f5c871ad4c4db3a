import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractHtml } from '../../scripts/lib/link-check/extract-html.ts';
import { isRfc3339, isRfc822Date } from '../build/validators/common.ts';
import { artefactKinds, kindOf, validateArtefacts } from '../build/validators/index.ts';
import { sitemapCoverage } from '../build/validators/sitemap.ts';

const fixtures = new URL('../fixtures/artefacts/', import.meta.url).pathname;
const engineMessage = (prefix: string) => expect.stringMatching(new RegExp(`^${prefix}`));

describe('the validator hook', () => {
  const good = validateArtefacts(`${fixtures}good`);

  it('finds each kind of artefact by its path and accepts the good examples', () => {
    expect(good.map((r) => [r.file, r.kind, r.problems])).toEqual([
      ['api/cases.csv', 'CSV', []],
      ['api/cases.json', 'JSON', []],
      ['api/sample.json', 'JSON', []],
      ['api/sample.schema.json', 'JSON Schema', []],
      ['cases/feed.json', 'JSON Feed 1.1', []],
      ['favicon.svg', 'SVG', []],
      ['feed.xml', 'RSS 2.0', []],
      ['lectures/schedule.ics', 'iCalendar', []],
      ['other.xml', 'XML', []],
      ['page.html', 'JSON-LD in HTML', []],
      ['sitemap-0.xml', 'sitemap', []],
      ['sitemap-index.xml', 'sitemap index', []],
      ['stats/2023-form.csv', 'CSV form', []],
    ]);
  });

  it('has a good and a bad example for every kind it knows', () => {
    const bad = readdirSync(`${fixtures}bad`).flatMap((c) => validateArtefacts(`${fixtures}bad/${c}`));
    const names = artefactKinds.map((k) => k.name).sort();
    expect([...new Set(good.map((r) => r.kind))].sort()).toEqual(names);
    expect([...new Set(bad.map((r) => r.kind))].sort()).toEqual(names);
  });

  it('lets the first matching kind claim a file and ignores files no kind claims', () => {
    expect(kindOf('cases/feed.json')?.name).toBe('JSON Feed 1.1');
    expect(kindOf('api/cases.json')?.name).toBe('JSON');
    expect(kindOf('api/cases.schema.json')?.name).toBe('JSON Schema');
    expect(kindOf('lectures/feed.xml')?.name).toBe('RSS 2.0');
    expect(kindOf('sitemap-12.xml')?.name).toBe('sitemap');
    expect(kindOf('_astro/BaseLayout.css')).toBeUndefined();
    expect(kindOf('robots.txt')).toBeUndefined();
  });
});

describe('each validator names what is wrong', () => {
  const bad: Record<string, [kind: string, problems: unknown[]]> = {
    'csv-no-bom': ['CSV', ['must start with a UTF-8 byte order mark (EF BB BF), or Excel shows the Chinese garbled']],
    'csv-quote': [
      'CSV',
      ['csv-parse cannot read it: Quote Not Closed: the parsing is finished with an opening quote at line 3'],
    ],
    'csv-ragged': ['CSV', ['csv-parse cannot read it: Invalid Record Length: expect 2, got 3 on line 2']],
    'csv-header': ['CSV', ['header column 3 "城市" repeats column 2', 'header column 4 is empty']],
    'csv-form-ragged': ['CSV form', ['csv-parse cannot read it: Invalid Record Length: expect 1, got 3 on line 2']],
    utf8: ['CSV', ['not valid UTF-8']],
    'ics-line-endings': [
      'iCalendar',
      ['lines 1, 2, 3, 4, 5 and 7 more: ends with a bare LF; every line must end with CRLF'],
    ],
    'ics-unfolded': ['iCalendar', ['lines 9, 10: longer than 75 octets; fold it with CRLF and a space']],
    'ics-split-character': [
      'iCalendar',
      ['lines 9, 10, 12, 13: is not valid UTF-8 (does a fold split a multi-byte character?)'],
    ],
    'ics-unparsable': ['iCalendar', ['ical.js cannot parse it: invalid ical body. component began but did not end']],
    'ics-properties': [
      'iCalendar',
      [
        'VCALENDAR needs VERSION:2.0',
        'VCALENDAR needs a PRODID',
        'VEVENT #1 needs UID',
        'VEVENT #1 needs DTSTAMP',
        'VEVENT #1: DTSTART names TZID=Asia/Shanghai but the calendar has no VTIMEZONE for it',
        'VEVENT #1: DTEND names TZID=Asia/Shanghai but the calendar has no VTIMEZONE for it',
        'VEVENT #1: DTEND 2023-10-16T08:00:00 is not after DTSTART 2023-10-16T09:00:00',
        'VEVENT #2 (UID a@x) needs SUMMARY',
        'VEVENT #2 (UID a@x) has both DTEND and DURATION',
        'VEVENT #2 (UID a@x): DTSTART "2023-10-1OT09:00:00" is not a valid date or date-time',
        'VEVENT #2 (UID a@x): DTEND "2023-02-30T10:00:00" is not a valid date or date-time',
        "VEVENT #3 (UID a@x): UID repeats an earlier event's",
      ],
    ],
    json: ['JSON', ['starts with a byte order mark, which JSON forbids']],
    'json-schema-ref': [
      'JSON',
      ['"$schema" names https://xuexizhou.example.org/api/missing.schema.json, which is not a file of this site'],
    ],
    'json-schema': [
      'JSON Schema',
      [
        '"$schema" must be "https://json-schema.org/draft/2020-12/schema" (saw "http://json-schema.org/draft-07/schema#")',
        'needs a non-empty "$id"',
        'needs a non-empty "description"',
        engineMessage('Ajv cannot compile it: '),
        'properties without a description: .items',
      ],
    ],
    'json-syntax': ['JSON', [engineMessage('not valid JSON: ')]],
    'jsonfeed-syntax': ['JSON Feed 1.1', [engineMessage('not valid JSON: ')]],
    'jsonfeed-no-items': ['JSON Feed 1.1', ['"items" must be an array']],
    'jsonfeed-fields': [
      'JSON Feed 1.1',
      [
        '"version" must be "https://jsonfeed.org/version/1.1" (saw "https://jsonfeed.org/version/1")',
        '"title" must be a non-empty string',
        '"home_page_url" must be an absolute URL (saw "/cases/")',
        'feed: "author" is JSON Feed 1.0; version 1.1 uses an "authors" array',
        'items[0]: "id" must be a non-empty string',
        'items[1] needs "content_html" or "content_text"',
        'items[1]: "url" must be an absolute URL (saw "cases/b/")',
        'items[1]: "date_published" must be an RFC 3339 date-time such as "2023-10-16T09:00:00+08:00" (saw "2023-10-16 09:00")',
        'items[2]: id "b" repeats an earlier item\'s',
        'items[2]: "tags" must be an array of strings',
        'items[2]: authors[0] needs a name, url or avatar',
        'items[3] must be an object',
      ],
    ],
    jsonld: [
      'JSON-LD in HTML',
      [
        engineMessage('JSON-LD on line 3 is not valid JSON: '),
        'JSON-LD on line 4: "@context" must be "https://schema.org" (saw "https://example.org")',
        'JSON-LD on line 4: "@type" must name a schema.org type (saw "event")',
        'JSON-LD on line 5, item 1: "@type" must name a schema.org type (saw undefined)',
        'JSON-LD on line 5, item 2 must be a JSON object',
        'JSON-LD on line 6: @graph[1] needs a "@type" naming a schema.org type',
      ],
    ],
    'rss-malformed': ['RSS 2.0', ['line 1, column 71: not well-formed XML: unexpected close tag.']],
    'rss-two-channels': ['RSS 2.0', ['<rss> must contain exactly one <channel> (saw 2)']],
    'rss-incomplete': [
      'RSS 2.0',
      [
        '<rss> must have version="2.0" (saw "0.91")',
        '<channel> needs a non-empty <description>',
        '<channel><link> must be an absolute URL (saw "/cases/")',
        '<channel><lastBuildDate> "Tue, 16 Oct 2023 09:00:00 +0800" is not an RFC 822 date such as "Mon, 16 Oct 2023 09:00:00 +0800"',
        '<item> #1 needs a <link> with an absolute URL (saw "")',
        '<item> #1 needs a <guid>',
        '<item> #1: <pubDate> "2023-10-16" is not an RFC 822 date such as "Mon, 16 Oct 2023 09:00:00 +0800"',
        '<item> #2 needs a <title> or a <description>',
        '<item> #2: <guid> "case-a" is a permalink (the default) but not an absolute URL; add isPermaLink="false" or use the URL',
        '<item> #3: <guid> "case-a" repeats an earlier item\'s',
      ],
    ],
    'sitemap-index-relative': [
      'sitemap index',
      [
        '<sitemap> #1: <loc> must be an absolute http(s) URL (saw "/sitemap-0.xml")',
        '<sitemap> #2: <loc> must be an absolute http(s) URL (saw "")',
      ],
    ],
    'sitemap-root': ['sitemap', ['the root element must be <urlset>']],
    'sitemap-entries': [
      'sitemap',
      [
        '<urlset> must declare xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"',
        '<url> #1: <loc> must be an absolute http(s) URL (saw "/notice-2023/")',
        '<url> #2: <loc> https://xuexizhou.example.org/活动/ must be written percent-encoded, as https://xuexizhou.example.org/%E6%B4%BB%E5%8A%A8/',
        '<url> #2: <lastmod> "2023/10/16" is not a W3C date-time',
        '<url> #3: <changefreq> "sometimes" is not one of always, hourly, daily, weekly, monthly, yearly, never',
        '<url> #3: <priority> "1.5" is not between 0.0 and 1.0',
        '<url> #4: https://xuexizhou.example.org/ is listed twice',
      ],
    ],
    svg: ['SVG', ['<svg> must declare xmlns="http://www.w3.org/2000/svg"']],
    xml: ['XML', ['line 1, column 10: not well-formed XML: unexpected close tag.']],
  };

  it('has an expectation for every bad example', () => {
    expect(Object.keys(bad).sort()).toEqual(readdirSync(`${fixtures}bad`).sort());
  });

  it.each(Object.entries(bad))('%s', (example, [kind, problems]) => {
    const results = validateArtefacts(`${fixtures}bad/${example}`);
    expect(results).toHaveLength(1);
    expect(results[0]!.kind).toBe(kind);
    expect(results[0]!.problems).toEqual(problems);
  });
});

describe('a JSON file that names its "$schema"', () => {
  const check = (example: string) =>
    validateArtefacts(`${fixtures}schema/${example}`).find((r) => r.file === 'api/sample.json')!;

  it('is held to that schema by Ajv', () => {
    expect(check('breaks')).toEqual({
      file: 'api/sample.json',
      kind: 'JSON',
      problems: [
        'breaks its schema: /items/0/id must be string',
        'breaks its schema: /items/0/published must match format "date"',
        "breaks its schema: /items/1 must have required property 'id'",
      ],
    });
  });

  it('may carry no field its schema leaves undescribed, though the published schema lets readers accept new ones', () => {
    expect(check('undescribed').problems).toEqual([
      'has a field its schema does not describe: /items/0 must NOT have additional properties ("extra")',
    ]);
  });
});

describe('date formats', () => {
  it('accepts RFC 822 dates as RSS uses them, with the right weekday', () => {
    expect(isRfc822Date('Mon, 16 Oct 2023 09:00:00 +0800')).toBe(true);
    expect(isRfc822Date('16 Oct 2023 09:00 GMT')).toBe(true);
    expect(isRfc822Date('Tue, 16 Oct 2023 09:00:00 +0800')).toBe(false);
    expect(isRfc822Date('Mon, 30 Feb 2023 09:00:00 +0800')).toBe(false);
    expect(isRfc822Date('Mon, 16 Oct 23 09:00:00 +0800')).toBe(false);
    expect(isRfc822Date('2023-10-16T09:00:00+08:00')).toBe(false);
  });
  it('accepts RFC 3339 date-times with an offset', () => {
    expect(isRfc3339('2023-10-16T09:00:00+08:00')).toBe(true);
    expect(isRfc3339('2023-10-16T01:00:00.5Z')).toBe(true);
    expect(isRfc3339('2023-10-16T09:00:00')).toBe(false);
    expect(isRfc3339('2023-02-29T09:00:00Z')).toBe(false);
    expect(isRfc3339(20231016)).toBe(false);
  });
});

describe('sitemapCoverage', () => {
  const site = 'https://xuexizhou.example.org';
  const options = { site, base: '/xuexizhou/' };
  const xml = (root: string, entry: string, paths: string[]) =>
    new TextEncoder().encode(
      `<?xml version="1.0" encoding="UTF-8"?><${root} xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${paths.map((p) => `<${entry}><loc>${site}/xuexizhou/${p}</loc></${entry}>`).join('')}</${root}>`,
    );
  const page = (canonical: string | undefined, noindex = false) =>
    extractHtml(
      `<head>${canonical === undefined ? '' : `<link rel="canonical" href="${site}/xuexizhou/${canonical}">`}${noindex ? '<meta name="robots" content="noindex">' : ''}</head>`,
    );
  const pages = new Map([
    ['index.html', page('')],
    ['a/index.html', page('a/')],
    ['404.html', page(undefined, true)],
    ['old/index.html', page('a/', true)],
  ]);
  const dist = (extra: [string, ReturnType<typeof page>][] = [], sitemaps = ['sitemap-0.xml']) => ({
    files: new Set([...pages.keys(), ...extra.map(([f]) => f), 'sitemap-index.xml', ...sitemaps]),
    pages: new Map([...pages, ...extra]),
  });

  it('accepts sitemaps that list exactly the canonical URL of every indexable page', () => {
    const files: Record<string, Uint8Array> = {
      'sitemap-index.xml': xml('sitemapindex', 'sitemap', ['sitemap-0.xml']),
      'sitemap-0.xml': xml('urlset', 'url', ['', 'a/']),
    };
    expect(sitemapCoverage(dist(), (f) => files[f]!, options)).toEqual([]);
  });

  it('names listed pages that should not be there, indexable pages that are missing, and stray sitemap files', () => {
    const files: Record<string, Uint8Array> = {
      'sitemap-index.xml': xml('sitemapindex', 'sitemap', ['sitemap-0.xml', 'sitemap-2.xml']),
      'sitemap-0.xml': xml('urlset', 'url', ['', 'old/', 'b/', 'gone/']),
      'sitemap-1.xml': xml('urlset', 'url', []),
    };
    const extra: [string, ReturnType<typeof page>][] = [
      ['b/index.html', page('a/')],
      ['c/index.html', page('c/')],
      ['d/index.html', page(undefined)],
    ];
    expect(sitemapCoverage(dist(extra, ['sitemap-0.xml', 'sitemap-1.xml']), (f) => files[f]!, options)).toEqual([
      `sitemap-index.xml lists ${site}/xuexizhou/sitemap-2.xml, which is not a sitemap file in dist/`,
      'sitemap-1.xml is not listed in sitemap-index.xml',
      `sitemap-0.xml lists ${site}/xuexizhou/old/, but old/index.html asks not to be indexed (robots noindex)`,
      `sitemap-0.xml lists ${site}/xuexizhou/b/, but the canonical of b/index.html is ${site}/xuexizhou/a/`,
      `sitemap-0.xml lists ${site}/xuexizhou/gone/, which no page in dist/ serves`,
      `a/index.html (canonical ${site}/xuexizhou/a/) is missing from the sitemaps`,
      `b/index.html (canonical ${site}/xuexizhou/a/) is missing from the sitemaps`,
      `c/index.html (canonical ${site}/xuexizhou/c/) is missing from the sitemaps`,
      'd/index.html has no <link rel="canonical">, so no sitemap can list it',
    ]);
  });
});
