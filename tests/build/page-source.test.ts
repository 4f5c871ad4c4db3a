import { describe, expect, it } from 'vitest';
import { siteConfig } from '../../src/site.config.ts';
import { htmlFiles, page } from './dist.ts';

// Redirect notices and the 404 page are noindex and have no source of their own.
const files = htmlFiles().filter((f) => !page(f).querySelector('meta[name="robots"]'));

describe('发布/更新时间 and 纠错 on every page', () => {
  it.each(files)('%s says when it was published', (file) => {
    const time = page(file).querySelector('main .page-source time');
    expect(time?.getAttribute('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(time?.parentNode?.text).toMatch(/^发布时间：\d{4}年\d{1,2}月\d{1,2}日/);
  });

  it('takes dates from the data when the entry states them', () => {
    expect(page('notice-2023/index.html').querySelector('.page-source time')?.getAttribute('datetime')).toBe('2023-08-10');
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
