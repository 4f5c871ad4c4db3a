/**
 * With JavaScript off every template (templatePaths) still shows its content, and the 长辈模式 checkbox
 * switches the page through CSS alone, to exactly the look the remembered mode gives.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { views, type ViewContext } from './browser.ts';
import { templatePaths, useSite, visit } from './site.ts';

const site = useSite();
const paths = templatePaths();

/** Computed styles that 长辈模式 changes, for every element of the page, in document order. */
const looks = (page: Page) =>
  page.evaluate(() =>
    // <noscript> content exists as elements only when scripting is off; the reference page runs scripts.
    // So does a lecture status's "as of the build" note: scripts replace it with the reader's own time
    // (only a lecture still to come has one, so the real content, long past, never shows it).
    [
      ...document.querySelectorAll('body, body *:not(noscript, noscript *, [data-status-asof], [data-status-asof] *)'),
    ].map((el) => {
      const s = getComputedStyle(el);
      return `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.trim().replace(/\s+/g, '.')}` : ''}: font ${s.fontSize}/${s.lineHeight}, color ${s.color} on ${s.backgroundColor}, border ${s.borderTopColor}, min-height ${s.minHeight}, padding ${s.padding}`;
    }),
  );

const sizes = (page: Page) =>
  page.evaluate(() => ({
    body: parseFloat(getComputedStyle(document.body).fontSize),
    h1: parseFloat(getComputedStyle(document.querySelector('h1')!).fontSize),
  }));

describe.each(views.filter((v) => v.mode === 'normal'))('no JavaScript, $width px', ({ width }) => {
  let noJs: ViewContext;
  let remembered: ViewContext;
  let page: Page;
  let reference: Page;
  beforeAll(async () => {
    noJs = await site.open({ width, mode: 'normal' }, { javaScript: false });
    remembered = await site.open({ width, mode: 'elder' });
    page = await noJs.context.newPage();
    reference = await remembered.context.newPage();
  });
  afterAll(async () => {
    await noJs?.context.close();
    await remembered?.context.close();
  });

  it.each(paths)('%s shows its heading and text, and the 长辈模式 checkbox restyles it through CSS', async (path) => {
    await visit(page, site.origin, path);
    const main = await page.evaluate(() => ({
      h1: document.querySelector('main h1')?.textContent?.trim() ?? '',
      text: document.querySelector('main')!.innerText.replace(/\s+/g, ''),
    }));
    expect(main.h1, 'main has an h1').not.toBe('');
    expect(main.text.length, 'main has text besides its heading').toBeGreaterThan(main.h1.length + 10);

    const normal = await sizes(page);
    const normalLooks = await looks(page);
    expect(normal.body).toBeGreaterThanOrEqual(18);
    const box = page.getByRole('switch', { name: '长辈模式' });
    await box.check();
    const elder = await sizes(page);
    expect(elder.body, 'body text grows').toBeGreaterThan(normal.body);
    expect(elder.h1).toBeGreaterThanOrEqual(30);
    await visit(reference, site.origin, path);
    expect(await looks(page), 'the checkbox gives the same page as the remembered 长辈模式').toEqual(
      await looks(reference),
    );
    await box.uncheck();
    expect(await looks(page), 'unchecking restores the normal look').toEqual(normalLooks);
    expect([...noJs.takeProblems(), ...remembered.takeProblems()]).toEqual([]);
  });
});
