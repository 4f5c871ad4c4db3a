/**
 * The built cases, stars and news: pages, citation, short URLs, feeds, JSON endpoints and JSON-LD,
 * read from the built site. Everything here holds for any content and runs on the real site and
 * on the province fixture; the last part names the fixture's stories (tests/fixtures/province/).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';
import { describe, expect, it } from 'vitest';
import { siteConfig } from '../../src/site.config.ts';
import { jsonFeedProblems } from '../helpers/json-feed-rules.ts';
import { fixtureContent, province } from '../helpers/province.ts';
import { honourLevelsOf } from '../../src/lib/site/divisions.ts';
import { realContent, realSite } from '../helpers/real-site.ts';
import { idsIn } from '../helpers/site-content.ts';

const site = siteConfig.site;

describe.each([
  // Each site's honour levels follow its siteConfig.divisions: the fixture's parts are 市（州）.
  ['the real site', realContent, realSite, honourLevelsOf(siteConfig.divisions)],
  ['the province fixture', fixtureContent, province, ['全国', '省级', '市（州）级']],
] as const)('the stories of %s', (_, content, built, levels) => {
  const { page, htmlFiles, dist: distDir } = built();
  const read = (path: string) => readFileSync(`${distDir}${path}`, 'utf8');
  const files = htmlFiles();
  const caseIds = files.filter((f) => /^cases\/[^/]+\/index\.html$/.test(f)).map((f) => f.split('/')[1]!);
  const starIds = files.filter((f) => /^stars\/[^/]+\/index\.html$/.test(f)).map((f) => f.split('/')[1]!);
  const api = JSON.parse(read('api/cases.json'));
  const starsApi = JSON.parse(read('api/stars.json'));
  const ldOf = (file: string) =>
    page(file)
      .querySelectorAll('script[type="application/ld+json"]')
      .map((s) => JSON.parse(s.text));
  const pngSize = (path: string) => {
    const png = readFileSync(`${distDir}${path}`);
    expect(png.subarray(1, 4).toString(), path).toBe('PNG');
    return [png.readUInt32BE(16), png.readUInt32BE(20)];
  };

  describe('the cases listing', () => {
    const doc = page('cases/index.html');
    const items = doc.querySelectorAll('[data-case-list] > li');

    it('lists every case with the values the filter reads', () => {
      expect(items).toHaveLength(caseIds.length);
      for (const item of items) {
        expect(item.getAttribute('data-year')).toMatch(/^\d{4}$/);
        expect(levels).toContain(item.getAttribute('data-level'));
        expect(item.getAttribute('data-city')).toMatch(/^[a-z]+$/);
        expect(item.getAttribute('data-category')).toBeTruthy();
      }
    });

    it('offers a plain GET form whose options are the values present', () => {
      const form = doc.querySelector('form[data-facet-filter]')!;
      expect(form.getAttribute('method')).toBe('get');
      expect(form.getAttribute('action')).toBe('/cases/');
      for (const key of ['year', 'city', 'category', 'level']) {
        const select = form.querySelector(`select[name="${key}"]`)!;
        expect(doc.querySelector(`label[for="${select.id}"]`), key).not.toBeNull();
        const values = select.querySelectorAll('option').map((o) => o.getAttribute('value'));
        expect(values[0]).toBe('');
        expect(new Set(values.slice(1))).toEqual(new Set(items.map((i) => i.getAttribute(`data-${key}`))));
      }
      expect(form.querySelector('[role="status"]')?.text).toBe(`共 ${items.length} 个项目`);
    });
  });

  describe.each(caseIds)('the case page %s', (id) => {
    const file = `cases/${id}/index.html`;
    const doc = page(file);
    const record = api.items.find((i: { id: string }) => i.id === id);
    const url = `${site}/cases/${id}/`;

    it('shows every field, the dates and a sample badge', () => {
      const main = doc.querySelector('main')!.text;
      expect(doc.querySelector('h1')!.text).toBe(record.title);
      for (const value of [
        record.organisation,
        record.city.name,
        record.category,
        `${record.year}年`,
        record.honour.title,
        record.honour.source.title,
        record.shortCode,
        record.summary,
      ]) {
        expect(main).toContain(value);
      }
      if (record.contact) expect(main).toContain(record.contact);
      expect(doc.querySelector(`time[datetime="${record.published}"]`)).not.toBeNull();
      if (record.updated) expect(doc.querySelector(`time[datetime="${record.updated}"]`)).not.toBeNull();
      expect(doc.querySelector('main .badge--sample')).not.toBeNull();
    });

    it('has a citation block with the exact title, canonical and short URL, year, honour and a QR code', () => {
      const block = doc.querySelector('section.citation')!;
      expect(block.querySelector('h2')!.text).toBe('引用本页');
      const canonical = doc.querySelector('link[rel="canonical"]')!.getAttribute('href');
      expect(canonical).toBe(url);
      const text = block.querySelector('#cite-text')!.text;
      expect(text).toContain(`${record.title}[EB/OL]`);
      expect(text).toContain(url);
      expect(text).toContain(`${site}/c/${record.shortCode}/`);
      expect(text).toContain(`${record.year}年`);
      expect(text).toContain(record.honour.title);
      const button = block.querySelector('button[data-copy="cite-text"]')!;
      expect(button.getAttribute('type')).toBe('button');
      expect(block.querySelector('[role="status"]')).not.toBeNull();
      const qr = block.querySelector('svg[role="img"]')!;
      expect(qr.getAttribute('aria-label')).toBeTruthy();
      expect(qr.querySelector('path')!.getAttribute('d')!.length).toBeGreaterThan(500);
    });

    it('shares a PNG poster as og:image and has parseable JSON-LD about the case', () => {
      const image = doc.querySelector('meta[property="og:image"]')!.getAttribute('content')!;
      expect(image).toBe(`${url}poster.png`);
      expect(pngSize(`cases/${id}/poster.png`)).toEqual([750, 1000]);
      expect(doc.querySelector('meta[property="og:image:width"]')!.getAttribute('content')).toBe('750');
      expect(doc.querySelector(`a[href="/cases/${id}/poster.png"][download]`)).not.toBeNull();
      const [ld] = ldOf(file);
      expect(ld).toMatchObject({
        '@context': 'https://schema.org',
        '@type': 'Article',
        url,
        headline: record.title,
        datePublished: record.published,
        image,
        identifier: record.shortCode,
        award: record.honour.title,
      });
    });

    it('has a short URL that leads to it', () => {
      const stub = page(`c/${record.shortCode}/index.html`);
      expect(stub.querySelector('meta[http-equiv="refresh"]')!.getAttribute('content')).toBe(`0; url=/cases/${id}/`);
      expect(stub.querySelector('link[rel="canonical"]')!.getAttribute('href')).toBe(url);
      expect(stub.querySelector('meta[name="robots"]')!.getAttribute('content')).toBe('noindex');
      expect(stub.querySelector(`main a[href="/cases/${id}/"]`)!.text).toBe(record.title);
      expect(read('redirects.map').split('\n')).toContain(`/c/${record.shortCode}/ /cases/${id}/;`);
    });
  });

  describe('the star pages', () => {
    it.each(starIds)('%s tells the story with consent noted, never the consent note itself', (id) => {
      const doc = page(`stars/${id}/index.html`);
      const record = starsApi.items.find((i: { id: string }) => i.id === id);
      expect(doc.querySelector('h1')!.text).toBe(record.title);
      expect(doc.querySelector('main')!.text).toContain(record.name);
      expect(doc.querySelector('main')!.text).toContain('本故事经本人同意后公开。');
      expect(doc.toString()).not.toContain('同意书');
      expect(pngSize(`stars/${id}/poster.png`)).toEqual([750, 1000]);
      expect(ldOf(`stars/${id}/index.html`)[0].about).toMatchObject({ '@type': 'Person', name: record.name });
    });

    it('list every star on /stars/', () => {
      expect(page('stars/index.html').querySelectorAll('main li.story-card')).toHaveLength(starIds.length);
    });
  });

  describe('no story page publishes a phone number', () => {
    it.each(files.filter((f) => /^(cases|stars|news)\//.test(f)))('%s', (file) => {
      expect(page(file).querySelector('main')!.text).not.toMatch(/(?<!\d)(?:1[3-9]\d{9}|0\d{2,3}-\d{7,8})(?!\d)/);
    });
  });

  describe('the JSON endpoints', () => {
    it('/api/cases.json gives every case with its structured fields and permalink', () => {
      expect(api.count).toBe(caseIds.length);
      expect(api.items.map((i: { id: string }) => i.id).sort()).toEqual([...caseIds].sort());
      for (const item of api.items) {
        expect(Object.keys(item).sort()).toEqual(
          expect.arrayContaining([
            'id',
            'url',
            'shortCode',
            'shortUrl',
            'title',
            'summary',
            'organisation',
            'city',
            'category',
            'year',
            'honour',
            'published',
            'poster',
            'images',
            'sample',
          ]),
        );
        expect(item.url).toBe(`${site}/cases/${item.id}/`);
        expect(item.shortUrl).toBe(`${site}/c/${item.shortCode}/`);
        expect(item.honour).toMatchObject({
          level: expect.any(String),
          title: expect.any(String),
          source: { title: expect.any(String) },
        });
        for (const img of item.images) {
          expect(img.alt).toBeTruthy();
          expect(existsSync(`${distDir}${new URL(img.url).pathname.slice(1)}`), img.url).toBe(true);
        }
      }
      expect(api.items.some((i: { images: unknown[] }) => i.images.length > 0)).toBe(true);
    });

    it('/api/stars.json gives every star without the private consent note', () => {
      expect(starsApi.count).toBe(starIds.length);
      for (const item of starsApi.items) {
        expect(item.url).toBe(`${site}/stars/${item.id}/`);
        expect(item.name).toMatch(/^示例·/);
        expect(item).not.toHaveProperty('consentNote');
        expect(item).not.toHaveProperty('consent');
      }
    });
  });

  describe('the feeds', () => {
    const parser = new XMLParser({ ignoreAttributes: false });
    const rss = (path: string) => {
      const xml = read(path);
      expect(() => SyntaxValidator.validate(xml, { xmlDeclaraion: { optional: false } }), path).not.toThrow();
      return parser.parse(xml).rss;
    };
    const list = <T>(x: T | T[]) => (Array.isArray(x) ? x : [x]);

    it.each(['cases/feed.xml', 'stars/feed.xml', 'news/feed.xml'])(
      '%s is RSS 2.0 in zh-CN with full content and absolute URLs',
      (path) => {
        const feed = rss(path);
        expect(feed['@_version']).toBe('2.0');
        expect(feed.channel.language).toBe('zh-CN');
        expect(feed.channel['atom:link']['@_href']).toBe(`${site}/${path}`);
        for (const item of list(feed.channel.item)) {
          expect(item.guid['@_isPermaLink']).toBe('true');
          expect(item.guid['#text']).toBe(item.link);
          expect(item.link.startsWith(`${site}/`)).toBe(true);
          expect(existsSync(`${distDir}${new URL(item.link).pathname.slice(1)}index.html`), item.link).toBe(true);
          const html: string = item['content:encoded'];
          expect(html.length).toBeGreaterThan(50);
          expect(html).not.toMatch(/\b(?:src|href)="\/(?!\/)/);
        }
      },
    );

    it('cases/feed.json follows JSON Feed 1.1 and agrees with the RSS feed and the API', () => {
      const feed = JSON.parse(read('cases/feed.json'));
      expect(jsonFeedProblems(feed)).toEqual([]);
      expect(feed.language).toBe('zh-CN');
      expect(feed.feed_url).toBe(`${site}/cases/feed.json`);
      expect(feed.items.map((i: { id: string }) => i.id).sort()).toEqual(
        api.items.map((i: { url: string }) => i.url).sort(),
      );
      expect(
        list(rss('cases/feed.xml').channel.item).map((i: { guid: { '#text': string } }) => i.guid['#text']),
      ).toEqual(feed.items.map((i: { id: string }) => i.id));
      for (const withPhoto of feed.items.filter((i: { content_html: string }) => i.content_html.includes('<img')))
        expect(withPhoto.content_html).toMatch(new RegExp(`src="${site}/_astro/`));
      expect(
        feed.items.every((i: { _xuexizhou: { shortCode: string } }) => /^\d{4}-\d{3}$/.test(i._xuexizhou.shortCode)),
      ).toBe(true);
    });
  });

  describe('news', () => {
    it('lists the news newest first and links each page', () => {
      const doc = page('news/index.html');
      const dates = doc.querySelectorAll('main .news-list time').map((t) => t.getAttribute('datetime')!);
      expect(dates).toEqual([...dates].sort().reverse());
      for (const a of doc.querySelectorAll('main .news-list a'))
        expect(files).toContain(`${a.getAttribute('href')!.slice(1)}index.html`);
    });

    it('badges sample news and only sample news, and dates each as its file does', () => {
      for (const id of idsIn(content, 'news')) {
        const front = readFileSync(join(content, 'news', `${id}.mdx`), 'utf8').split('\n---')[0]!;
        const file = `news/${id}/index.html`;
        expect(page(file).querySelector('main .badge--sample') !== null, id).toBe(/^sample: true$/m.test(front));
        expect(ldOf(file)[0], id).toMatchObject({
          '@type': 'NewsArticle',
          datePublished: front.match(/^date: (\S+)$/m)![1],
        });
      }
    });

    it('has a short block on the home page that links to /news/', () => {
      const home = page('index.html');
      const heading = home.querySelectorAll('main h2').find((h) => h.text === '活动动态');
      expect(heading).toBeDefined();
      expect(home.querySelectorAll('main .news-list li').length).toBeLessThanOrEqual(3);
      expect(home.querySelector('main a[href="/news/"]')).not.toBeNull();
    });
  });

  describe('navigation', () => {
    it('leads to the news, cases and stars', () => {
      const nav = page('index.html')
        .querySelectorAll('nav a')
        .map((a) => [a.text, a.getAttribute('href')]);
      expect(nav).toEqual(
        expect.arrayContaining([
          ['活动动态', '/news/'],
          ['品牌项目', '/cases/'],
          ['学习之星', '/stars/'],
        ]),
      );
    });
  });

  describe('the feeds’ share images', () => {
    it.each(['cases/feed.xml', 'stars/feed.xml'])(
      '%s gives each enclosure the size of the file it points to',
      (feed) => {
        const enclosures = [...read(feed).matchAll(/<enclosure url="([^"]+)" length="(\d+)"/g)];
        expect(enclosures.length).toBeGreaterThan(0);
        for (const [, url, length] of enclosures) {
          const file = `${distDir}${new URL(url!).pathname.slice(siteConfig.base.length)}`;
          expect(existsSync(file), url).toBe(true);
          expect(Number(length), url).toBe(readFileSync(file).byteLength);
        }
      },
    );
  });
});

describe('the province fixture’s stories', () => {
  const { page, htmlFiles } = province();
  const files = htmlFiles();

  it('publishes every case, star and news item of both editions', () => {
    expect(files.filter((f) => /^cases\/[^/]+\/index\.html$/.test(f))).toEqual([
      'cases/bing-xiangcun/index.html',
      'cases/jia-dushujiao/index.html',
      'cases/yi-laonian/index.html',
    ]);
    expect(files.filter((f) => /^stars\/[^/]+\/index\.html$/.test(f))).toHaveLength(2);
    expect(page('news/index.html').querySelectorAll('main .news-list time')).toHaveLength(3);
  });

  it('carries a case’s photo into the JSON feed with an absolute address', () => {
    const feed = JSON.parse(province().text('cases/feed.json'));
    const item = feed.items.find((i: { id: string }) => i.id.endsWith('/cases/jia-dushujiao/'));
    expect(item.content_html).toMatch(/<img[^>]+src="https:\/\/xuexizhou\.example\.org\/_astro\//);
  });

  it('states the notice publication with its date and number', () => {
    const doc = page('news/notice-2031-published/index.html');
    expect(doc.querySelector('main')!.text).toContain('示教终〔2031〕1号');
    expect(doc.querySelector('main time')?.getAttribute('datetime')).toBe('2031-08-06');
  });

  it('gives each case its short URL: /c/2031-001/ leads to /cases/jia-dushujiao/', () => {
    expect(page('c/2031-001/index.html').querySelector('meta[http-equiv="refresh"]')?.getAttribute('content')).toBe(
      '0; url=/cases/jia-dushujiao/',
    );
  });
});
