/**
 * Runs queries against the built index in Chromium, either through the real /search/ page
 * (query rewriting and all) or straight through Pagefind's API on the same index, without the
 * site's query rewriting. The index is built for the bigram search (no dictionary segmentation:
 * src/integrations/search.ts INDEX_LANGUAGE), so the raw figures are what Pagefind's own query
 * handling makes of it, a floor rather than Pagefind's default Chinese search.
 */
import type { Page } from 'playwright-core';

export type Mode = 'site' | 'pagefind';

/** Returns, for each query, the result paths (without origin and base) in rank order, at most ten. */
export async function runQueries(
  page: Page,
  base: string,
  queries: readonly string[],
  mode: Mode,
): Promise<string[][]> {
  const found = await page.evaluate(
    async ({ queries, mode, base }) => {
      const element = document.querySelector<HTMLElement>('search-page')!;
      const form = element.querySelector('form')!;
      const input = element.querySelector<HTMLInputElement>('input[name="q"]')!;
      const out: string[][] = [];
      for (const query of queries) {
        if (mode === 'site') {
          const before = Number(element.dataset.run ?? 0);
          input.value = query;
          form.requestSubmit();
          while (!(Number(element.dataset.run) > before && element.dataset.state !== 'loading'))
            await new Promise((r) => setTimeout(r, 5));
          out.push([...element.querySelectorAll('.search-result__title')].map((a) => a.getAttribute('href') ?? ''));
        } else {
          type Raw = { search(q: string): Promise<{ results: { data(): Promise<{ url: string }> }[] } | null> };
          // A Function keeps the test bundler from rewriting this browser-side import().
          const load = new Function('url', 'return import(url)') as (url: string) => Promise<Raw>;
          const pagefind = await load(`${base}pagefind/pagefind.js`);
          const results = (await pagefind.search(query))?.results ?? [];
          out.push(await Promise.all(results.slice(0, 10).map(async (r) => (await r.data()).url)));
        }
      }
      return out;
    },
    { queries, mode, base },
  );
  const strip = (url: string) => {
    const path = new URL(url, 'http://x/').pathname;
    return path.startsWith(base) ? `/${path.slice(base.length)}` : path;
  };
  return found.map((urls) => urls.map(strip));
}
