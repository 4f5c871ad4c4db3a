/**
 * Checks a document against the rules of JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/):
 * required fields, types, absolute URLs, RFC 3339 dates and unique item ids. Returns the broken rules.
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- an unknown document is inspected field by field, as its rules read */
const isAbsoluteUrl = (v: unknown) => typeof v === 'string' && /^https?:\/\/[^/]/.test(v) && URL.canParse(v);
const isRfc3339 = (v: unknown) =>
  typeof v === 'string' &&
  /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/.test(v) &&
  !Number.isNaN(Date.parse(v));
const isString = (v: unknown) => typeof v === 'string';

const topOptionalStrings = [
  'home_page_url',
  'feed_url',
  'description',
  'user_comment',
  'next_url',
  'icon',
  'favicon',
  'language',
];
const topUrls = ['home_page_url', 'feed_url', 'next_url', 'icon', 'favicon'];
const itemOptionalStrings = [
  'url',
  'external_url',
  'title',
  'content_html',
  'content_text',
  'summary',
  'image',
  'banner_image',
  'language',
];
const itemUrls = ['url', 'external_url', 'image', 'banner_image'];

/** Lists every JSON Feed 1.1 rule the document breaks; an empty list means it conforms. */
export function jsonFeedProblems(feed: any): string[] {
  const problems: string[] = [];
  if (feed?.version !== 'https://jsonfeed.org/version/1.1')
    problems.push('version must be "https://jsonfeed.org/version/1.1"');
  if (!isString(feed?.title) || feed.title === '') problems.push('title is required');
  for (const key of topOptionalStrings)
    if (key in feed && !isString(feed[key])) problems.push(`${key} must be a string`);
  for (const key of topUrls)
    if (key in feed && !isAbsoluteUrl(feed[key])) problems.push(`${key} must be an absolute URL`);
  if ('authors' in feed) {
    if (!Array.isArray(feed.authors)) problems.push('authors must be an array');
    else
      feed.authors.forEach((a: any, i: number) => {
        if (!a || !['name', 'url', 'avatar'].some((k) => isString(a[k])))
          problems.push(`authors[${i}] needs name, url or avatar`);
      });
  }
  if ('author' in feed) problems.push('author is deprecated in 1.1: use authors');
  if (!Array.isArray(feed?.items)) return [...problems, 'items must be an array'];
  const ids = new Set<string>();
  feed.items.forEach((item: any, i: number) => {
    const at = `items[${i}]`;
    if (item.id === undefined || item.id === null || item.id === '') problems.push(`${at}.id is required`);
    else if (!isString(item.id)) problems.push(`${at}.id should be a string`);
    else if (ids.has(item.id)) problems.push(`${at}.id "${item.id}" is not unique`);
    else ids.add(item.id);
    if (!isString(item.content_html) && !isString(item.content_text))
      problems.push(`${at} needs content_html or content_text`);
    for (const key of itemOptionalStrings)
      if (key in item && !isString(item[key])) problems.push(`${at}.${key} must be a string`);
    for (const key of itemUrls)
      if (key in item && !isAbsoluteUrl(item[key])) problems.push(`${at}.${key} must be an absolute URL`);
    for (const key of ['date_published', 'date_modified'])
      if (key in item && !isRfc3339(item[key])) problems.push(`${at}.${key} must be RFC 3339`);
    if ('tags' in item && (!Array.isArray(item.tags) || !item.tags.every(isString)))
      problems.push(`${at}.tags must be an array of strings`);
    for (const key of Object.keys(item)) {
      if (
        !['id', 'authors', 'tags', 'attachments', 'date_published', 'date_modified', ...itemOptionalStrings].includes(
          key,
        ) &&
        !key.startsWith('_')
      ) {
        problems.push(`${at}.${key} is not a JSON Feed field (extensions start with "_")`);
      }
    }
  });
  return problems;
}
