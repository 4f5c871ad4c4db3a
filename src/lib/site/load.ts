/** Loads the edition the site presents. Memoised: every page's header and footer need it. */
import { getEntry } from 'astro:content';
import { siteConfig } from '../../site.config.ts';

let current: ReturnType<typeof load> | undefined;

async function load() {
  const entry = await getEntry('editions', siteConfig.currentEdition);
  if (!entry)
    throw new Error(
      `site.config.ts 的 currentEdition 指向 content/editions/${siteConfig.currentEdition}.json，但该文件不存在`,
    );
  return entry.data;
}

/** Returns the current edition's data. */
export function currentEdition() {
  current ??= load();
  return current;
}
