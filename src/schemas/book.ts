/** 图书：一本书一个文件（content/books/<英文名>.json）。 */
import { z } from 'astro/zod';
import { normaliseIsbn } from '../lib/isbn.ts';
import { imageRef, sample, slug, text } from './common.ts';

export const bookCategories = ['文学艺术', '人文社科', '自然科学', '实用技能', '生活'] as const;
export const bookAudiences = ['青少年', '老年人', '家庭亲子', '职工', '通用'] as const;
export const bookFormats = ['纸质', '大字版', '有声', '电子书'] as const;

export const bookSchema = <T extends z.ZodType>({ image }: { image: () => T }) =>
  z
    .object({
      title: text.describe('书名，例如 "平凡的世界"'),
      subtitle: text.optional().describe('副书名'),
      contributors: z
        .array(
          z
            .object({
              name: text.describe('姓名，例如 "路遥"'),
              role: z.enum(['著', '编', '主编', '译', '绘', '编著']).default('著').describe('"著"、"编"、"主编"、"译"、"绘" 或 "编著"'),
            })
            .strict(),
        )
        .min(1, { error: '至少写一位作者' })
        .describe('作者、译者等'),
      publisher: text.describe('出版社，例如 "人民文学出版社"'),
      year: z.number().int().min(1800).max(2100).optional().describe('出版年份（所依据的版本）'),
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
        .describe('ISBN，13 位或 10 位（自动转换为 13 位），只在确知时填写，例如 "978-7-02-000220-7"'),
      categories: z.array(z.enum(bookCategories)).min(1).describe(`类别：${bookCategories.join('、')}`),
      audiences: z.array(z.enum(bookAudiences)).min(1).describe(`适读人群：${bookAudiences.join('、')}`),
      formats: z.array(z.enum(bookFormats)).min(1).default(['纸质']).describe(`可得形式：${bookFormats.join('、')}`),
      description: text.describe('内容简介，两三句话'),
      cover: imageRef(image).optional().describe('封面图片；没有时网站自动生成文字封面'),
      guide: slug.optional().describe('导读页面（content/pages/ 中的文件名）'),
      sample,
    })
    .strict();

export type Book = z.infer<ReturnType<typeof bookSchema<z.ZodString>>>;
