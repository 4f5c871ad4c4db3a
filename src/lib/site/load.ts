/** Loads the editions: the one the site presents, and every edition for archive pages. Memoised: every page's header and footer need them. */
import { getCollection } from 'astro:content';
import { navigation, siteConfig } from '../../site.config.ts';
import { resolveNavigation, type NavigationItem } from './navigation.ts';
import type { Edition } from '../../schemas/edition.ts';
import { newestFirst } from './editions.ts';

export interface EditionEntry {
  id: string;
  data: Edition;
}

let all: Promise<EditionEntry[]> | undefined;

/** Returns every edition, newest first. */
export function allEditions(): Promise<EditionEntry[]> {
  all ??= getCollection('editions').then((entries) => newestFirst(entries.map(({ id, data }) => ({ id, data }))));
  return all;
}

/** Returns one edition's data; a missing id is a content error the guard reports first, so this only guards the build. */
export async function editionById(id: string): Promise<Edition> {
  const entry = (await allEditions()).find((e) => e.id === id);
  if (!entry)
    throw new Error(
      `找不到活动届次 ${id}：content/editions/ 中没有 ${id}.json（site.config.ts 的 currentEdition 或某个内容文件的 edition 写错了）`,
    );
  return entry.data;
}

/** Returns the current edition's data (site.config.ts currentEdition). */
export function currentEdition(): Promise<Edition> {
  return editionById(siteConfig.currentEdition);
}

/** Static paths with one entry per edition, for the per-edition pages and data files. */
export async function editionPaths() {
  return (await allEditions()).map(({ id }) => ({ params: { edition: id } }));
}

/** Returns the main navigation in display order, its 通知 entry pointing at the current edition's notice. */
export async function siteNavigation(): Promise<NavigationItem[]> {
  return resolveNavigation(navigation, await currentEdition());
}
