/**
 * The built site as search sees it: for every page Pagefind indexes, its path (without the
 * base), its title (the h1) and the text of its searchable body. Read from dist/ by the
 * query-set generator.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';

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
    const body = parse(html).querySelector('[data-pagefind-body]')!;
    for (const skip of body.querySelectorAll('script, style, [data-pagefind-ignore], [hidden]')) skip.remove();
    const path = `/${file.replaceAll('\\', '/').replace(/index\.html$/, '')}`;
    pages.push({ path, title: body.querySelector('h1')?.text.replace(/\s+/g, ' ').trim() ?? '', text: body.text.replace(/\s+/g, ' ') });
  }
  return pages.sort((a, b) => a.path.localeCompare(b.path));
}
