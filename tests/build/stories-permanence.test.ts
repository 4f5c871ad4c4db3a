/**
 * Real builds of a copy of the project with the province fixture's content (tests/fixtures/province/),
 * whose names are the test's own: a case renamed without a redirect fails the build;
 * with one, the old URL and the short URL lead to the new page. Also the story rules at build time.
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { copyProject } from '../../scripts/lib/project-copy.ts';
import { fixtureContent, fixtureSiteConfig } from '../helpers/province.ts';

const copy = copyProject({ province: { content: fixtureContent, siteConfig: fixtureSiteConfig } });
afterAll(() => copy.remove());
const at = (path: string) => join(copy.dir, path);
const dist = (path: string) => readFileSync(at(`dist/${path}`), 'utf8');
const oldId = 'yi-laonian';
const newId = 'yi-laonian-shouji';
/** The fixture's own redirects, which every redirect written here keeps. */
const redirects = JSON.parse(readFileSync(at('content/redirects.json'), 'utf8'));

describe('a published case keeps its URL', () => {
  it('fails the build when renamed without a redirect, and leads from the old and short URLs to the new page with one', () => {
    expect(JSON.parse(readFileSync(at('content/published-urls.json'), 'utf8'))).toContain(`/cases/${oldId}/`);
    renameSync(at(`content/cases/${oldId}.mdx`), at(`content/cases/${newId}.mdx`));
    let run = copy.build();
    expect(run.status).not.toBe(0);
    expect(run.output).toContain(
      `已发布的网址 /cases/${oldId}/ 不见了：外部网站可能正链接着它。若是改名或删除，请在 content/redirects.json 中加一条 { "from": "/cases/${oldId}/", "to": "/新网址/" }`,
    );

    // A case leaving its URL is announced by the JSON API, so the move carries its date.
    writeFileSync(
      at('content/redirects.json'),
      JSON.stringify([
        ...redirects,
        {
          from: `/cases/${oldId}/`,
          to: `/cases/${newId}/`,
          note: '改为更准确的英文名',
          withdrawn: { date: '2024-03-01' },
        },
      ]),
    );
    // The same build shows a story video with its captions and transcript.
    writeFileSync(
      at('content/news/video-test.mdx'),
      '---\ntitle: 示例动态：视频\nedition: "2031"\ndate: 2031-10-26\nsummary: 示例数据。\nsample: true\n---\n\n<Video title="示例：开班仪式" src="/media/a.mp4" captions="/media/a.vtt" transcript="#文字稿" />\n\n## 文字稿\n\n示例文字。\n',
    );
    run = copy.build();
    expect(run.status, run.output).toBe(0);

    const moved = dist(`cases/${oldId}/index.html`);
    expect(moved).toContain(`<meta http-equiv="refresh" content="0; url=/cases/${newId}/">`);
    expect(moved).toContain(`<link rel="canonical" href="https://xuexizhou.example.org/cases/${newId}/">`);
    expect(dist(`c/2030-001/index.html`)).toContain(`<meta http-equiv="refresh" content="0; url=/cases/${newId}/">`);
    expect(dist('redirects.map').split('\n')).toEqual(
      expect.arrayContaining([`/cases/${oldId}/ /cases/${newId}/;`, `/c/2030-001/ /cases/${newId}/;`]),
    );
    expect(existsSync(at(`dist/cases/${newId}/index.html`))).toBe(true);
    const manifest = JSON.parse(readFileSync(at('content/published-urls.json'), 'utf8'));
    expect(manifest).toEqual(expect.arrayContaining([`/cases/${oldId}/`, `/cases/${newId}/`, '/c/2030-001/']));
    // Stubs stand in for other pages: the sitemap lists the new page only.
    const sitemap = dist('sitemap-0.xml');
    expect(sitemap).toContain(`/cases/${newId}/</loc>`);
    expect(sitemap).not.toContain(`/cases/${oldId}/</loc>`);
    expect(sitemap).not.toContain('/c/2030-001/</loc>');
    const feed = JSON.parse(dist('cases/feed.json'));
    expect(feed.items.map((i: { id: string }) => i.id)).toContain(`https://xuexizhou.example.org/cases/${newId}/`);
    const api = JSON.parse(dist('api/cases.json'));
    expect(api.items.map((i: { id: string }) => i.id)).toContain(newId);
    expect(api.withdrawn).toEqual([
      {
        id: oldId,
        url: `https://xuexizhou.example.org/cases/${oldId}/`,
        withdrawnOn: '2024-03-01',
        replacedBy: `https://xuexizhou.example.org/cases/${newId}/`,
      },
    ]);

    const video = dist('news/video-test/index.html');
    expect(video).toMatch(/<video[^>]+src="\/media\/a\.mp4"/);
    expect(video).toMatch(/<track kind="captions" srclang="zh-CN" label="中文字幕" src="\/media\/a\.vtt" default[ >]/);
    expect(video).toMatch(/<a href="#文字稿"[^>]*>阅读文字稿<\/a>/);
    expect(video).toContain('<h2 id="文字稿">文字稿</h2>');
  }, 300_000);
});

describe('story rules stop the build', () => {
  it('lists a star without consent, a component outside the allowed set and a reused short code', () => {
    const star = readFileSync(at('content/stars/ding-kuaidi.mdx'), 'utf8');
    writeFileSync(at('content/stars/no-consent.mdx'), star.replace('consent: true', 'consent: false'));
    const kase = readFileSync(at('content/cases/bing-xiangcun.mdx'), 'utf8');
    writeFileSync(at('content/cases/bad-story.mdx'), `${kase}\n<Chart data="x" />\n`);
    const run = copy.build();
    expect(run.status).not.toBe(0);
    expect(run.output).toContain(
      'content/stars/no-consent.mdx 第 15 行，字段 consent：个人故事须经本人同意公开：取得书面同意后写 consent: true；未同意的不能发布（看到的值：false）',
    );
    expect(run.output).toMatch(
      /content\/cases\/bad-story\.mdx 第 \d+ 行：故事里只能用这些组件：<Figure>、<Quote>、<Video>（看到的值：<Chart）/,
    );
    expect(run.output).toContain(
      'content/cases/bing-xiangcun.mdx 第 7 行，字段 shortCode：短码与 content/cases/bad-story.mdx 重复：同一短码只能出现一次（看到的值："2031-002"）',
    );
  }, 120_000);
});
