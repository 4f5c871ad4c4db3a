/** 活动动态（content/news/<英文名>.mdx）。文件名即永久网址 /news/<英文名>/。 */
import { z } from 'astro/zod';
import { editionRef, isoDate, sample, slug, text } from './common.ts';

export const newsSchema = z
  .object({
    edition: editionRef,
    title: text.describe('标题；示例数据以 "示例" 开头'),
    date: isoDate.describe('发布日期，例如 "2030-10-16"。发布后不要再改'),
    updated: isoDate.optional().describe('最近一次实质性修改的日期，例如 "2030-10-18"'),
    summary: text.describe('摘要：一两句话，用于列表、订阅和分享'),
    city: slug.optional().describe('相关城市（content/cities/ 中的文件名），例如 "moushi"'),
    sample,
  })
  .strict()
  .refine((entry) => entry.updated === undefined || entry.updated >= entry.date, { error: '更新日期早于发布日期', path: ['updated'] });

export type News = z.infer<typeof newsSchema>;
