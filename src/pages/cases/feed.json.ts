/** JSON Feed 1.1 of every case, full content, absolute URLs; an item's id is its permanent URL. */
import type { APIRoute } from 'astro';
import { t } from '../../i18n/zh-CN.ts';
import { jsonFeed } from '../../lib/shared/feeds.ts';
import { caseItem, feedMeta } from '../../lib/stories/feed-items.ts';
import { allCases } from '../../lib/stories/load.ts';
import { feedFacts } from '../../components/stories/render.ts';

export const GET: APIRoute = async () =>
  new Response(`${JSON.stringify(jsonFeed(feedMeta('cases', t('cases.title'), t('cases.description'), 'feed.json'), await Promise.all((await allCases()).map(async (entry) => caseItem(entry, await feedFacts(entry))))), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/feed+json; charset=utf-8' },
  });
