/** Every star's public fields and permalink (never the consent note), for national platforms that pull our data. */
import type { APIRoute } from 'astro';
import { t } from '../../i18n/zh-CN.ts';
import { apiDocument, starRecord } from '../../lib/stories/api.ts';
import { allStars, apiFacts } from '../../lib/stories/load.ts';

export const GET: APIRoute = async () =>
  new Response(`${JSON.stringify(apiDocument('stars', t('stars.description'), await Promise.all((await allStars()).map(async (entry) => starRecord(entry, await apiFacts(entry))))), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
