/** RSS 2.0 of 活动动态, newest first, full content, absolute URLs. */
import type { APIRoute } from 'astro';
import { t } from '../../i18n/zh-CN.ts';
import { rssFeed } from '../../lib/shared/feeds.ts';
import { feedMeta, newsItem } from '../../lib/stories/feed-items.ts';
import { allNews } from '../../lib/stories/load.ts';
import { feedFacts } from '../../components/stories/render.ts';

export const GET: APIRoute = async () =>
  new Response(rssFeed(feedMeta('news', t('news.title'), t('news.description'), 'feed.xml'), await Promise.all((await allNews()).map(async (entry) => newsItem(entry, await feedFacts(entry))))), {
    headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' },
  });
