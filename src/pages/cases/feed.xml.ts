/** RSS 2.0 of every case, full content, absolute URLs; an item's guid is its permanent URL. */
import type { APIRoute } from 'astro';
import { t } from '../../i18n/zh-CN.ts';
import { rssFeed } from '../../lib/shared/feeds.ts';
import { caseItem, feedMeta } from '../../lib/stories/feed-items.ts';
import { allCases } from '../../lib/stories/load.ts';
import { feedFacts } from '../../components/stories/render.ts';

export const GET: APIRoute = async () =>
  new Response(rssFeed(feedMeta('cases', t('cases.title'), t('cases.description'), 'feed.xml'), await Promise.all((await allCases()).map(async (entry) => caseItem(entry, await feedFacts(entry))))), {
    headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' },
  });
