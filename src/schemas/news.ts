/** 活动动态（content/news/<英文名>.mdx）。 */
import { z } from 'astro/zod';
import { isoDate, sample, slug, text } from './common.ts';

export const newsSchema = z
  .object({
    title: text.describe('标题'),
    date: isoDate.describe('发布日期，例如 "2023-10-16"'),
    summary: text.describe('摘要'),
    city: slug.optional().describe('相关城市（content/cities/ 中的文件名）'),
    sample,
  })
  .strict();

export type News = z.infer<typeof newsSchema>;
