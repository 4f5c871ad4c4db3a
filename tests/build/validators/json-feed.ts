/** JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/): the required top-level and item fields and the types of the optional ones. */
import { decodeUtf8, isAbsoluteUrl, isRfc3339, type Validator } from './common.ts';

const VERSION = 'https://jsonfeed.org/version/1.1';

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Checks `authors`: an array of objects, each with at least a name, url or avatar. */
function authorProblems(owner: Json, where: string): string[] {
  if (owner.author !== undefined) return [`${where}: "author" is JSON Feed 1.0; version 1.1 uses an "authors" array`];
  if (owner.authors === undefined) return [];
  if (!Array.isArray(owner.authors) || owner.authors.length === 0)
    return [`${where}: "authors" must be a non-empty array`];
  return owner.authors.flatMap((a, i) =>
    isObject(a) && ['name', 'url', 'avatar'].some((key) => typeof a[key] === 'string')
      ? []
      : [`${where}: authors[${i}] needs a name, url or avatar`],
  );
}

/** Checks a JSON Feed 1.1 document. */
export const validateJsonFeed: Validator = (bytes) => {
  const text = decodeUtf8(bytes);
  if (text.value === undefined) return text.problems;
  let feed: unknown;
  try {
    feed = JSON.parse(text.value);
  } catch (error) {
    return [`not valid JSON: ${(error as Error).message}`];
  }
  if (!isObject(feed)) return ['the top level must be an object'];
  const problems: string[] = [];
  if (feed.version !== VERSION) problems.push(`"version" must be "${VERSION}" (saw ${JSON.stringify(feed.version)})`);
  if (typeof feed.title !== 'string' || !feed.title.trim()) problems.push('"title" must be a non-empty string');
  for (const key of ['home_page_url', 'feed_url', 'icon', 'favicon', 'next_url']) {
    if (feed[key] !== undefined && !isAbsoluteUrl(feed[key]))
      problems.push(`"${key}" must be an absolute URL (saw ${JSON.stringify(feed[key])})`);
  }
  problems.push(...authorProblems(feed, 'feed'));
  if (!Array.isArray(feed.items)) return [...problems, '"items" must be an array'];
  const ids = new Set<string>();
  for (const [i, item] of (feed.items as unknown[]).entries()) {
    const where = `items[${i}]`;
    if (!isObject(item)) {
      problems.push(`${where} must be an object`);
      continue;
    }
    if (typeof item.id !== 'string' || !item.id) problems.push(`${where}: "id" must be a non-empty string`);
    else if (ids.has(item.id)) problems.push(`${where}: id ${JSON.stringify(item.id)} repeats an earlier item's`);
    else ids.add(item.id);
    if (typeof item.content_html !== 'string' && typeof item.content_text !== 'string')
      problems.push(`${where} needs "content_html" or "content_text"`);
    for (const key of ['url', 'external_url', 'image', 'banner_image']) {
      if (item[key] !== undefined && !isAbsoluteUrl(item[key]))
        problems.push(`${where}: "${key}" must be an absolute URL (saw ${JSON.stringify(item[key])})`);
    }
    for (const key of ['date_published', 'date_modified']) {
      if (item[key] !== undefined && !isRfc3339(item[key]))
        problems.push(
          `${where}: "${key}" must be an RFC 3339 date-time such as "2023-10-16T09:00:00+08:00" (saw ${JSON.stringify(item[key])})`,
        );
    }
    if (item.tags !== undefined && !(Array.isArray(item.tags) && item.tags.every((t) => typeof t === 'string')))
      problems.push(`${where}: "tags" must be an array of strings`);
    problems.push(...authorProblems(item, where));
  }
  return problems;
};
