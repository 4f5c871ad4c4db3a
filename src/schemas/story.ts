/**
 * 品牌项目与学习之星共用的字段（content/cases/*.mdx、content/stars/*.mdx，正文为故事）。
 * 文件名即永久网址，改名必须在 content/redirects.json 中登记。
 */
import { z } from 'astro/zod';
import { editionRef, imageRef, isoDate, phonePattern, sample, slug, sourceDocument, text } from './common.ts';

export const honour = z
  .object({
    // The levels depend on the province (自治区级, 区级): the content check holds them to src/site.config.ts's divisions.
    level: text.describe('荣誉级别："全国"、"省级" 或 "市级"（自治区、直辖市按 src/site.config.ts 的 divisions，例如 "自治区级"、"区级"）'),
    title: text.describe('荣誉名称，例如 "2030年示例省终身学习品牌项目"'),
    source: sourceDocument.describe('认定文件（文号或公布名单）。示例数据不能写真实文号和网址'),
  })
  .strict();

/** Text that must not carry a phone number: stories publish organisations, not private contacts. */
export const noPhone = text.refine((value) => !phonePattern.test(value), {
  error: '这里不写电话号码：只写单位名称，读者可通过单位公开的渠道联系',
});

export const storyBase = <T extends z.ZodType>(image: () => T) =>
  z.object({
    title: text.describe('标题，例如 "社区“家门口”读书角"；示例数据以 "示例" 开头'),
    summary: text.describe('摘要：一两句话，用于列表、订阅和分享'),
    city: slug.describe('所在城市（content/cities/ 中的文件名），例如 "moushi"'),
    county: text.optional().describe('所在县（市、区），例如 "某某区"'),
    edition: editionRef,
    year: z.number().int().min(2000).max(2100).describe('入选年份，例如 2030'),
    honour: honour.describe('所获荣誉'),
    published: isoDate.describe('发布日期，例如 "2030-10-20"。发布后不要再改'),
    updated: isoDate.optional().describe('最近一次实质性修改的日期，例如 "2030-11-02"'),
    images: z
      .array(imageRef(image).extend({ caption: text.optional().describe('图片说明，显示在图片下方') }))
      .default([])
      .describe('照片，显示在正文之后；每张都要写替代文字 alt'),
    sample,
  });

type StoryDates = { published: string; updated?: string | undefined };
type StorySource = { sample: boolean; honour: { source: { number?: string | undefined; url?: string | undefined } } };

export const storyDatesOrdered = (entry: StoryDates) => entry.updated === undefined || entry.updated >= entry.published;
export const storyDatesError = { error: '更新日期早于发布日期', path: ['updated'] };

/** A sample entry may not look official: its source carries no web address and no 文号 unless the 文号 itself says 示例. */
export const sampleSourceHonest = (entry: StorySource) =>
  !entry.sample || (entry.honour.source.url === undefined && (entry.honour.source.number ?? '示例').includes('示例'));
export const sampleSourceError = {
  error: '示例数据的认定文件不能写真实文号或网址：删去 number 和 url，或把文号写成 "示例文号（非真实文件）"',
  path: ['honour', 'source'],
};
