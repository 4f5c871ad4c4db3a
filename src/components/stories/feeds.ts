/**
 * The story feeds as published (/cases/feed.xml, /cases/feed.json, /stars/feed.xml, /news/feed.xml):
 * the endpoints serve these texts and the 数据接口 page excerpts the very same ones.
 * Here rather than in lib/ because the bodies come from rendering MDX (render.ts). Each text is
 * made once per build (once()): its endpoint and the 数据接口 page both ask for it.
 */
import { t } from '../../i18n/zh-CN.ts';
import { tp } from '../../i18n/divisions.ts';
import { siteConfig } from '../../site.config.ts';
import { jsonFeed, rssFeed } from '../../lib/shared/feeds.ts';
import { caseItem, feedMeta, newsItem, starItem } from '../../lib/stories/feed-items.ts';
import { once } from '../../lib/shared/memo.ts';
import { allCases, allNews, allStars } from '../../lib/stories/load.ts';
import { feedFacts } from './render.ts';

const caseItems = once(async () =>
  Promise.all((await allCases()).map(async (entry) => caseItem(entry, await feedFacts(entry)))),
);

/** Renders the JSON Feed 1.1 of every case. */
export const casesJsonFeed = once(
  async (): Promise<string> =>
    `${JSON.stringify(jsonFeed(feedMeta('cases', t('cases.title'), t('cases.description', { province: siteConfig.province }), 'feed.json'), await caseItems()), null, 2)}\n`,
);

/** Renders the RSS 2.0 of every case. */
export const casesRss = once(async (): Promise<string> =>
  rssFeed(
    feedMeta('cases', t('cases.title'), t('cases.description', { province: siteConfig.province }), 'feed.xml'),
    await caseItems(),
  ),
);

/** Renders the RSS 2.0 of every star's story. */
export const starsRss = once(async (): Promise<string> =>
  rssFeed(
    feedMeta('stars', t('stars.title'), t('stars.description', { province: siteConfig.province }), 'feed.xml'),
    await Promise.all((await allStars()).map(async (entry) => starItem(entry, await feedFacts(entry)))),
  ),
);

/** Renders the RSS 2.0 of 活动动态, newest first. */
export const newsRss = once(async (): Promise<string> =>
  rssFeed(
    feedMeta('news', t('news.title'), tp('news.description'), 'feed.xml'),
    await Promise.all((await allNews()).map(async (entry) => newsItem(entry, await feedFacts(entry)))),
  ),
);
