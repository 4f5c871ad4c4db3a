/** 各市：一地一案（content/cities/<拼音>.json），文件名即网址，例如 moushi → /cities/moushi/。 */
import { z } from 'astro/zod';
import { statsProblems } from './city-stats-rules.ts';
import { isoDate, officeContact, sample, slug, text, webAddress } from './common.ts';

const count = z.number().int({ error: '应为整数' }).min(0, { error: '不能为负数' });

/** One activity's row pair in the attachment: prefecture level and county level. */
const activityStats = z
  .object({
    prefecture: z
      .object({
        held: z.boolean().describe('地市级层面是否开展：true（是）或 false（否）'),
        activities: count.describe('地市级活动数（场次），例如 12；未开展时为 0'),
        participants: count.describe('地市级参加人次（同一人参加多次计多次），例如 3500；未开展时为 0'),
      })
      .strict()
      .describe('地市级及以上城市开展情况'),
    county: z
      .object({
        cities: count.describe('开展了这项活动的县级城市个数，不超过本市县级城市数，例如 6'),
        activities: count.describe('这些县级城市的活动数合计，例如 40'),
        participants: count.describe('这些县级城市的参加人次合计，例如 9000'),
      })
      .strict()
      .describe('县级城市开展情况'),
  })
  .strict();

/**
 * The city's filled attachment. Province totals are never stored: the site adds them up.
 * The rules that tie the figures together (statsProblems) are shared with `npm run import:stats`.
 */
export const cityStatsSchema = z
  .object({
    reportedOn: isoDate.describe('报送日期：省里收到本市统计表的日期，例如 "2030-11-14"'),
    countyCities: count.describe('县级城市数：本市所辖县、县级市和市辖区的个数（统计表表头的填写项），例如 10'),
    activities: z
      .record(slug, activityStats)
      .describe('各项活动的统计，键为统计表活动标识（见 content/editions/ 的 statsForm），例如 "theme-reading"；表中每一项都要填'),
    sample,
  })
  .strict()
  .superRefine((stats, ctx) => {
    for (const problem of statsProblems(stats)) {
      ctx.addIssue({ code: 'custom', path: ['activities', problem.activity, problem.level, problem.key], message: problem.message, input: problem.found });
    }
  });

/** What a city reported for one edition: its plan, site, liaison, summary and figures. */
export const cityEditionSchema = z
  .object({
      plan: z
        .object({
          status: z.enum(['submitted', 'pending']).describe('活动周方案："submitted"（已报送）或 "pending"（待报送）'),
          submittedOn: isoDate.optional().describe('方案报送日期'),
          weekStart: isoDate.optional().describe('本市活动周开始日期'),
          weekEnd: isoDate.optional().describe('本市活动周结束日期'),
          summary: text.optional().describe('方案摘要'),
          document: webAddress
            .extend({ title: text.describe('方案全文的标题，例如 "某某市2030年全民终身学习活动周实施方案"') })
            .optional()
            .describe('方案全文的网址；没有写明出处（source）时只显示为文字'),
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
      stats: cityStatsSchema.optional().describe('《活动开展情况统计表》数据；未报送时不写（网站显示“待报送”，不按 0 计算）。可用 npm run import:stats 从填好的表格导入'),
  })
  .strict();

export const citySchema = z
  .object({
    // Every prefecture-level form (市, 地区, 自治州, 盟) and, for a municipality, its districts and counties (区, 县).
    name: z
      .string()
      .regex(/^\p{Script=Han}{2,}(?:市|地区|自治州|盟|区|县)$/u, {
        error: '应为地级行政区的全称，以“市”“地区”“自治州”或“盟”结尾，例如 "某某市"；直辖市填区、县的全称，例如 "某某区"',
      })
      .describe('城市全称：地级市、地区、自治州或盟，例如 "某某市"；直辖市填区、县的全称，例如 "某某区"'),
    code: z
      .string()
      .regex(/^\d{6}$/, { error: '应为 6 位行政区划代码，例如 "990100"' })
      .describe('行政区划代码，决定城市的排列顺序，例如 "990100"'),
    countyDivisions: count.optional().describe('县级行政区数（区、县、县级市），仅在确知时填写'),
    editions: z
      .record(slug, cityEditionSchema)
      .default({})
      .describe(
        '每届活动的情况，键为届次（content/editions/ 中的文件名），例如 "2030"；往届的内容保留不删。还没有报送的一届可以不写，网站显示“待报送”',
      ),
    sample,
  })
  .strict()
  .superRefine((city, ctx) => {
    if (city.countyDivisions === undefined) return;
    for (const [edition, data] of Object.entries(city.editions)) {
      if (data.stats && data.stats.countyCities > city.countyDivisions)
        ctx.addIssue({
          code: 'custom',
          path: ['editions', edition, 'stats', 'countyCities'],
          message: '县级城市数大于本市县级行政区数（countyDivisions）：请核对统计表表头的“县级城市数”',
          input: data.stats.countyCities,
        });
    }
  });

export type City = z.infer<typeof citySchema>;
export type CityEdition = z.infer<typeof cityEditionSchema>;
export type CityStats = z.infer<typeof cityStatsSchema>;
