/** The 数据接口's pure parts: the endpoint table, excerpts, and how a retirement in content/redirects.json reaches the API, nginx and the URL audit. */
import { describe, expect, it } from 'vitest';
import { dataEndpoints, schemaPathOf } from '../../src/lib/data/endpoints.ts';
import { excerptJson, excerptText } from '../../src/lib/data/excerpt.ts';
import { auditUrls } from '../../src/lib/site/published-urls.ts';
import { toNginxMap, withdrawnLanding } from '../../src/lib/site/redirects.ts';
import { siteUrl } from '../../src/lib/site/urls.ts';
import { withdrawnRecords } from '../../src/lib/stories/api.ts';

describe('the endpoint table', () => {
  it('puts each JSON schema next to its file and names the statistics by edition', () => {
    expect(schemaPathOf('/api/cases.json')).toBe('/api/cases.schema.json');
    const endpoints = dataEndpoints({ edition: '2031', firstLecture: 'x' });
    expect(endpoints.flatMap((e) => (e.format === 'json' ? [[e.path, e.schemaPath]] : []))).toEqual([
      ['/api/cases.json', '/api/cases.schema.json'],
      ['/api/stars.json', '/api/stars.schema.json'],
      ['/api/books.json', '/api/books.schema.json'],
      ['/lectures/schedule.json', '/lectures/schedule.schema.json'],
      ['/stats/2031.json', '/stats/2031.schema.json'],
    ]);
    expect(endpoints.map((e) => e.path)).toEqual(
      expect.arrayContaining(['/lectures/x.ics', '/stats/2031.csv', '/stats/2031-form.csv', '/cases/feed.json']),
    );
    expect(endpoints.every((e) => e.format === 'json' || e.spec.startsWith('https://'))).toBe(true);
  });

  it('leaves out the per-lecture calendar when there are no lectures', () => {
    expect(dataEndpoints({ edition: '2031' }).map((e) => e.key)).not.toContain('lectureIcs');
  });
});

describe('excerpts', () => {
  it('keeps the first entries of every list and cuts long strings, shape unchanged', () => {
    expect(
      excerptJson(
        { count: 3, items: [{ id: 'a', tags: ['x', 'y'], body: '一二三四五' }, { id: 'b' }], withdrawn: [] },
        { items: 1, maxText: 3 },
      ),
    ).toEqual({
      count: 3,
      items: [{ id: 'a', tags: ['x'], body: '一二三…' }],
      withdrawn: [],
    });
  });

  it('takes the opening lines up to the end of the first entry, one XML element a line', () => {
    const rss =
      '<?xml version="1.0"?>\n<rss><channel>\n<item><title>甲</title><link>https://e.org/a/</link></item>\n<item><title>乙</title></item>\n</channel></rss>';
    expect(excerptText(rss, { until: /<\/item>$/, maxLines: 40, maxChars: 40, splitTags: true })).toEqual({
      text: '<?xml version="1.0"?>\n<rss>\n<channel>\n<item>\n<title>甲</title>\n<link>https://e.org/a/</link>\n</item>',
      lines: 7,
    });
    expect(excerptText('\uFEFFa,b\r\n1,2\r\n3,4\r\n', { maxLines: 2, maxChars: 2 })).toEqual({
      text: 'a,…\n1,…',
      lines: 2,
    });
  });
});

describe('a retirement recorded in content/redirects.json', () => {
  const redirects = [
    { from: '/cases/old/', to: '/cases/new/', withdrawn: { date: '2031-05-01' } },
    { from: '/cases/gone/', withdrawn: { date: '2031-06-01', reason: '项目已停办' } },
    { from: '/stars/someone/', withdrawn: { date: '2031-04-01', reason: '应本人要求撤下' } },
    { from: '/c/2031-001/', to: '/cases/gone/' },
    { from: '/about/', to: '/' },
  ];

  it('is announced by the section it left, newest first, with the replacement when there is one', () => {
    expect(withdrawnRecords('cases', redirects)).toEqual([
      { id: 'gone', url: siteUrl('/cases/gone/'), withdrawnOn: '2031-06-01', reason: '项目已停办' },
      { id: 'old', url: siteUrl('/cases/old/'), withdrawnOn: '2031-05-01', replacedBy: siteUrl('/cases/new/') },
    ]);
    expect(withdrawnRecords('stars', redirects)).toEqual([
      { id: 'someone', url: siteUrl('/stars/someone/'), withdrawnOn: '2031-04-01', reason: '应本人要求撤下' },
    ]);
  });

  it('without a replacement keeps a page (its notice): no 301, no dangling target, not lost', () => {
    expect(toNginxMap(redirects, '/')).toBe('/cases/old/ /cases/new/;\n/c/2031-001/ /cases/gone/;\n/about/ /;\n');
    const audit = auditUrls(['/cases/gone/', '/c/2031-001/'], ['/', '/cases/new/', '/cases/gone/'], redirects);
    expect(audit.lost).toEqual([]);
    expect(audit.danglingRedirects).toEqual([]);
    expect(withdrawnLanding('/cases/gone/')).toBe('/cases/');
    expect(withdrawnLanding('/about/')).toBe('/');
  });
});
