/** 讲座：线上社会大讲堂与系列公开课，一场一个文件（content/lectures/<英文名>.json）。 */
import { z } from 'astro/zod';
import { beijingDateTime, editionRef, httpUrl, sample, slug, text } from './common.ts';
import { bookAudiences } from './book.ts';

export const lectureModes = ['online', 'offline', 'hybrid'] as const;
export const lectureStatuses = ['scheduled', 'cancelled', 'changed'] as const;

export const lectureSchema = z
  .object({
    edition: editionRef,
    title: text.describe('讲座题目'),
    series: text.optional().describe('所属系列，例如 "某某大学系列公开课"'),
    description: text.describe('讲座简介'),
    speakers: z
      .array(
        z
          .object({
            name: text.describe('主讲人姓名'),
            title: text.optional().describe('职称或职务，例如 "教授"'),
            affiliation: text.optional().describe('工作单位'),
          })
          .strict(),
      )
      .min(1, { error: '至少写一位主讲人' })
      .describe('主讲人'),
    start: beijingDateTime.describe('开始时间，例如 "2030-10-16T09:30"（北京时间）'),
    end: beijingDateTime.describe('结束时间，例如 "2030-10-16T11:00"（北京时间）'),
    mode: z.enum(lectureModes).describe('"online"（线上）、"offline"（线下）或 "hybrid"（线上线下）'),
    organiser: text.describe('主办单位'),
    city: slug.optional().describe('所在城市（content/cities/ 中的文件名）；全省性的讲座不写'),
    venue: z
      .object({ name: text.describe('场地名称'), address: text.describe('详细地址') })
      .strict()
      .optional()
      .describe('线下场地（线下和线上线下讲座必填）'),
    platform: slug.optional().describe('直播平台（content/platforms/ 中的文件名）'),
    joinUrl: httpUrl.optional().describe('观看或报名网址'),
    replayUrl: httpUrl.optional().describe('回放网址（结束后填写），例如 "https://www.example.org/replay/123"'),
    replayPlatform: slug
      .optional()
      .describe('回放所在平台（content/platforms/ 中的文件名），没有单独的回放网址、但平台上可以看回放时填写，例如 "moushi-lll"'),
    status: z
      .enum(lectureStatuses)
      .default('scheduled')
      .describe('"scheduled"（按计划）、"cancelled"（已取消）或 "changed"（已调整）'),
    changeNote: text.optional().describe('取消或调整的说明（取消和调整时必填），例如 "因场地维修改到 10 月 20 日下午"'),
    revision: z
      .number()
      .int({ error: '应为整数' })
      .min(0, { error: '不能为负数' })
      .default(0)
      .describe('改动次数：公布后每改一次时间、地点或取消，就加 1（从 0 开始）。已加入日历的读者靠它收到更新'),
    audiences: z.array(z.enum(bookAudiences)).default(['通用']).describe(`适合人群：${bookAudiences.join('、')}`),
    books: z.array(slug).default([]).describe('相关图书（content/books/ 中的文件名）'),
    sample,
  })
  .strict()
  .superRefine((lecture, ctx) => {
    if (Date.parse(lecture.end) <= Date.parse(lecture.start)) {
      ctx.addIssue({
        code: 'custom',
        path: ['end'],
        message: `结束时间（${lecture.end}）不晚于开始时间（${lecture.start}）：请把结束时间改到开始之后`,
      });
    }
    if (lecture.mode !== 'offline' && !lecture.joinUrl && !lecture.platform) {
      ctx.addIssue({ code: 'custom', path: ['joinUrl'], message: '线上讲座要写观看网址 joinUrl 或直播平台 platform' });
    }
    if (lecture.mode !== 'online' && !lecture.venue) {
      ctx.addIssue({ code: 'custom', path: ['venue'], message: '线下讲座要写场地 venue（name 和 address）' });
    }
    if (lecture.status !== 'scheduled' && !lecture.changeNote) {
      ctx.addIssue({ code: 'custom', path: ['changeNote'], message: '已取消或已调整的讲座要写说明 changeNote' });
    }
    if (lecture.status !== 'scheduled' && lecture.revision < 1) {
      ctx.addIssue({ code: 'custom', path: ['revision'], message: '已取消或已调整的讲座要把改动次数 revision 加 1（例如写 "revision": 1），日历软件才会更新' });
    }
  });

export type Lecture = z.infer<typeof lectureSchema>;

/** Lecture ids that would collide with the schedule's own URLs: day pages, the print view and the calendar/JSON files. */
export const reservedLectureIds = ['print', 'schedule'] as const;

/** Tells why a lecture file name cannot be used, or returns undefined when it can. */
export function reservedLectureIdProblem(id: string): string | undefined {
  if (/^\d{4}-\d{2}-\d{2}$/.test(id)) return `网址 /lectures/${id}/ 留给这一天的日程页，讲座文件不能用日期作文件名：请换一个名字，例如 "moushi-${id.slice(5)}"`;
  if ((reservedLectureIds as readonly string[]).includes(id)) return `网址 /lectures/${id}/ 属于讲座栏目本身，讲座文件不能用这个文件名：请换一个名字`;
  return undefined;
}
