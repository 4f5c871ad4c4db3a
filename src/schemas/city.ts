/** 各市：一地一案（content/cities/<拼音>.json），文件名即网址，例如 taiyuan → /cities/taiyuan/。 */
import { z } from 'astro/zod';
import { isoDate, officeContact, sample, slug, text, webAddress } from './common.ts';

const count = z.number().int({ error: '应为整数' }).min(0, { error: '不能为负数' });

/** One activity's row pair in the attachment: prefecture level and county level. */
const activityStats = z
  .object({
    prefecture: z
      .object({
        held: z.boolean().describe('地市级层面是否开展：true 或 false'),
        activities: count.describe('地市级活动数'),
        participants: count.describe('地市级参加人次'),
      })
      .strict()
      .refine((p) => p.held || (p.activities === 0 && p.participants === 0), {
        error: '未开展（held: false）时活动数和参加人次都应为 0',
      }),
    county: z
      .object({
        cities: count.describe('开展活动的县级城市数'),
        activities: count.describe('县级活动数'),
        participants: count.describe('县级参加人次'),
      })
      .strict(),
  })
  .strict();

export const cityStatsSchema = z
  .object({
    reportedOn: isoDate.describe('报送日期，例如 "2023-11-14"'),
    countyCities: count.describe('本市县级城市数（统计表第一行）'),
    activities: z
      .record(slug, activityStats)
      .describe('各项活动的统计，键为统计表活动标识（见 content/editions/ 的 statsForm），例如 "theme-reading"'),
    sample,
  })
  .strict()
  .superRefine((stats, ctx) => {
    for (const [id, row] of Object.entries(stats.activities)) {
      if (row.county.cities > stats.countyCities) {
        ctx.addIssue({
          code: 'custom',
          path: ['activities', id, 'county', 'cities'],
          message: `开展活动的县级城市数（${row.county.cities}）大于本市县级城市数（${stats.countyCities}）`,
        });
      }
    }
  });

export const citySchema = z
  .object({
    name: z.string().regex(/^\p{Script=Han}+市$/u, { error: '应为城市全称，例如 "太原市"' }).describe('城市全称，例如 "太原市"'),
    code: z
      .string()
      .regex(/^\d{6}$/, { error: '应为 6 位行政区划代码，例如 "140100"' })
      .describe('行政区划代码，决定城市的排列顺序，例如 "140100"'),
    countyDivisions: count.optional().describe('县级行政区数（区、县、县级市），仅在确知时填写'),
    plan: z
      .object({
        status: z.enum(['submitted', 'pending']).describe('活动周方案："submitted"（已报送）或 "pending"（待报送）'),
        submittedOn: isoDate.optional().describe('方案报送日期'),
        weekStart: isoDate.optional().describe('本市活动周开始日期'),
        weekEnd: isoDate.optional().describe('本市活动周结束日期'),
        summary: text.optional().describe('方案摘要'),
        documentUrl: z.string().optional().describe('方案全文网址或站内文件路径'),
      })
      .strict()
      .refine((p) => p.status === 'pending' || p.submittedOn !== undefined, {
        error: '已报送（status: "submitted"）的方案要写报送日期 submittedOn',
        path: ['submittedOn'],
      })
      .refine((p) => !p.weekStart || !p.weekEnd || p.weekStart <= p.weekEnd, {
        error: '活动周结束日期早于开始日期',
        path: ['weekEnd'],
      })
      .describe('本市活动周方案'),
    site: webAddress.extend({ name: text.describe('网站名称') }).optional().describe('本市活动网站'),
    liaison: officeContact.optional().describe('联络员的办公联系方式（只填本市同意公开的）'),
    workSummary: z
      .object({
        submittedOn: isoDate.describe('工作总结报送日期'),
        summary: text.describe('工作总结摘要'),
      })
      .strict()
      .optional()
      .describe('活动周工作总结'),
    stats: cityStatsSchema.optional().describe('《活动开展情况统计表》数据；未报送时不写'),
    sample,
  })
  .strict();

export type City = z.infer<typeof citySchema>;
export type CityStats = z.infer<typeof cityStatsSchema>;
