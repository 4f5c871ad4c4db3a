/**
 * 品牌项目与学习之星共用的字段（content/cases/*.mdx、content/stars/*.mdx，正文为故事）。
 * 文件名即永久网址，改名必须在 content/redirects.json 中登记。
 */
import { z } from 'astro/zod';
import { imageRef, isoDate, sample, slug, sourceDocument, text } from './common.ts';

export const honourLevels = ['全国', '省级', '市级'] as const;

export const honour = z
  .object({
    level: z.enum(honourLevels).describe('荣誉级别："全国"、"省级" 或 "市级"'),
    title: text.describe('荣誉名称，例如 "2023年山西省终身学习品牌项目"'),
    source: sourceDocument.describe('认定文件（文号或公布名单）'),
  })
  .strict();

export const storyBase = <T extends z.ZodType>(image: () => T) =>
  z.object({
    title: text.describe('标题'),
    summary: text.describe('摘要：一两句话，用于列表和分享'),
    city: slug.describe('所在城市（content/cities/ 中的文件名），例如 "taiyuan"'),
    county: text.optional().describe('所在县（市、区），例如 "小店区"'),
    year: z.number().int().min(2000).max(2100).describe('入选年份，例如 2023'),
    honour: honour.describe('所获荣誉'),
    published: isoDate.describe('发布日期，例如 "2023-10-20"'),
    updated: isoDate.optional().describe('最近更新日期'),
    images: z.array(imageRef(image)).default([]).describe('照片，每张都要写替代文字 alt'),
    sample,
  });

export const storyDatesOrdered = (entry: { published: string; updated?: string | undefined }) =>
  entry.updated === undefined || entry.updated >= entry.published;
export const storyDatesError = { error: '更新日期早于发布日期', path: ['updated'] };
