/** 图书：一本书一个文件（content/books/<英文名>.json），文件名就是网址 /books/<英文名>/。 */
import { z } from 'astro/zod';
import { normaliseIsbn } from '../lib/shared/isbn.ts';
import { imageRef, sample, slug, text } from './common.ts';

export const bookCategories = ['文学艺术', '人文社科', '自然科学', '实用技能', '生活'] as const;
export const bookAudiences = ['青少年', '老年人', '家庭亲子', '职工', '通用'] as const;
export const bookFormats = ['纸质', '大字版', '有声', '电子书'] as const;
export const contributorRoles = ['著', '编', '主编', '编著', '选编', '译', '译注', '校注', '绘'] as const;

export const contributorSchema = z
  .object({
    name: text.describe('姓名或机构名，与版权页一致，例如 "路遥" 或 "中国营养学会"'),
    role: z.enum(contributorRoles).default('著').describe(`责任方式：${contributorRoles.join('、')}；不写即为"著"`),
    organisation: z.boolean().default(false).describe('是机构而不是个人时写 true，例如 "中国营养学会"'),
  })
  .strict();

export const bookSchema = <T extends z.ZodType>({ image }: { image: () => T }) =>
  z
    .object({
      title: text.describe('书名，与版权页一致，不加书名号，例如 "平凡的世界"'),
      subtitle: text.optional().describe('副书名，例如 "从动物到上帝"'),
      contributors: z.array(contributorSchema).min(1, { error: '至少写一位作者' }).describe('作者、译者、绘者等，按版权页顺序'),
      publisher: text.describe('出版社全称，例如 "人民文学出版社"'),
      year: z.number().int().min(1800).max(2100).optional().describe('所依据版本的出版年份，例如 2005；不确定时不写'),
      isbn: z
        .string()
        .transform((value, ctx) => {
          const isbn = normaliseIsbn(value);
          if (isbn === undefined) {
            ctx.addIssue({ code: 'custom', message: `ISBN "${value}" 校验位不对：请对照图书版权页逐位核对；不确定时删去 isbn 这一行` });
            return z.NEVER;
          }
          return isbn;
        })
        .optional()
        .describe('所依据版本的 ISBN，13 位或 10 位（自动转换为 13 位），只在对照版权页确知时填写，例如 "978-7-02-004929-5"；不确定就不写'),
      categories: z.array(z.enum(bookCategories)).min(1).describe(`类别，可写多个：${bookCategories.join('、')}`),
      audiences: z.array(z.enum(bookAudiences)).min(1).describe(`适读人群，可写多个：${bookAudiences.join('、')}`),
      formats: z
        .array(z.enum(bookFormats))
        .min(1)
        .default(['纸质'])
        .describe(`这部作品常见的可得形式：${bookFormats.join('、')}；只写确知的，不写即为 ["纸质"]`),
      description: text.describe('内容简介，两三句话，只写确知的事实'),
      cover: imageRef(image).optional().describe('封面图片（须有使用授权）；没有时网站自动生成文字封面'),
      guide: slug.optional().describe('导读页面（content/pages/ 中 kind 为 "guide" 的文件名），例如 "daodu-pingfan-de-shijie"'),
      sample,
    })
    .strict();

export type Book = z.infer<ReturnType<typeof bookSchema<z.ZodString>>>;
export type Contributor = z.infer<typeof contributorSchema>;
