import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';
import jsQR from 'jsqr';
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import {
  citationText,
  honourLabel,
  isShortCodeUrl,
  posterPath,
  shortCodePath,
  storyPath,
} from '../../src/lib/stories/permalinks.ts';
import {
  absolutizeHtml,
  dayToRfc3339,
  dayToRfc822,
  jsonFeed,
  rssFeed,
  type FeedItem,
  type FeedMeta,
} from '../../src/lib/shared/feeds.ts';
import { jsonLdText } from '../../src/lib/shared/jsonld.ts';
import { storyJsonLd } from '../../src/lib/stories/jsonld.ts';
import { cachedSvgToPng } from '../../src/lib/site/png.ts';
import { POSTER_HEIGHT, POSTER_WIDTH, posterSvg, wrapLines } from '../../src/lib/stories/poster.ts';
import { fontDrawer } from '../../src/lib/stories/poster-text.ts';
import { qrMatrix, qrSvg, QUIET_ZONE } from '../../src/lib/shared/qr.ts';
import { findStoryProblems } from '../../src/lib/stories/rules.ts';
import { siteConfig } from '../../src/site.config.ts';
import { jsonFeedProblems } from '../helpers/json-feed-rules.ts';

/** Decodes the QR code in an SVG by rendering it, as a phone camera would read the printed image. */
function decodeQr(svg: string, width: number): string | undefined {
  const image = new Resvg(svg, { fitTo: { mode: 'width', value: width }, font: { loadSystemFonts: false } }).render();
  return jsQR(new Uint8ClampedArray(image.pixels), image.width, image.height)?.data;
}

describe('permalinks and citation', () => {
  it('builds the permanent paths of entries and their posters', () => {
    expect(storyPath('stars', 'li')).toBe('/stars/li/');
    expect(posterPath('cases', 'x')).toBe('/cases/x/poster.png');
    expect(shortCodePath('2023-001')).toBe('/c/2023-001/');
    expect(honourLabel({ level: '省级', title: '品牌项目' })).toBe('省级 · 品牌项目');
  });

  it('recognises short URLs only', () => {
    expect(isShortCodeUrl('https://example.org/c/2023-001/')).toBe(true);
    expect(isShortCodeUrl('/xuexizhou/c/2023-001/')).toBe(true);
    expect(isShortCodeUrl('https://example.org/cases/c-2023/')).toBe(false);
    expect(isShortCodeUrl('/c/2023-001/poster.png')).toBe(false);
  });

  it('formats a GB/T 7714 reference with both dates, the honour and the short URL', () => {
    const input = {
      siteName: '站点',
      title: '标题',
      url: 'https://e.org/cases/x/',
      published: '2023-10-20',
      year: 2023,
      honour: '省级 · 荣誉',
    };
    expect(citationText({ ...input, updated: '2023-11-02', shortUrl: 'https://e.org/c/2023-001/' })).toBe(
      '站点. 标题[EB/OL]. (2023-10-20/2023-11-02). https://e.org/cases/x/.\n2023年　省级 · 荣誉\n短网址：https://e.org/c/2023-001/',
    );
    expect(citationText(input)).toBe('站点. 标题[EB/OL]. (2023-10-20). https://e.org/cases/x/.\n2023年　省级 · 荣誉');
  });
});

describe('QR codes', () => {
  const url = 'https://xuexizhou.example.org/c/2023-001/';

  it('draws a code that a QR reader decodes back to the URL', () => {
    expect(decodeQr(qrSvg(url, '扫码'), 400)).toBe(url);
  });

  it('has finder patterns and an accessible name, with the text escaped', () => {
    const m = qrMatrix(url);
    expect(m.length % 4).toBe(1); // QR sizes are 17 + 4 × version
    expect(m[0]!.slice(0, 7)).toEqual(Array(7).fill(true));
    expect(m[1]!.slice(0, 7)).toEqual([true, false, false, false, false, false, true]);
    const svg = qrSvg(url, '扫码 <打开> & 阅读');
    expect(svg).toContain(`viewBox="0 0 ${m.length + 2 * QUIET_ZONE} ${m.length + 2 * QUIET_ZONE}"`);
    expect(svg).toContain('role="img" aria-label="扫码 &lt;打开&gt; &amp; 阅读"');
    expect(svg).toContain('<title>扫码 &lt;打开&gt; &amp; 阅读</title>');
  });
});

describe('share posters', () => {
  it('wraps Chinese text by width, keeps closing punctuation off a line start and marks a cut', () => {
    expect(wrapLines('一二三四五六', 3, 5)).toEqual(['一二三', '四五六']);
    expect(wrapLines('一二三，四五', 3, 5)).toEqual(['一二三，', '四五']);
    expect(wrapLines('一二三四五六七八九', 3, 2)).toEqual(['一二三', '四五…']);
    expect(wrapLines('abcdef一', 3, 3)).toEqual(['abcde', 'f一']);
  });

  const input = {
    siteName: '山西省全民终身学习活动周',
    kind: '终身学习品牌项目',
    title: '示例项目：社区<读书>角 & 书屋',
    place: '太原市小店区 · 社区教育',
    honour: '2023年 · 省级 · 示例荣誉',
    url: 'https://xuexizhou.example.org/c/2023-001/',
    theme: '让学习成为一种生活方式',
    sample: true,
  };

  it('escapes text, labels sample data and carries a readable QR code of the short URL', () => {
    const svg = posterSvg(input);
    expect(svg).toContain('&lt;读书&gt;');
    expect(svg).toContain('&amp;');
    expect(svg).not.toContain('<读书>');
    expect(svg).toContain('示例数据');
    expect(posterSvg({ ...input, sample: false })).not.toContain('示例数据');
    expect(decodeQr(svg, POSTER_WIDTH)).toBe(input.url);
  });

  it('draws the text as paths from the CJK fonts, leaving only what they cannot draw to resvg', () => {
    const draw = fontDrawer(siteConfig.posterFonts);
    expect(draw, 'fonts-noto-cjk is installed').toBeDefined();
    const svg = posterSvg(input, draw);
    expect(svg).not.toContain('<text');
    expect(svg.match(/<path d="M/g)!.length).toBeGreaterThanOrEqual(10);
    expect(decodeQr(svg, POSTER_WIDTH)).toBe(input.url);
    // Bold and regular are different shapes.
    expect(draw!('学习', 0, 50, 30, true)).not.toBe(draw!('学习', 0, 50, 30, false));
    expect(draw!('\u{1F4DA}', 0, 50, 30, false), 'an emoji is not in the CJK font').toBeUndefined();
    expect(posterSvg({ ...input, place: '\u{1F4DA} 太原市' }, draw)).toContain('<text');
  });

  it('renders a PNG of the poster size once and then reuses it from the cache', () => {
    const dir = mkdtempSync(join(tmpdir(), 'poster-cache-'));
    try {
      const png = cachedSvgToPng(posterSvg(input), siteConfig.posterFonts, dir);
      expect(png.subarray(1, 4).toString()).toBe('PNG');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([POSTER_WIDTH, POSTER_HEIGHT]);
      // A changed cache file is returned as is: proof that the second call did not render.
      const [file] = readdirSync(dir);
      writeFileSync(join(dir, file!), 'cached');
      expect(cachedSvgToPng(posterSvg(input), siteConfig.posterFonts, dir).toString()).toBe('cached');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('feeds', () => {
  const meta: FeedMeta = {
    title: '品牌项目',
    description: '说明 & 介绍',
    homeUrl: 'https://e.org/cases/',
    feedUrl: 'https://e.org/cases/feed.xml',
    language: 'zh-CN',
    author: '站点',
  };
  const items: FeedItem[] = [
    {
      url: 'https://e.org/cases/a/',
      title: '甲 <一>',
      summary: '摘要甲',
      contentHtml: '<p>正文 ]]> 甲</p>',
      published: '2023-10-20',
      updated: '2023-11-02',
      tags: ['社区教育'],
      image: 'https://e.org/cases/a/poster.png',
      extension: { shortCode: '2023-001' },
    },
    {
      url: 'https://e.org/cases/b/',
      title: '乙',
      summary: '摘要乙',
      contentHtml: '<p>乙</p>',
      published: '2023-10-22',
      tags: [],
    },
  ];

  it('formats Beijing days for RSS and JSON Feed', () => {
    expect(dayToRfc822('2023-10-20')).toBe('Fri, 20 Oct 2023 00:00:00 +0800');
    expect(dayToRfc822('2023-08-10')).toBe('Thu, 10 Aug 2023 00:00:00 +0800');
    expect(dayToRfc3339('2023-10-20')).toBe('2023-10-20T00:00:00+08:00');
  });

  it('makes root-relative links and images absolute', () => {
    expect(
      absolutizeHtml(
        '<a href="/cases/">x</a><img src="/_astro/a.webp" alt=""><a href="//cdn/x">y</a><a href="#t">z</a>',
        'https://e.org',
      ),
    ).toBe(
      '<a href="https://e.org/cases/">x</a><img src="https://e.org/_astro/a.webp" alt=""><a href="//cdn/x">y</a><a href="#t">z</a>',
    );
  });

  it('writes RSS 2.0 that an XML parser reads back, newest first, with full content', () => {
    const xml = rssFeed(meta, items);
    expect(() => SyntaxValidator.validate(xml, { xmlDeclaraion: { optional: false } })).not.toThrow();
    expect(() => SyntaxValidator.validate(xml.replace('</channel>', ''))).toThrow();
    const rss = new XMLParser({ ignoreAttributes: false }).parse(xml).rss;
    expect(rss['@_version']).toBe('2.0');
    expect(rss.channel.language).toBe('zh-CN');
    expect(rss.channel.description).toBe('说明 & 介绍');
    expect(rss.channel.lastBuildDate).toBe('Thu, 02 Nov 2023 00:00:00 +0800');
    const [first, second] = rss.channel.item;
    expect(first.title).toBe('乙');
    expect(second.title).toBe('甲 <一>');
    expect(second.guid).toEqual({ '#text': 'https://e.org/cases/a/', '@_isPermaLink': 'true' });
    expect(second['content:encoded']).toBe('<p>正文 ]]> 甲</p>');
  });

  it('writes JSON Feed 1.1 whose item ids are the permalinks, whatever the update', () => {
    const feed = jsonFeed(meta, items);
    expect(jsonFeedProblems(feed)).toEqual([]);
    expect(feed.items.map((i) => i.id)).toEqual(['https://e.org/cases/b/', 'https://e.org/cases/a/']);
    const updated = jsonFeed(meta, [{ ...items[0]!, updated: '2024-01-01', title: '甲（修订）' }]);
    expect(updated.items[0]!.id).toBe('https://e.org/cases/a/');
    expect(updated.items[0]!.date_modified).toBe('2024-01-01T00:00:00+08:00');
    expect(feed.items[1]!._xuexizhou).toEqual({ shortCode: '2023-001' });
  });

  it('has a JSON Feed rules check that catches broken feeds', () => {
    const bad = {
      version: '1.1',
      items: [
        { id: 'a', url: '/relative/', date_published: '2023-10-20', content_html: 'x', sample: true },
        { id: 'a' },
      ],
    };
    expect(jsonFeedProblems(bad)).toEqual([
      'version must be "https://jsonfeed.org/version/1.1"',
      'title is required',
      'items[0].url must be an absolute URL',
      'items[0].date_published must be RFC 3339',
      'items[0].sample is not a JSON Feed field (extensions start with "_")',
      'items[1].id "a" is not unique',
      'items[1] needs content_html or content_text',
    ]);
  });
});

describe('JSON-LD', () => {
  const base = {
    url: 'https://e.org/cases/a/',
    title: '标题',
    description: '摘要',
    published: '2023-10-20',
    siteName: '站点',
    sample: true,
  };
  it('describes a case as an Article with its award, place and organisation', () => {
    const ld = storyJsonLd({
      ...base,
      kind: 'case',
      award: '荣誉',
      place: '太原市',
      organisation: '单位',
      identifier: '2023-001',
      updated: '2023-11-02',
    });
    expect(ld).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Article',
      url: base.url,
      headline: '标题',
      datePublished: '2023-10-20',
      dateModified: '2023-11-02',
      award: '荣誉',
      contentLocation: { '@type': 'Place', name: '太原市' },
      about: { '@type': 'Organization', name: '单位' },
      identifier: '2023-001',
    });
    expect(ld.creativeWorkStatus).toContain('示例');
  });
  it('describes a star as an Article about a Person, and news as a NewsArticle', () => {
    expect(storyJsonLd({ ...base, kind: 'star', person: '示例·李某', award: '荣誉' }).about).toEqual({
      '@type': 'Person',
      name: '示例·李某',
      award: '荣誉',
    });
    expect(storyJsonLd({ ...base, kind: 'news', sample: false })['@type']).toBe('NewsArticle');
    expect(storyJsonLd({ ...base, kind: 'news', sample: false })).not.toHaveProperty('creativeWorkStatus');
  });
  it('cannot close its script element', () => {
    const text = jsonLdText({ headline: '</script><script>alert(1)</script>' });
    expect(text).not.toContain('<');
    expect(JSON.parse(text).headline).toBe('</script><script>alert(1)</script>');
  });
});

describe('story bodies', () => {
  it('allow Markdown and the story components', () => {
    const body =
      '## 标题\n\n<Figure caption="说明">\n![读书的居民](./images/a.png)\n</Figure>\n\n<Quote by="示例">话</Quote>\n\n<Video title="t" src="/m.mp4" captions="/m.vtt" transcript="#t" />\n\n2023-10-20 开班，共 20 人。\n';
    expect(findStoryProblems(body, 10)).toEqual([]);
  });
  it('refuse other components, imports, raw media tags and phone numbers, with the line (images without alt: findMdxTraps, as in every MDX body)', () => {
    // Real MDX: an import runs to the next blank line, and a raw tag needs its closing tag.
    const body =
      'import X from \'./x.astro\';\n\n<Chart />\n<video src="a.mp4"></video>\n![](./a.png)\n咨询电话 13800000000\n办公室 0351-1234567\n```\n<Chart /> 13800000000\n```\n';
    expect(findStoryProblems(body, 5).map((p) => `${p.line} ${p.found}`)).toEqual([
      "5 import X from './x.astro';",
      '7 <Chart',
      '8 <video',
      '10 13800000000',
      '11 0351-1234567',
    ]);
  });
});
