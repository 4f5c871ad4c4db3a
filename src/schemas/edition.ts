/** 活动届次：一年一届的全民终身学习活动（content/editions/<年份>.json）。 */
import { z } from 'astro/zod';
import { isoDate, officeContact, partialDate, httpUrl, sample, slug, sourceDocument, text } from './common.ts';

/** A public report or document a fact on the page comes from. */
const publicSource = z
  .object({
    title: text.describe('报道或文件的标题'),
    publisher: text.optional().describe('发布单位或媒体'),
    date: isoDate.optional().describe('发布日期'),
    url: httpUrl.describe('原文网址'),
    about: text.optional().describe('这份来源支持页面上的哪条内容，例如 "全国开幕式的时间和地点"'),
  })
  .strict();

const period = z
  .object({
    start: partialDate.describe('开始，例如 "2030-08"'),
    end: partialDate.describe('结束，例如 "2030-11"'),
  })
  .strict()
  .refine((p) => p.start.slice(0, p.end.length) <= p.end, {
    error: '结束时间早于开始时间：请检查 start 和 end 的先后',
    path: ['end'],
  });

const organiser = z
  .object({
    name: text.describe('单位名称，例如 "某某大学"'),
    role: z
      .enum(['主办', '承办', '协办', '共同举办'])
      .describe('在活动中的角色："主办"、"承办"、"协办" 或 "共同举办"'),
  })
  .strict();

/** One column group of the notice's attachment (统计表): an activity that cities count. */
const statsActivity = z
  .object({
    id: slug.describe('英文标识，例如 "theme-reading"'),
    name: text.describe('表头中的活动名称，例如 "主题阅读活动"'),
    group: text.describe('所属大类，例如 "全民阅读" 或 "全民终身学习活动周活动"'),
  })
  .strict();

export const editionSchema = z
  .object({
    year: z.number().int().min(2000).max(2100).describe('年份，例如 2030'),
    title: text.describe('本届名称，例如 "2030年示例省全民终身学习活动"'),
    theme: text.describe('活动主题，例如 "让学习成为一种生活方式"'),
    notice: sourceDocument.extend({
      page: slug
        .optional()
        .describe('通知全文所在页面（content/pages/ 中的文件名），例如 "notice-2030"；没有全文时不写'),
      issuer: text.describe('发文单位，例如 "示例省教育厅"'),
    }).describe('本届活动的通知'),
    lines: z
      .array(
        z
          .object({
            id: slug.describe('英文标识，例如 "reading"'),
            name: text.describe('活动名称，例如 "全民阅读活动"'),
            period: period.describe('时间范围'),
            periodNote: text.optional().describe('时间的补充说明，例如 "具体事宜另行通知"'),
            summary: text.describe('一句话说明这条活动线做什么'),
            items: z.array(text).describe('通知列出的具体活动，例如 ["开展主题阅读活动", "持续开展好书诵读"]'),
          })
          .strict(),
      )
      .min(1)
      .describe('通知中的各条活动线，按通知顺序'),
    organisers: z.array(organiser).min(1).describe('活动周的举办单位'),
    opening: z
      .object({
        hosts: z.array(organiser).min(1).describe('开幕式的主办、承办、协办单位'),
        city: slug.optional().describe('开幕式所在城市（content/cities/ 中的文件名），例如 "moushi"'),
      })
      .strict()
      .describe('活动周开幕式'),
    deadlines: z
      .array(
        z
          .object({
            date: partialDate.describe('截止日期，例如 "2030-08-31"'),
            what: text.describe('要报送什么，例如 "各市报送活动周方案"'),
          })
          .strict(),
      )
      .describe('通知规定的报送截止日期'),
    contacts: z.array(officeContact).describe('通知中公布的联系人'),
    statsForm: z
      .object({
        title: text.describe('统计表名称'),
        fields: z.array(text).describe('表头的填写项，按表中顺序，例如 ["联系人", "所在部门"]'),
        activities: z.array(statsActivity).min(1).describe('统计表的活动列，按表中顺序'),
      })
      .strict()
      .describe('通知附件：活动开展情况统计表的结构'),
    sources: z
      .array(publicSource)
      .default([])
      .describe('本届情况所依据的公开报道或文件（通知之外），页面上列为“资料来源”'),
    sample,
  })
  .strict();

export type Edition = z.infer<typeof editionSchema>;
