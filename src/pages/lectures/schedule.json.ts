import type { APIRoute } from 'astro';
import { t } from '../../i18n/zh-CN.ts';
import { allLectures } from '../../lib/lectures/load.ts';
import { scheduleDocument } from '../../lib/lectures/api.ts';
import { sitePath } from '../../lib/site/urls.ts';
import { siteConfig } from '../../site.config.ts';

/** The programme for learning platforms that want to pull it; the shape is documented in src/lib/lectures/api.ts. */
export const GET: APIRoute = async () => {
  const lectures = await allLectures();
  const document = scheduleDocument(lectures, {
    site: siteConfig.site,
    title: `${siteConfig.siteName} ${t('lectures.title')}`,
    note: lectures.some((l) => l.sample) ? t('lectures.json.note') : t('lectures.allTimes'),
    generated: Date.now(),
    schedulePath: sitePath('/lectures/'),
    icsPath: sitePath('/lectures/schedule.ics'),
  });
  return new Response(`${JSON.stringify(document, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
