/** The share poster of a star (PNG, made at build time): title, name, place, honour and a QR code of the page. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { t } from '../../../i18n/zh-CN.ts';
import { storyPath } from '../../../lib/stories/permalinks.ts';
import { currentEdition } from '../../../lib/site/load.ts';
import { posterResponse } from '../../../lib/stories/share-poster.ts';
import { allStars, placeOf } from '../../../lib/stories/load.ts';
import { siteConfig } from '../../../site.config.ts';
import { siteUrl } from '../../../lib/site/urls.ts';

export const getStaticPaths = (async () => (await allStars()).map((entry) => ({ params: { id: entry.id }, props: { entry } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { entry } = props as Awaited<ReturnType<typeof getStaticPaths>>[number]['props'];
  const d = entry.data;
  return posterResponse(
    {
      siteName: siteConfig.siteName,
      kind: t('stars.title'),
      title: d.title,
      place: `${d.name} · ${await placeOf(d)}`,
      honour: `${d.year}年 · ${d.honour.level} · ${d.honour.title}`,
      url: siteUrl(storyPath('stars', entry.id)),
      theme: (await currentEdition()).theme,
      sample: d.sample,
    },
    siteConfig.posterFonts,
  );
};
