/** Every case's structured fields and permalink, for national platforms that pull our data. */
import type { APIRoute } from 'astro';
import { t } from '../../i18n/zh-CN.ts';
import { apiDocument, caseRecord } from '../../lib/stories/api.ts';
import { allCases, apiFacts } from '../../lib/stories/load.ts';

export const GET: APIRoute = async () =>
  new Response(`${JSON.stringify(apiDocument('cases', t('cases.description'), await Promise.all((await allCases()).map(async (entry) => caseRecord(entry, await apiFacts(entry))))), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
