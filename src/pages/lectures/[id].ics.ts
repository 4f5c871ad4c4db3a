import type { APIRoute, GetStaticPaths } from 'astro';
import type { LectureView } from '../../lib/lectures/view.ts';
import { allLectures, lectureIcs } from '../../lib/lectures/load.ts';

/** One calendar file per lecture: the "加入日历" link of its page. */
export const getStaticPaths = (async () =>
  (await allLectures()).map((lecture) => ({
    params: { id: lecture.id },
    props: { lecture },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { lecture } = props as { lecture: LectureView };
  return new Response(lectureIcs(lecture), { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
