import type { APIRoute, GetStaticPaths } from 'astro';
import { t } from '../../i18n/zh-CN.ts';
import { lectureCalendar } from '../../lib/lectures/calendar.ts';
import type { LectureView } from '../../lib/lectures/view.ts';
import { allLectures } from '../../lib/lectures/load.ts';
import { siteConfig } from '../../site.config.ts';

/** One calendar file per lecture: the "加入日历" link of its page. */
export const getStaticPaths = (async () => (await allLectures()).map((lecture) => ({ params: { id: lecture.id }, props: { lecture } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { lecture } = props as { lecture: LectureView };
  const body = lectureCalendar([lecture], { site: siteConfig.site, name: `${t('lectures.title')}：${lecture.title}`, stamp: Date.now() });
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
