/** RSS 2.0 of every star's story, full content, absolute URLs. */
import type { APIRoute } from 'astro';
import { t } from '../../i18n/zh-CN.ts';
import { rssFeed } from '../../lib/shared/feeds.ts';
import { feedMeta, starItem } from '../../lib/stories/feed-items.ts';
import { allStars } from '../../lib/stories/load.ts';
import { feedFacts } from '../../components/stories/render.ts';

export const GET: APIRoute = async () =>
  new Response(rssFeed(feedMeta('stars', t('stars.title'), t('stars.description'), 'feed.xml'), await Promise.all((await allStars()).map(async (entry) => starItem(entry, await feedFacts(entry))))), {
    headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' },
  });
