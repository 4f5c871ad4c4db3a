/** 活动统计（/stats/<届次>.json）的数据格式：通知附件统计表的各市数字和全省合计。 */
import { z } from 'astro/zod';
import { absoluteUrl, day, sampleFlag, schemaRef } from './common.ts';

const count = z.number().int().min(0);

const activityCounts = z
  .object({
    prefecture: z
      .object({
        held: z.boolean().describe('地市级层面是否开展'),
        activities: count.describe('地市级活动数（场次）'),
        participants: count.describe('地市级参加人次'),
      })
      .describe('地市级及以上城市开展情况'),
    county: z
      .object({
        cities: count.describe('开展了这项活动的县级城市个数'),
        activities: count.describe('县级城市活动数合计'),
        participants: count.describe('县级城市参加人次合计'),
      })
      .describe('县级城市开展情况'),
  })
  .describe('一项活动的统计');

const activityTotals = z
  .object({
    prefecture: z
      .object({
        held: count.describe('地市级层面开展了这项活动的城市数'),
        activities: count.describe('地市级活动数合计'),
        participants: count.describe('地市级参加人次合计'),
      })
      .describe('地市级合计'),
    county: z
      .object({
        cities: count.describe('开展了这项活动的县级城市个数合计'),
        activities: count.describe('县级城市活动数合计'),
        participants: count.describe('县级城市参加人次合计'),
      })
      .describe('县级合计'),
  })
  .describe('一项活动的全省合计');

const cityBase = {
  id: z.string().describe('城市编号（英文名）'),
  name: z.string().describe('城市名称'),
  code: z.string().regex(/^\d{6}$/).describe('六位行政区划代码'),
  url: absoluteUrl.describe('该市页面的网址'),
};

export const statsDocument = z
  .object({
    $schema: schemaRef,
    edition: z.string().describe('届次（年份），也是本文件网址的一部分'),
    title: z.string().describe('统计表名称'),
    deadline: z
      .string()
      .regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/)
      .describe('报送截止日期：通知写到哪一天就到哪一天，格式 YYYY-MM-DD，只写到月时为 YYYY-MM'),
    notice: z.object({ title: z.string().describe('通知标题'), number: z.string().optional().describe('文号') }).describe('统计表所附的通知'),
    activities: z
      .array(z.object({ id: z.string().describe('活动编号，即 cities[].activities 和 totals.activities 的键'), name: z.string().describe('活动名称'), group: z.string().describe('所属大类') }))
      .describe('统计表中的活动，按表中顺序'),
    cities: z
      .array(
        z.discriminatedUnion('status', [
          z
            .object({
              ...cityBase,
              status: z.literal('reported').describe('"reported"：已报送'),
              reportedOn: day.describe('报送日期，格式 YYYY-MM-DD'),
              sample: sampleFlag,
              countyCities: count.describe('本市县级城市数'),
              activities: z.record(z.string(), activityCounts).describe('各项活动的数字，键为活动编号'),
            })
            .describe('已报送的城市'),
          z
            .object({ ...cityBase, status: z.literal('pending').describe('"pending"：尚未报送，没有数字（不是零）') })
            .describe('尚未报送的城市'),
        ]),
      )
      .describe('每个城市，按行政区划代码排序'),
    totals: z
      .object({
        reported: count.describe('已报送、计入合计的城市数'),
        of: count.describe('全部城市数'),
        sample: z.boolean().describe('true 表示合计中含有示例数据'),
        countyCities: count.describe('已报送城市的县级城市数合计'),
        activities: z.record(z.string(), activityTotals).describe('各项活动的合计，键为活动编号'),
      })
      .describe('全省合计：由网站从已报送城市的数字算出，不是人工填写'),
  })
  .describe('通知附件统计表的数据');

export type StatsDocument = z.infer<typeof statsDocument>;
