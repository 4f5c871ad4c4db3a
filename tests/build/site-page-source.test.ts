/**
 * 发布/更新时间 and 纠错 at the end of every page, on the real site and on the province fixture;
 * dates stated by the data are checked on the fixture's notice and case (tests/fixtures/province/).
 */
import { describe, expect, it } from 'vitest';
import { siteConfig } from '../../src/site.config.ts';
import { province, type BuiltSite } from '../helpers/province.ts';
import { realSite } from '../helpers/real-site.ts';

/** The publication date a page shows: at its end, or near its title on pages that show their own (stories, the notice). */
const publishedOn = (site: BuiltSite, file: string) =>
  site.page(file).querySelector('main .page-source p.meta time') ?? site.page(file).querySelector('main p.meta time');

describe.each([
  ['the real site', realSite],
  ['the province fixture', province],
] as const)('发布/更新时间 and 纠错 on every page of %s', (_, built) => {
  const site = built();
  // Redirect notices and the 404 page are noindex, and the search page is a tool: none has a content file of its own.
  const files = site
    .htmlFiles()
    .filter((f) => !site.page(f).querySelector('meta[name="robots"]') && f !== 'search/index.html');

  it.each(files)('%s says when it was published', (file) => {
    const time = publishedOn(site, file);
    expect(time?.getAttribute('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(time?.parentNode?.text).toMatch(/^发布日期：\d{4}年\d{1,2}月\d{1,2}日/);
  });

  it('shows a 纠错 link only when a repository is configured', () => {
    const links = files.flatMap((f) => site.page(f).querySelectorAll('.page-source a'));
    // The fixture's config keeps the project's repository setting (SITE_REPOSITORY at build time).
    if (siteConfig.repository.url) {
      expect(links.length).toBe(files.length);
      for (const a of links) expect(a.getAttribute('href')!.startsWith(siteConfig.repository.url)).toBe(true);
    } else {
      expect(links).toEqual([]);
    }
  });
});

describe('dates stated by the data, on the province fixture', () => {
  const site = province();
  it('come from the entry: the notice’s published date, a case’s 发布日期', () => {
    expect(publishedOn(site, 'notice-2031/index.html')?.getAttribute('datetime')).toBe('2031-08-06');
    expect(publishedOn(site, 'cases/jia-dushujiao/index.html')?.getAttribute('datetime')).toBe('2031-10-20');
    // Shown near the title, so not repeated at the end.
    for (const file of ['notice-2031/index.html', 'cases/jia-dushujiao/index.html'])
      expect(site.page(file).querySelector('.page-source p.meta'), file).toBeNull();
  });
});
