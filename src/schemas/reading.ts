/**
 * 全民阅读活动概览：每届一个文件（content/reading/<届次>.json，例如 2023.json），
 * 按通知原文列出各项阅读活动、由谁组织、到哪里参加；网站 /reading/ 页面据此生成。
 */
import { z } from 'astro/zod';
import { slug, text } from './common.ts';

/** A path on this site, e.g. "/booklists/", "/books/?audience=家庭亲子" or "/reading/#daodu"; the base path is added when rendered. */
export const sitePath = z
  .string()
  .regex(/^\/(?:[a-z0-9-]+\/)*(?:\?[^#\s]+)?(?:#[a-z0-9-]+)?$/, {
    error: '应为本站网址路径，以 / 开头和结尾，例如 "/booklists/"、"/books/?audience=家庭亲子" 或 "/reading/#daodu"',
  });

export const readingSchema = z
  .object({
    edition: slug.describe('活动届次（content/editions/ 中的文件名），例如 "2030"'),
    line: slug.describe('届次文件 lines 中全民阅读那一项的 id，活动时间从那里读取，例如 "reading"'),
    intro: text.describe('一段话概括本届全民阅读活动，只写通知里有的内容'),
    activities: z
      .array(
        z
          .object({
            id: slug.describe('英文短名，用作页面内锚点，例如 "zhuti-yuedu"'),
            name: text.describe('活动名称，与通知写法一致，例如 "主题阅读活动"'),
            noticeSection: text.describe('出自通知哪一部分，例如 "第一部分（一）"'),
            summary: text.describe('这项活动是什么，一两句话，依据通知原文'),
            who: text.describe('由谁组织，依据通知原文，例如 "各市、各学校"'),
            items: z
              .array(
                z
                  .object({
                    name: text.describe('具体做法或栏目，例如 "专家荐书"'),
                    summary: text.optional().describe('一句话说明'),
                    path: sitePath.optional().describe('本站对应页面，例如 "/booklists/"；没有就不写'),
                  })
                  .strict(),
              )
              .default([])
              .describe('这项活动包含的具体做法'),
            platforms: z.array(slug).default([]).describe('通知为这项活动点名的学习平台（content/platforms/ 中的文件名）'),
          })
          .strict(),
      )
      .min(1, { error: '至少写一项活动' })
      .describe('按通知顺序排列的各项阅读活动'),
    whereToRead: z
      .object({
        borrow: text.describe('到哪里借书，显示在每本书的页面上，例如 "可到就近的公共图书馆……查询借阅"'),
        digital: text.describe('到哪里读电子书、听有声书，只写通知或平台确有的内容'),
        platforms: z.array(slug).default([]).describe('数字阅读可去的学习平台（content/platforms/ 中的文件名）'),
      })
      .strict()
      .describe('每本书页面上“到哪里借阅、阅读”一栏的内容'),
  })
  .strict();

export type Reading = z.infer<typeof readingSchema>;
