import { describe, expect, it } from 'vitest';
import { archiveOf, editionPath, editionSearchable, newestFirst, ofEdition } from '../../src/lib/site/editions.ts';
import { noticeEditionOf } from '../../src/lib/site/edition.ts';
import { resolveNavigation } from '../../src/lib/site/navigation.ts';
import { auditUrls, publishedUrlOf } from '../../src/lib/site/published-urls.ts';
import { withSubpathMoves } from '../../src/lib/site/redirects.ts';
import { isOutbound } from '../../src/lib/shared/urls.ts';
import { cityInEdition, editionsOfCity } from '../../src/lib/stats/city-edition.ts';

const edition = (id: string, year: number, page?: string) => ({ id, data: { year, notice: { page } } });

describe('editions as a dimension of the site', () => {
  it('orders editions newest first and splits the current one from the rest', () => {
    const all = [edition('2030', 2030), edition('2032', 2032), edition('2031', 2031)];
    expect(newestFirst(all).map((e) => e.id)).toEqual(['2032', '2031', '2030']);
    const { current, past } = archiveOf(all, '2031');
    expect(current?.id).toBe('2031');
    expect(past.map((e) => e.id)).toEqual(['2032', '2030']);
    expect(archiveOf(all, 'missing').current).toBeUndefined();
  });

  it('picks the entries of one edition, in their order', () => {
    const entries = [
      { data: { edition: 'a' }, n: 1 },
      { data: { edition: 'b' }, n: 2 },
      { data: { edition: 'a' }, n: 3 },
    ];
    expect(ofEdition(entries, 'a').map((e) => e.n)).toEqual([1, 3]);
  });

  it('links the current edition at the section URL and others at their own, and searches each once', () => {
    expect(editionPath('/stats/', '2031', '2031')).toBe('/stats/');
    expect(editionPath('/stats/', '2030', '2031')).toBe('/stats/2030/');
    expect(editionSearchable('2031', '2031', true)).toBe(true);
    expect(editionSearchable('2031', '2031', false)).toBe(false);
    expect(editionSearchable('2030', '2031', false)).toBe(true);
  });

  it("finds the edition whose notice a page is, and points the menu's 通知 at the current one", () => {
    const all = [edition('2030', 2030, 'notice-2030'), edition('2031', 2031)];
    expect(noticeEditionOf(all, '/notice-2030/')).toBe('2030');
    expect(noticeEditionOf(all, '/about/')).toBeUndefined();
    const entries = [
      { key: 'nav.stats', path: '/stats/' },
      { key: 'nav.notice', current: 'notice' },
    ] as const;
    expect(resolveNavigation(entries, { notice: { page: 'notice-2031' } })).toEqual([
      { key: 'nav.stats', path: '/stats/' },
      { key: 'nav.notice', path: '/notice-2031/' },
    ]);
    // An edition without a notice page has no 通知 entry rather than a broken link.
    expect(resolveNavigation(entries, { notice: {} })).toEqual([{ key: 'nav.stats', path: '/stats/' }]);
  });

  it("reads a city's record for an edition, pending when it has written none", () => {
    const city = { editions: { '2030': { plan: { status: 'submitted' as const, submittedOn: '2030-08-01' } } } };
    expect(cityInEdition(city, '2030').plan.status).toBe('submitted');
    expect(cityInEdition(city, '2031')).toEqual({ plan: { status: 'pending' } });
    expect(editionsOfCity(city, ['2031', '2030'])).toEqual(['2030']);
  });
});

describe('the URL contract covers data files', () => {
  it('names the published URL of every built file but hashed assets, search internals and server configuration', () => {
    expect(publishedUrlOf('index.html')).toBe('/');
    expect(publishedUrlOf('cities/index.html')).toBe('/cities/');
    expect(publishedUrlOf('stats/2030.csv')).toBe('/stats/2030.csv');
    expect(publishedUrlOf('cases/a/poster.png')).toBe('/cases/a/poster.png');
    expect(publishedUrlOf('sitemap-0.xml')).toBe('/sitemap-0.xml');
    for (const f of ['_astro/x.1a2b.css', 'pagefind/pagefind.js', '404.html', 'nginx-csp.conf', 'redirects.map'])
      expect(publishedUrlOf(f), f).toBeUndefined();
  });

  it('loses a data file that disappears, unless a redirect covers it or the page it belongs to', () => {
    const manifest = ['/stats/2030.csv', '/cases/a/', '/cases/a/poster.png'];
    expect(auditUrls(manifest, [], []).lost).toEqual(manifest);
    const moved = [{ from: '/cases/a/', to: '/cases/b/' }];
    expect(auditUrls(manifest, ['/cases/b/', '/cases/b/poster.png'], moved).lost).toEqual(['/stats/2030.csv']);
    const retired = [{ from: '/stats/2030.csv', withdrawn: { date: '2031-01-01' } }];
    expect(auditUrls(['/stats/2030.csv'], [], retired).lost).toEqual([]);
  });

  it('moves the files under a moved page with it, and leaves explicit entries alone', () => {
    const moves = withSubpathMoves(
      [
        { from: '/cases/a/', to: '/cases/b/' },
        { from: '/cases/a/poster.png', to: '/cases/c/poster.png' },
      ],
      ['/cases/a/', '/cases/a/poster.png', '/cases/a/print/', '/cases/ab/'],
    );
    expect(moves).toEqual([
      { from: '/cases/a/', to: '/cases/b/' },
      { from: '/cases/a/poster.png', to: '/cases/c/poster.png' },
      { from: '/cases/a/print/', to: '/cases/b/print/' },
    ]);
  });

  it('tells an outbound link from one to the site itself', () => {
    expect(isOutbound('https://other.example.org/a', 'https://xuexizhou.example.org')).toBe(true);
    expect(isOutbound('https://xuexizhou.example.org/cases/', 'https://xuexizhou.example.org')).toBe(false);
    expect(isOutbound('/cases/', 'https://xuexizhou.example.org')).toBe(false);
    expect(isOutbound('mailto:a@example.org', 'https://xuexizhou.example.org')).toBe(false);
  });
});
