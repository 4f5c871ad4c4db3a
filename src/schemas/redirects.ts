/**
 * 网址改动登记（content/redirects.json）：已发布的网址只能通过这里搬家或撤下。
 * 品牌项目和学习之星的页面搬家或撤下时写 withdrawn，数据接口（/api/cases.json、/api/stars.json）据此公告，
 * 外部平台才知道该下架还是改链接。
 */
import { z } from 'astro/zod';
import { isoDate, text } from './common.ts';

// A page ("/cases/old-name/") or a data file ("/stats/2030.csv"): both are published addresses.
const sitePath = z.string().regex(/^\/(?:[a-z0-9-]+\/)*(?:[a-z0-9][a-z0-9.-]*\.[a-z0-9]+)?$/, {
  error: '应为站内路径：页面以 / 开头和结尾，例如 "/cases/old-name/"；数据文件写到文件名，例如 "/stats/2030.csv"',
});

/** Whether a redirect's old address is a page (a stub or notice page can be built there) rather than a data file. */
export const isPagePath = (path: string) => path.endsWith('/');

/** The permanent page of a case or star, whose retirement the JSON API announces. */
export const storyPagePattern = /^\/(cases|stars)\/([a-z0-9-]+)\/$/;

export const withdrawal = z
  .object({
    date: isoDate.describe('撤下（或搬家）日期，例如 "2030-03-01"'),
    reason: text.optional().describe('撤下原因，会公开显示在原网址和数据接口中：只写公开的理由，例如 "项目已停办" 或 "应本人要求撤下"，不写个人情况'),
  })
  .strict();

export const redirectsSchema = z
  .array(
    z
      .object({
        from: sitePath.describe('旧网址路径，例如 "/cases/old-name/"'),
        to: sitePath.optional().describe('新网址路径，例如 "/cases/new-name/"；内容撤下、没有替代页面时不写（须写 withdrawn），旧网址改为撤下说明'),
        note: text.optional().describe('为什么改名（只给编辑看，不公开）'),
        withdrawn: withdrawal
          .optional()
          .describe('撤下登记：品牌项目（/cases/…/）和学习之星（/stars/…/）的页面搬家或删除时必须写，数据接口据此公告'),
      })
      .strict()
      .refine((r) => r.from !== r.to, { error: '新旧网址相同', path: ['to'] })
      .refine((r) => r.to !== undefined || r.withdrawn !== undefined, {
        error: '没有写新网址 to：搬家请写 "to": "/新网址/"；撤下而没有替代页面请写 "withdrawn": { "date": "撤下日期", "reason": "原因" }',
        path: ['to'],
      })
      .refine((r) => r.withdrawn !== undefined || !storyPagePattern.test(r.from), {
        error: '品牌项目和学习之星的页面搬家或删除时要写撤下登记，例如 "withdrawn": { "date": "2030-03-01" }：数据接口据此告诉外部平台这一条去了哪里',
        path: ['withdrawn'],
      }),
  )
  .describe('已发布网址的去向：搬到新网址，或撤下');

export type Redirect = z.infer<typeof redirectsSchema>[number];
