/** 全民阅读推荐图书与书单（/api/books.json）的数据格式。 */
import { z } from 'astro/zod';
import { bookAudiences, bookCategories, bookFormats, contributorRoles } from '../book.ts';
import { booklistKinds, recommenderRoles } from '../booklist.ts';
import { absoluteUrl, day, externalUrl, sampleFlag, schemaRef } from './common.ts';

export const bookRecord = z
  .object({
    id: z.string().describe('编号：永久不变的英文名，也是网址的一部分'),
    url: absoluteUrl.describe('图书页面的永久网址'),
    title: z.string().describe('书名（不带书名号）'),
    subtitle: z.string().optional().describe('副书名'),
    contributors: z
      .array(
        z.object({
          name: z.string().describe('姓名或机构名'),
          role: z.enum(contributorRoles).describe(`责任方式：${contributorRoles.join('、')}`),
          organisation: z.literal(true).optional().describe('是机构而不是个人时为 true；个人时不出现'),
        }),
      )
      .describe('作者、译者等，按版权页顺序'),
    publisher: z.string().describe('出版社'),
    year: z.number().int().optional().describe('所依据版本的出版年份，确知时才有'),
    isbn: z.string().regex(/^97[89]\d{10}$/).optional().describe('所依据版本的 13 位 ISBN（不带连字符），确知时才有'),
    categories: z.array(z.enum(bookCategories)).describe(`类别：${bookCategories.join('、')}`),
    audiences: z.array(z.enum(bookAudiences)).describe(`适读人群：${bookAudiences.join('、')}`),
    formats: z.array(z.enum(bookFormats)).describe(`可得形式：${bookFormats.join('、')}`),
    description: z.string().describe('内容简介'),
    guide: absoluteUrl.optional().describe('导读页面的网址，有导读时才有'),
    lists: z
      .array(
        z.object({
          id: z.string().describe('书单编号（见 lists）'),
          rank: z.number().int().min(1).describe('在该书单中的位次，从 1 开始'),
          reason: z.string().describe('推荐理由'),
          sample: sampleFlag,
        }),
      )
      .describe('推荐这本书的书单'),
    sample: sampleFlag,
  })
  .describe('一本推荐图书');

export const booklistRecord = z
  .object({
    id: z.string().describe('编号：永久不变的英文名，也是网址的一部分'),
    url: absoluteUrl.describe('书单页面的永久网址'),
    printUrl: absoluteUrl.describe('适合打印的书单页面'),
    title: z.string().describe('书单名称'),
    description: z.string().describe('一句话介绍'),
    kind: z.enum(booklistKinds).describe(`书单类型：${booklistKinds.join('、')}`),
    year: z.number().int().describe('年份'),
    edition: z.string().describe('所属届次，例如 "2030"'),
    recommender: z
      .object({
        name: z.string().describe('推荐人姓名或机构'),
        role: z.enum(recommenderRoles).describe(`推荐人身份：${recommenderRoles.join('、')}`),
        press: z.string().optional().describe('所在出版社或单位'),
      })
      .describe('推荐人'),
    source: z
      .object({
        title: z.string().describe('文件或名单名称'),
        number: z.string().optional().describe('文号'),
        date: day.optional().describe('发布日期，格式 YYYY-MM-DD'),
        url: externalUrl.optional().describe('原文网址（其他网站的地址）'),
      })
      .optional()
      .describe('书单出处；示例书单没有'),
    books: z
      .array(
        z.object({
          rank: z.number().int().min(1).describe('位次，从 1 开始'),
          book: z.string().describe('图书编号（见 books）'),
          reason: z.string().describe('推荐理由'),
        }),
      )
      .describe('按推荐顺序排列的图书'),
    sample: sampleFlag,
  })
  .describe('一份推荐书单');

export const booksDocument = z
  .object({
    $schema: schemaRef,
    books: z.array(bookRecord).describe('全部推荐图书，按书名排序'),
    lists: z.array(booklistRecord).describe('全部书单'),
  })
  .describe('全民阅读推荐图书与书单');

export type BooksDocument = z.infer<typeof booksDocument>;
