import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { siteConfig } from '../../src/site.config.ts';
import { distDir, htmlFiles, page, pathOf } from '../../scripts/lib/dist-files.ts';

const files = htmlFiles();

describe('every built page', () => {
  it('exists', () => {
    expect(files).toContain('index.html');
    expect(files).toContain('notice-2023/index.html');
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
        expect(canonical).toBe(new URL(refresh.replace(/^0; url=/, ''), siteConfig.site).href);
        expect(doc.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
      } else {
        expect(canonical?.startsWith(siteConfig.site)).toBe(true);
        expect(new URL(canonical!).pathname).toBe(pathOf(file));
      }
      for (const property of file === '404.html'
        ? ['og:title', 'og:description', 'og:type']
        : ['og:title', 'og:description', 'og:url', 'og:type']) {
        expect(doc.querySelector(`meta[property="${property}"]`), property).not.toBeNull();
      }
      expect(doc.querySelector('a.skip-link')?.getAttribute('href')).toBe('#main');
      expect(doc.querySelector('main#main')).not.toBeNull();
      expect(doc.querySelectorAll('h1')).toHaveLength(1);
      expect(doc.querySelector('#elder-mode')?.getAttribute('type')).toBe('checkbox');
    },
  );

  it('marks every link to another site as leaving it, with rel="noopener noreferrer"', () => {
    for (const file of files) {
      for (const a of page(file).querySelectorAll('a[href^="http"]')) {
        if (a.getAttribute('href')!.startsWith(siteConfig.site)) continue;
        expect(a.getAttribute('rel'), `${file}: ${a.getAttribute('href')}`).toBe('noopener noreferrer');
        expect(a.querySelector('.visually-hidden')?.text, `${file}: ${a.getAttribute('href')}`).toBe('（外部网站）');
      }
    }
  });

  it('loads no web fonts and nothing from another origin', () => {
    for (const file of files) {
      const html = readFileSync(`${distDir}${file}`, 'utf8');
      expect(html, file).not.toMatch(/@font-face|fonts\.googleapis|<script[^>]+src="https?:/);
      expect(html, file).not.toMatch(/<link[^>]+href="https?:\/\/(?!xuexizhou)/);
    }
  });
});

describe('the notice page', () => {
  const doc = page('notice-2023/index.html');
  it('carries the full text with its document number', () => {
    const text = doc.querySelector('main')!.text;
    expect(text).toContain('晋教职成〔2023〕12号');
    expect(text).toContain('让学习成为一种生活方式');
    expect(text).toContain('（此件主动公开）');
    expect(doc.querySelectorAll('main h2').map((h) => h.text)).toEqual([
      '一、开展全民阅读活动（时间：2023年8月—11月）',
      '二、举办 2023 年“全民终身学习活动周”',
      '附件　2023 年全民终身学习活动开展情况统计表',
    ]);
  });

  it('renders the attachment as a real table with the notice layout', () => {
    const table = doc
      .querySelectorAll('table')
      .find((t) => t.querySelector('caption')?.text === '山西省2023年全民终身学习活动开展情况统计表')!;
    expect(table).toBeDefined();
    const headers = table.querySelectorAll('thead th').map((th) => th.text);
    expect(headers).toEqual([
      '活动',
      '全民阅读',
      '全民终身学习活动周活动',
      '主题阅读活动',
      '“社长（总编）荐书”活动',
      '线上社会大讲堂',
      '数字阅读分享活动',
    ]);
    const rowHeads = table.querySelectorAll('tbody th').map((th) => th.text);
    expect(rowHeads).toEqual([
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
    expect(table.querySelectorAll('tbody tr')[0]!.querySelectorAll('td')).toHaveLength(5);
  });

  it('shows the unverified platform addresses as text, not links', () => {
    expect(doc.querySelectorAll('a').some((a) => /sx111|sxlll/.test(a.getAttribute('href') ?? ''))).toBe(false);
    expect(doc.querySelectorAll('.unverified-url').map((s) => s.text)).toEqual([
      'www.sx111.cn网址待核实',
      'www.sxlll.cn网址待核实',
    ]);
  });
});

describe('the home page', () => {
  const doc = page('index.html');
  const text = doc.querySelector('main')!.text;
  it('presents the 2023 edition from the notice', () => {
    for (const fact of [
      '让学习成为一种生活方式',
      '2023年8月—11月',
      '2023年10月',
      '山西省教育厅',
      '山西开放大学',
      '山西成人教育协会',
      '阳泉市政府',
    ]) {
      expect(text).toContain(fact);
    }
  });
  it('links only to sections that exist', () => {
    const links = doc.querySelectorAll('header a, main a').map((a) => a.getAttribute('href')!);
    for (const href of links.filter((h) => h.startsWith('/'))) {
      const [path, fragment] = href.split('#') as [string, string | undefined];
      expect(files, href).toContain(`${path.slice(1)}index.html`);
      if (fragment) expect(page(`${path.slice(1)}index.html`).getElementById(fragment), href).not.toBeNull();
    }
  });
});

describe('the footer', () => {
  it('prints the public contacts of the notice', () => {
    const footer = page('index.html').querySelector('footer')!.text;
    for (const contact of [
      '0351-3193088',
      'zhangqing@sxedc.com',
      '15536822206',
      '13834576118',
      'sxscjxh1811@163.com',
    ]) {
      expect(footer).toContain(contact);
    }
  });
});

describe('sitemap and robots', () => {
  it('lists the canonical pages but not the 404 page', () => {
    const xml = readFileSync(`${distDir}sitemap-0.xml`, 'utf8');
    const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname).sort();
    const isStub = (f: string) => page(f).querySelector('meta[http-equiv="refresh"]') !== null;
    const expected = files
      .filter((f) => f !== '404.html' && !isStub(f))
      .map(pathOf)
      .sort();
    expect(locs).toEqual(expected);
  });
  it('robots.txt points at the sitemap', () => {
    expect(readFileSync(`${distDir}robots.txt`, 'utf8')).toContain(`Sitemap: ${siteConfig.site}/sitemap-index.xml`);
  });
});
