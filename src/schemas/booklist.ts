/**
 * 书单：社长（总编）荐书、百本好书、主题书单（content/booklists/<英文名>.mdx），
 * 网址为 /booklists/<英文名>/；正文写书单导语：为什么推荐、适合谁读。
 */
import { z } from 'astro/zod';
import { editionRef, sample, slug, sourceDocument, text } from './common.ts';

export const booklistKinds = ['社长荐书', '总编荐书', '百本好书', '主题书单'] as const;
export const recommenderRoles = ['社长', '总编', '专家', '编辑部'] as const;

export const booklistSchema = z
  .object({
    title: text.describe('书单名称，例如 "社长（总编）荐书·2030"'),
    description: text.describe('一句话介绍书单，用于书单列表、搜索结果和分享，例如 "适合祖孙、亲子一起读的十本书"'),
    kind: z.enum(booklistKinds).describe(`书单类型：${booklistKinds.join('、')}`),
    edition: editionRef,
    recommender: z
      .object({
        name: text.describe('推荐人姓名或机构；示例数据请写成 "示例：王某" 这样一看就是示例的名字，不要借用真实人名'),
        role: z.enum(recommenderRoles).describe('推荐人身份："社长"、"总编"、"专家" 或 "编辑部"'),
        press: text.optional().describe('所在出版社或单位'),
      })
      .strict()
      .describe('推荐人'),
    source: sourceDocument.optional().describe('书单出处（正式发布的文件或名单）；示例书单不写'),
    books: z
      .array(
        z
          .object({
            book: slug.describe('图书（content/books/ 中的文件名），例如 "pingfan-de-shijie"'),
            reason: text.describe('推荐理由，一两句话'),
          })
          .strict(),
      )
      .min(1, { error: '书单至少要有一本书' })
      .superRefine((books, ctx) => {
        const seen = new Set<string>();
        books.forEach(({ book }, i) => {
          if (seen.has(book)) ctx.addIssue({ code: 'custom', path: [i, 'book'], message: `${book} 在这个书单里出现了两次：每本书只列一次` });
          seen.add(book);
        });
      })
      .describe('按推荐顺序排列的图书和推荐理由'),
    sample,
  })
  .strict()
  .refine((list) => list.sample || list.source !== undefined, {
    error: '正式书单要写明出处 source（文件或名单名称，最好再写文号和日期）；演示用的书单写 sample: true',
    path: ['source'],
  });

export type Booklist = z.infer<typeof booklistSchema>;
