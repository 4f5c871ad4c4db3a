import type { APIRoute } from 'astro';
import { t } from '../../i18n/zh-CN.ts';
import { lectureCalendar } from '../../lib/lectures/calendar.ts';
import { allLectures } from '../../lib/lectures/load.ts';
import { siteConfig } from '../../site.config.ts';

/** Every lecture in one calendar file, to import or subscribe to. */
export const GET: APIRoute = async () => {
  const body = lectureCalendar(await allLectures(), { site: siteConfig.site, name: `${siteConfig.siteName} ${t('lectures.title')}`, stamp: Date.now() });
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
