/**
 * Groups built pages into templates, so a new section is measured as soon as it exists:
 * "/" (home), "/[page]/" (content/pages/), "/cases/" (a section's index: the ids in
 * reservedPageIds), "/cases/[slug]/" (its entries), "404" and "redirect" (stand-ins for moved URLs).
 */
import { reservedPageIds } from '../../src/schemas/page.ts';

export interface TemplatePage {
  path: string;
  redirect: boolean;
}

const sections = new Set<string>(reservedPageIds);

/** Names the template that renders a page: "/notice-2023/" → "/[page]/", "/cases/a/" → "/cases/[slug]/". */
export function templateOf({ path, redirect }: TemplatePage): string {
  if (redirect) return 'redirect';
  if (path === '/') return '/';
  if (path === '/404.html') return '404';
  const [first, ...rest] = path.split('/').filter(Boolean);
  if (rest.length === 0) return sections.has(first!) ? `/${first}/` : '/[page]/';
  return `/${first}/${rest.map(() => '[slug]/').join('')}`;
}

/** Groups pages by template: home first, then sections, content pages, 404 and redirects. */
export function groupByTemplate<T extends TemplatePage>(pages: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const page of pages) {
    const key = templateOf(page);
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key)!.push(page);
  }
  return new Map([...groups].sort(([a], [b]) => rankOf(a) - rankOf(b) || a.localeCompare(b)));
}

function rankOf(key: string): number {
  return key === '/' ? 0 : key === '/[page]/' ? 2 : key === '404' ? 3 : key === 'redirect' ? 4 : 1;
}
