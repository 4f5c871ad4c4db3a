/** 线上社会大讲堂节目单（/lectures/schedule.json）的数据格式。 */
import { z } from 'astro/zod';
import { bookAudiences } from '../book.ts';
import { lectureModes, lectureStatuses } from '../lecture.ts';
import { absoluteUrl, dateTime, externalUrl, sampleFlag, schemaRef } from './common.ts';

const platformRef = z
  .object({
    id: z.string().describe('平台编号'),
    name: z.string().describe('平台名称'),
    url: externalUrl.nullable().describe('平台网址；没有收录时为 null'),
    urlVerified: z.boolean().describe('true 表示编辑亲自打开核实过这个网址；false 时请勿直接当作链接展示'),
  })
  .nullable();

export const lectureRecord = z
  .object({
    id: z.string().describe('编号：永久不变的英文名，也是网址的一部分'),
    url: absoluteUrl.describe('讲座页面的永久网址'),
    ics: absoluteUrl.describe('这一场讲座的日历文件（iCalendar）'),
    edition: z.string().describe('所属届次，例如 "2030"'),
    title: z.string().describe('讲座题目'),
    series: z.string().nullable().describe('所属系列；不属于系列时为 null'),
    description: z.string().describe('讲座简介'),
    speakers: z
      .array(
        z.object({
          name: z.string().describe('主讲人姓名'),
          title: z.string().nullable().describe('职称或职务；没有时为 null'),
          affiliation: z.string().nullable().describe('工作单位；没有时为 null'),
        }),
      )
      .describe('主讲人'),
    start: dateTime.describe('开始时间，带时区，例如 "…T09:30:00+08:00"（北京时间）'),
    end: dateTime.describe('结束时间，带时区'),
    durationMinutes: z.number().int().min(1).describe('时长（分钟）'),
    mode: z.enum(lectureModes).describe('"online"（线上）、"offline"（线下）或 "hybrid"（线上线下）'),
    organiser: z.string().describe('主办单位'),
    city: z
      .object({ id: z.string().describe('城市编号'), name: z.string().describe('城市名称') })
      .nullable()
      .describe('所在城市；全省性的讲座为 null'),
    venue: z
      .object({ name: z.string().describe('场地名称'), address: z.string().describe('详细地址') })
      .nullable()
      .describe('线下场地；纯线上讲座为 null'),
    platform: platformRef.describe('直播平台；没有时为 null'),
    joinUrl: externalUrl.nullable().describe('观看或报名网址；没有时为 null'),
    replayUrl: externalUrl.nullable().describe('回放网址（讲座结束后才有）；没有时为 null'),
    replayPlatform: platformRef.describe('可看回放的平台；没有时为 null'),
    status: z.enum(lectureStatuses).describe('"scheduled"（按计划）、"cancelled"（已取消）或 "changed"（已调整）'),
    changeNote: z.string().nullable().describe('取消或调整的说明；按计划进行时为 null'),
    revision: z.number().int().min(0).describe('改动次数：每改一次时间、地点或取消就加 1；平台可据此判断是否需要更新'),
    audiences: z.array(z.enum(bookAudiences)).describe(`适合人群：${bookAudiences.join('、')}`),
    books: z.array(z.string()).describe('相关图书的编号（见 /api/books.json）'),
    sample: sampleFlag,
  })
  .describe('一场讲座');

export const scheduleDocument = z
  .object({
    $schema: schemaRef,
    title: z.string().describe('节目单名称'),
    url: absoluteUrl.describe('节目单网页'),
    ics: absoluteUrl.describe('全部讲座的日历文件（iCalendar），可导入或订阅'),
    generated: dateTime.describe('生成时间（UTC），每次更新网站都会变'),
    timeZone: z.literal('Asia/Shanghai').describe('时间所用的时区：北京时间'),
    note: z.string().describe('使用说明'),
    lectures: z.array(lectureRecord).describe('全部讲座，按开始时间排序'),
  })
  .describe('线上社会大讲堂节目单');

export type LectureRecord = z.infer<typeof lectureRecord>;
export type ScheduleDocument = z.infer<typeof scheduleDocument>;
