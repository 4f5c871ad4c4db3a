import { describe, expect, it } from 'vitest';
import { siteConfig } from '../../src/site.config.ts';
import { htmlFiles, page } from '../../scripts/lib/dist-files.ts';

// Redirect notices and the 404 page are noindex, and the search page is a tool: none has a content file of its own.
const files = htmlFiles().filter((f) => !page(f).querySelector('meta[name="robots"]') && f !== 'search/index.html');
/** The publication date a page shows: at its end, or near its title on pages that show their own (stories, the notice). */
const published = (file: string) =>
  page(file).querySelector('main .page-source p.meta time') ?? page(file).querySelector('main p.meta time');

describe('发布/更新时间 and 纠错 on every page', () => {
  it.each(files)('%s says when it was published', (file) => {
    const time = published(file);
    expect(time?.getAttribute('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(time?.parentNode?.text).toMatch(/^发布日期：\d{4}年\d{1,2}月\d{1,2}日/);
  });

  it('takes dates from the data when the entry states them', () => {
    expect(published('notice-2023/index.html')?.getAttribute('datetime')).toBe('2023-08-10');
    expect(published('cases/taiyuan-reading-corner/index.html')?.getAttribute('datetime')).toMatch(/^2023-/);
    // Shown near the title, so not repeated at the end.
    for (const file of ['notice-2023/index.html', 'cases/taiyuan-reading-corner/index.html'])
      expect(page(file).querySelector('.page-source p.meta'), file).toBeNull();
  });

  it('shows a 纠错 link only when a repository is configured', () => {
    const links = files.flatMap((f) => page(f).querySelectorAll('.page-source a'));
    if (siteConfig.repository.url) {
      expect(links.length).toBe(files.length);
      for (const a of links) expect(a.getAttribute('href')!.startsWith(siteConfig.repository.url)).toBe(true);
    } else {
      expect(links).toEqual([]);
    }
  });
});
