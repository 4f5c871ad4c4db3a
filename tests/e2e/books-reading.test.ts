/** The book filter, the large-print list and target sizes, in Chromium against the built site. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { provinceDist } from '../helpers/province.ts';
import { useSite } from './site.ts';

// The province fixture (tests/fixtures/province/): three books in three lists, ids of the test's own.
const dist = provinceDist;
const api = JSON.parse(readFileSync(`${dist}api/books.json`, 'utf8')) as {
  books: { id: string; audiences: string[]; categories: string[]; formats: string[]; lists: { id: string }[] }[];
};
type Book = (typeof api.books)[number];
const ids = (pick: (b: Book) => boolean) =>
  api.books
    .filter(pick)
    .map((b) => b.id)
    .sort();

const site = useSite(provinceDist);

/** Ids of the book cards a reader can see. */
const visibleBooks = (page: Page) =>
  page.$$eval('[data-book-card]', (cards) =>
    cards
      .filter((c) => (c as HTMLElement).offsetParent !== null)
      .map((c) => c.querySelector('a')!.getAttribute('href')!.split('/').at(-2)!)
      .sort(),
  );

describe('the book filter with JavaScript', () => {
  it('opens a shared URL already filtered, with the form showing the choice', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.origin}/books/?audience=${encodeURIComponent('老年人')}`);
    const expected = ids((b) => b.audiences.includes('老年人'));
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(api.books.length);
    expect(await visibleBooks(page)).toEqual(expected);
    expect(await page.inputValue('select[name="audience"]')).toBe('老年人');
    expect(await page.textContent('[data-facet-count]')).toBe(
      `符合条件的有 ${expected.length} 本（共 ${api.books.length} 本）`,
    );
    await page.close();
  });

  it('filters in place as choices change and keeps the URL in sync', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.origin}/books/?audience=${encodeURIComponent('青少年')}`);
    await page.selectOption('select[name="category"]', '自然科学');
    expect(await visibleBooks(page)).toEqual(
      ids((b) => b.audiences.includes('青少年') && b.categories.includes('自然科学')),
    );
    const url = new URL(page.url());
    expect([...url.searchParams]).toEqual([
      ['category', '自然科学'],
      ['audience', '青少年'],
    ]);

    // The URL is the view: opening it again shows the same books.
    const again = await site.browser.newPage();
    await again.goto(page.url());
    expect(await visibleBooks(again)).toEqual(await visibleBooks(page));
    await again.close();

    await page.selectOption('select[name="category"]', '');
    await page.selectOption('select[name="audience"]', '');
    expect(new URL(page.url()).search).toBe('');
    expect(await visibleBooks(page)).toHaveLength(api.books.length);
    expect(await page.textContent('[data-facet-count]')).toBe(`共 ${api.books.length} 本`);
    await page.close();
  });

  it('filters by list and by format, and says so when nothing matches', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.origin}/books/`);
    const lists = await page.$$eval('select[name="list"] option', (options) =>
      options.map((o) => (o as HTMLOptionElement).value).filter(Boolean),
    );
    await page.selectOption('select[name="list"]', lists[0]!);
    expect(await visibleBooks(page)).toEqual(ids((b) => b.lists.some((l) => l.id === lists[0])));
    await page.selectOption('select[name="format"]', '有声');
    expect(await visibleBooks(page)).toEqual(
      ids((b) => b.lists.some((l) => l.id === lists[0]) && b.formats.includes('有声')),
    );

    // Find a list with no book for 老年人 and check the empty message.
    const noElders = lists.find(
      (l) => ids((b) => b.lists.some((x) => x.id === l) && b.audiences.includes('老年人')).length === 0,
    )!;
    await page.goto(`${site.origin}/books/?list=${noElders}&audience=${encodeURIComponent('老年人')}`);
    expect(await visibleBooks(page)).toEqual([]);
    expect(await page.isVisible('[data-facet-empty]')).toBe(true);
    await page.close();
  });

  it('ignores values it does not offer', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.origin}/books/?audience=foo&colour=red`);
    expect(await visibleBooks(page)).toHaveLength(api.books.length);
    expect(await page.inputValue('select[name="audience"]')).toBe('');
    await page.close();
  });
});

describe('the book filter without JavaScript', () => {
  it('submits as a plain GET form and still lists every book', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.origin}/books/`);
    await page.selectOption('select[name="audience"]', '老年人');
    await Promise.all([page.waitForURL(/audience=/), page.click('.facet-filter button[type="submit"]')]);
    expect(new URL(page.url()).searchParams.get('audience')).toBe('老年人');
    expect(await visibleBooks(page)).toHaveLength(api.books.length);
    expect(await page.isVisible('.facet-filter__nojs')).toBe(true);
    await context.close();
  });
});

describe('the large-print list', () => {
  it('prints on A4 in large type, without the site header, one block per book', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.origin}/booklists/2030-changzhe/print/`);
    expect(await page.isVisible('[data-print]')).toBe(true);
    await page.emulateMedia({ media: 'print' });
    expect(await page.isVisible('.site-header')).toBe(false);
    expect(await page.isVisible('[data-print]')).toBe(false);
    // Nothing below the last block: trailing space would print a blank sheet.
    const trailing = await page.evaluate(
      () =>
        document.documentElement.scrollHeight -
        document.querySelector('.print-books')!.getBoundingClientRect().bottom -
        window.scrollY,
    );
    expect(trailing).toBeLessThan(10);
    const sizes = await page.$$eval('.print-book p', (ps) => ps.map((p) => parseFloat(getComputedStyle(p).fontSize)));
    // 16pt = 21.3px: large print.
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(21);
    const pdf = (await page.pdf({ preferCSSPageSize: true, printBackground: true })).toString('latin1');
    const boxes = [...pdf.matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)].map((m) => [
      Math.round(Number(m[1])),
      Math.round(Number(m[2])),
    ]);
    expect(boxes.length).toBeGreaterThanOrEqual(2);
    // A4 is 595 × 842 points.
    for (const box of boxes) expect(box).toEqual([595, 842]);
    await page.close();
  });
});

describe('targets at phone width', () => {
  for (const mode of ['normal', 'elder'] as const) {
    it(`are at least ${mode === 'elder' ? 60 : 44}px tall on the reading pages in ${mode} mode`, async () => {
      const min = mode === 'elder' ? 60 : 44;
      const page = await site.browser.newPage({ viewport: { width: 390, height: 800 } });
      if (mode === 'elder') await page.addInitScript(() => localStorage.setItem('mode', 'elder'));
      for (const path of ['/reading/', '/books/', '/books/jia-shu/', '/booklists/2030-changzhe/']) {
        await page.goto(`${site.origin}${path}`);
        const small = await page.$$eval(
          'main a, main button, main select',
          (els, min) =>
            els
              // Links inside a sentence may be smaller (WCAG 2.5.8 exception for inline targets).
              .filter(
                (el) =>
                  !(
                    el.tagName === 'A' &&
                    el.parentElement?.closest('p, dd') &&
                    getComputedStyle(el).display === 'inline'
                  ),
              )
              .filter((el) => (el as HTMLElement).offsetParent !== null)
              .map((el) => ({ text: el.textContent!.trim().slice(0, 20), height: el.getBoundingClientRect().height }))
              .filter((box) => box.height < min - 0.5),
          min,
        );
        expect(small, `${path} (${mode})`).toEqual([]);
      }
      await page.close();
    });
  }
});
