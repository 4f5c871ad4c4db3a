/**
 * What every built page carries (language, title, canonical, skip link, no foreign fonts or
 * scripts), the sitemap and the navigation: these hold for any content and run on the real site
 * and on the province fixture. The notice, home page and footer are checked by their words on the
 * fixture (tests/fixtures/province/), whose current edition is 2031.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pathOf } from '../../scripts/lib/dist-files.ts';
import { siteConfig } from '../../src/site.config.ts';
import { fixtureContent, province, provinceOrigin } from '../helpers/province.ts';
import { realContent, realSite } from '../helpers/real-site.ts';

const origin = provinceOrigin;
/** The current edition's notice page, as its edition file names it (an edition may have no full text). */
const noticePageOf = (content: string, edition: string): string | undefined =>
  JSON.parse(readFileSync(join(content, 'editions', `${edition}.json`), 'utf8')).notice?.page;

describe.each([
  ['the real site', realSite, noticePageOf(realContent, siteConfig.currentEdition)],
  ['the province fixture', province, noticePageOf(fixtureContent, '2031')],
] as const)('%s', (_, site, noticePage) => {
  const { page, htmlFiles, text } = site();
  const files = htmlFiles();

  describe('every built page', () => {
    it('exists', () => {
      expect(files).toContain('index.html');
      if (noticePage) expect(files).toContain(`${noticePage}/index.html`);
      expect(files).toContain('404.html');
    });

    it.each(files)(
      '%s has lang, title, description, canonical (but the 404 page), Open Graph and a skip link',
      (file) => {
        const doc = page(file);
        expect(doc.querySelector('html')?.getAttribute('lang')).toBe('zh-CN');
        expect(doc.querySelector('title')?.text.trim()).toBeTruthy();
        expect(doc.querySelector('meta[name="description"]')?.getAttribute('content')).toBeTruthy();
        const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href');
        const refresh = doc.querySelector('meta[http-equiv="refresh"]')?.getAttribute('content');
        if (file === '404.html') {
          // Served for every missing address: it must not claim a URL of its own.
          expect(canonical).toBeUndefined();
        } else if (refresh) {
          // A redirect stub (a moved page, a short URL) stands in for its target: canonical and refresh agree, and it is not indexed.
          expect(canonical).toBe(new URL(refresh.replace(/^0; url=/, ''), origin).href);
          expect(doc.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
        } else {
          expect(canonical?.startsWith(origin)).toBe(true);
          expect(new URL(canonical!).pathname).toBe(pathOf(file));
        }
        for (const property of file === '404.html'
          ? ['og:title', 'og:description', 'og:type']
          : ['og:title', 'og:description', 'og:url', 'og:type']) {
          expect(doc.querySelector(`meta[property="${property}"]`), property).not.toBeNull();
        }
        expect(doc.querySelector('a.skip-link')?.getAttribute('href')).toBe('#main');
        // The province's words for itself and its parts (siteConfig.divisions) are filled in everywhere.
        expect(doc.toString().match(/\{(?:whole|provincial|part|parts|local)\}/g)).toBeNull();
        expect(doc.querySelector('main#main')).not.toBeNull();
        expect(doc.querySelectorAll('h1')).toHaveLength(1);
        expect(doc.querySelector('#elder-mode')?.getAttribute('type')).toBe('checkbox');
      },
    );

    it('marks every link to another site as leaving it, with rel="noopener noreferrer"', () => {
      for (const file of files) {
        for (const a of page(file).querySelectorAll('a[href^="http"]')) {
          if (a.getAttribute('href')!.startsWith(origin)) continue;
          expect(a.getAttribute('rel'), `${file}: ${a.getAttribute('href')}`).toBe('noopener noreferrer');
          expect(a.querySelector('.visually-hidden')?.text, `${file}: ${a.getAttribute('href')}`).toBe('（外部网站）');
        }
      }
    });

    it('loads no web fonts and nothing from another origin', () => {
      for (const file of files) {
        const html = text(file);
        expect(html, file).not.toMatch(/@font-face|fonts\.googleapis|<script[^>]+src="https?:/);
        expect(html, file).not.toMatch(/<link[^>]+href="https?:\/\/(?!xuexizhou)/);
      }
    });
  });

  describe('the home page', () => {
    const doc = page('index.html');
    it('links only to sections that exist', () => {
      const links = doc.querySelectorAll('header a, main a').map((a) => a.getAttribute('href')!);
      for (const href of links.filter((h) => h.startsWith('/'))) {
        const [path, fragment] = href.split('#') as [string, string | undefined];
        expect(files, href).toContain(`${path.slice(1)}index.html`);
        if (fragment) expect(page(`${path.slice(1)}index.html`).getElementById(fragment), href).not.toBeNull();
      }
    });
  });

  describe('sitemap and robots', () => {
    it('lists the canonical pages but not the 404 page', () => {
      const xml = text('sitemap-0.xml');
      const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname).sort();
      const isStub = (f: string) => page(f).querySelector('meta[http-equiv="refresh"]') !== null;
      const expected = files
        .filter((f) => f !== '404.html' && !isStub(f))
        .map(pathOf)
        .sort();
      expect(locs).toEqual(expected);
    });
    it('robots.txt points at the sitemap', () => {
      expect(text('robots.txt')).toContain(`Sitemap: ${origin}/sitemap-index.xml`);
    });
  });

  describe('the navigation', () => {
    it('leads to the current edition’s notice, when it has its full text', () => {
      const nav = page('index.html')
        .querySelectorAll('nav.site-nav a')
        .map((a) => [a.text, a.getAttribute('href')]);
      if (noticePage) expect(nav).toContainEqual(['活动通知', `/${noticePage}/`]);
      else expect(nav.map(([label]) => label)).not.toContain('活动通知');
    });
  });
});

describe('the province fixture’s pages', () => {
  const { page } = province();

  describe('the notice page', () => {
    const doc = page('notice-2031/index.html');
    it('carries the full text with its document number', () => {
      const text = doc.querySelector('main')!.text;
      expect(text).toContain('示教终〔2031〕1号');
      expect(text).toContain('示例主题：学习让生活更美好');
      expect(text).toContain('（此件主动公开）');
      expect(doc.querySelectorAll('main h2').map((h) => h.text)).toEqual([
        '一、开展全民阅读活动（时间：2031年8月—11月）',
        '二、举办 2031 年“全民终身学习活动周”',
        '附件　2031 年全民终身学习活动开展情况统计表',
      ]);
    });

    it('renders the attachment as a real table with the notice layout', () => {
      const table = doc
        .querySelectorAll('table')
        .find((t) => t.querySelector('caption')?.text === '示例省2031年全民终身学习活动开展情况统计表')!;
      expect(table).toBeDefined();
      expect(table.querySelectorAll('thead th').map((th) => th.text)).toEqual([
        '活动',
        '全民阅读',
        '全民终身学习活动周活动',
        '主题阅读活动',
        '线上社会大讲堂',
      ]);
      expect(table.querySelectorAll('tbody th').map((th) => th.text)).toEqual([
        '地市级及以上城市开展情况',
        '地市级层面是否开展',
        '活动数',
        '参加人次',
        '县级城市开展情况',
        '城市数',
        '活动数',
        '参加人次',
      ]);
      expect(table.querySelectorAll('tbody tr')).toHaveLength(6);
      expect(table.querySelectorAll('tbody tr')[0]!.querySelectorAll('td')).toHaveLength(3);
    });

    it('shows the unverified platform addresses as text, not links', () => {
      expect(doc.querySelectorAll('a').some((a) => /shili-lll|lll\.shili/.test(a.getAttribute('href') ?? ''))).toBe(
        false,
      );
      expect(doc.querySelectorAll('.unverified-url').map((s) => s.text)).toEqual([
        'www.shili-lll.example网址待核实',
        'lll.shili.example网址待核实',
      ]);
    });
  });

  it('keeps the past edition’s notice with the attachment of its own edition', () => {
    const table = page('notice-2030/index.html')
      .querySelectorAll('table')
      .find((t) => t.querySelector('caption')?.text === '示例省2030年全民终身学习活动开展情况统计表')!;
    expect(table).toBeDefined();
    expect(table.querySelectorAll('thead th').map((th) => th.text)).toEqual([
      '活动',
      '全民阅读',
      '全民终身学习活动周活动',
    ]);
    expect(table.querySelectorAll('tbody tr')[0]!.querySelectorAll('td')).toHaveLength(2);
  });

  it('presents the current edition on the home page, from its edition file', () => {
    const text = page('index.html').querySelector('main')!.text;
    for (const fact of [
      '示例主题：学习让生活更美好',
      '2031年8月—11月',
      '2031年10月',
      '示例省教育厅',
      '示例开放大学',
      '甲山市',
    ]) {
      expect(text, fact).toContain(fact);
    }
    expect(text).not.toContain('2030');
  });

  it('prints the public contacts of the current notice in the footer', () => {
    const footer = page('index.html').querySelector('footer')!.text;
    for (const contact of ['010-00000000', 'office@example.org', '010-00000001', 'week@example.org']) {
      expect(footer).toContain(contact);
    }
  });
});
