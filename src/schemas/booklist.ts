/** 书单：社长（总编）荐书、百本好书、主题书单（content/booklists/<英文名>.mdx，正文为书单导语）。 */
import { z } from 'astro/zod';
import { sample, slug, sourceDocument, text } from './common.ts';

export const booklistSchema = z
  .object({
    title: text.describe('书单名称，例如 "社长（总编）荐书·2023"'),
    kind: z.enum(['社长荐书', '总编荐书', '百本好书', '主题书单']).describe('书单类型'),
    year: z.number().int().min(2000).max(2100).describe('年份，例如 2023'),
    recommender: z
      .object({
        name: text.describe('推荐人姓名或机构'),
        role: z.enum(['社长', '总编', '专家', '编辑部']).describe('推荐人身份'),
        press: text.optional().describe('所在出版社或单位'),
      })
      .strict()
      .describe('推荐人'),
    source: sourceDocument.optional().describe('书单出处'),
    books: z
      .array(
        z
          .object({
            book: slug.describe('图书（content/books/ 中的文件名）'),
            reason: text.describe('推荐理由'),
          })
          .strict(),
      )
      .min(1, { error: '书单至少要有一本书' })
      .describe('按顺序排列的图书和推荐理由'),
    sample,
  })
  .strict();

export type Booklist = z.infer<typeof booklistSchema>;
