/**
 * The built site as search sees it: for every page Pagefind indexes, its path (without the
 * base), its title (the h1) and the text of its searchable body, one line per block
 * (src/lib/search/page-text.ts, the same reading the build indexes). Read from dist/ by the
 * search quality gate and the query sampler.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pageText } from '../../src/lib/search/page-text.ts';

export interface CorpusPage {
  path: string;
  title: string;
  text: string;
}

/** Reads every page of dist/ that has a data-pagefind-body element. */
export function readCorpus(distDir: string): CorpusPage[] {
  const pages: CorpusPage[] = [];
  for (const file of readdirSync(distDir, { recursive: true }) as string[]) {
    if (!file.endsWith('.html')) continue;
    const html = readFileSync(join(distDir, file), 'utf8');
    if (!html.includes('data-pagefind-body')) continue;
    const page = pageText(html);
    if (!page) continue;
    pages.push({ path: `/${file.replaceAll('\\', '/').replace(/index\.html$/, '')}`, ...page });
  }
  return pages.sort((a, b) => a.path.localeCompare(b.path));
}
