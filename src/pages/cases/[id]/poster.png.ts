/** The share poster of a case (PNG, made at build time): title, place, honour and a QR code of its short URL. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { t } from '../../../i18n/zh-CN.ts';
import { shortCodePath } from '../../../lib/stories/permalinks.ts';
import { currentEdition } from '../../../lib/site/load.ts';
import { posterResponse } from '../../../lib/stories/share-poster.ts';
import { allCases, placeOf } from '../../../lib/stories/load.ts';
import { siteConfig } from '../../../site.config.ts';
import { siteUrl } from '../../../lib/site/urls.ts';

export const getStaticPaths = (async () => (await allCases()).map((entry) => ({ params: { id: entry.id }, props: { entry } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const d = (props as Awaited<ReturnType<typeof getStaticPaths>>[number]['props']).entry.data;
  return posterResponse(
    {
      siteName: siteConfig.siteName,
      kind: t('cases.title'),
      title: d.title,
      place: `${await placeOf(d)} · ${d.category}`,
      honour: `${d.year}年 · ${d.honour.level} · ${d.honour.title}`,
      url: siteUrl(shortCodePath(d.shortCode)),
      theme: (await currentEdition()).theme,
      sample: d.sample,
    },
    siteConfig.posterFonts,
  );
};
