/** 品牌项目（/api/cases.json）与学习之星（/api/stars.json）的数据格式。 */
import { z } from 'astro/zod';
import { caseCategories } from '../case.ts';
import { absoluteUrl, day, externalUrl, sampleFlag, schemaRef, withdrawnRecord } from './common.ts';

export const apiImage = z
  .object({
    url: absoluteUrl.describe('图片网址（本站按宽度缩放后的文件）'),
    alt: z.string().describe('替代文字：图片内容的文字描述，展示图片时请一并使用'),
    caption: z.string().optional().describe('图片说明'),
  })
  .describe('一张照片');

const storyRecord = z.object({
  id: z.string().describe('编号：永久不变的英文名，也是网址的一部分'),
  url: absoluteUrl.describe('永久网址，可长期链接和引用'),
  title: z.string().describe('标题'),
  summary: z.string().describe('摘要，一两句话'),
  city: z
    .object({ id: z.string().describe('城市编号（英文名）'), name: z.string().describe('城市名称') })
    .describe('所在城市'),
  county: z.string().optional().describe('所在县（市、区），有时才出现'),
  year: z.number().int().describe('入选年份'),
  edition: z.string().describe('所属届次（哪一届活动周推介的），例如 "2030"'),
  honour: z
    .object({
      level: z.string().describe('荣誉级别，例如 全国、省级、市级（自治区、直辖市用各自的说法）'),
      title: z.string().describe('荣誉名称'),
      source: z
        .object({
          title: z.string().describe('认定文件或公布名单的名称'),
          number: z.string().optional().describe('文号'),
          date: day.optional().describe('文件发布日期，格式 YYYY-MM-DD'),
          url: externalUrl.optional().describe('原文网址（其他网站的地址）'),
        })
        .describe('认定依据'),
    })
    .describe('所获荣誉'),
  published: day.describe('发布日期（北京时间），格式 YYYY-MM-DD'),
  updated: day.optional().describe('最近一次实质性修改的日期，修改过才出现'),
  poster: absoluteUrl.describe('分享海报（PNG 图片）的网址'),
  images: z.array(apiImage).describe('照片，可能为空'),
  sample: sampleFlag,
});

export const caseRecord = storyRecord
  .extend({
    shortCode: z.string().regex(/^\d{4}-\d{3}$/).describe('短码，格式 "年份-三位序号"，永久不变'),
    shortUrl: absoluteUrl.describe('短网址，适合印在材料上，打开后转到永久网址'),
    organisation: z.string().describe('项目单位'),
    category: z.enum(caseCategories).describe(`类别：${caseCategories.join('、')}`),
    contact: z.string().optional().describe('联系单位（只有单位名称，没有个人电话）'),
  })
  .describe('一个终身学习品牌项目');

export const starRecord = storyRecord
  .extend({
    name: z.string().describe('姓名（本人同意公开的称呼）'),
    role: z.string().optional().describe('身份，一句话'),
  })
  .describe('一位百姓学习之星（本人同意公开的内容）');

const storiesDocument = <T extends z.ZodType>(item: T, what: string) =>
  z
    .object({
      $schema: schemaRef,
      site: z.string().describe('网站名称'),
      description: z.string().describe('这份数据是什么'),
      home: absoluteUrl.describe(`${what}栏目的网页`),
      count: z.number().int().min(0).describe('items 中的条数'),
      items: z.array(item).describe(`全部${what}，顺序不保证，请以 id 识别`),
      withdrawn: z.array(withdrawnRecord).describe(`已撤下的${what}，按撤下日期从新到旧；从未撤下时为空数组`),
    })
    .describe(`全部${what}的数据`);

export const casesDocument = storiesDocument(caseRecord, '品牌项目');
export const starsDocument = storiesDocument(starRecord, '学习之星');

export type CaseRecord = z.infer<typeof caseRecord>;
export type StarRecord = z.infer<typeof starRecord>;
export type ApiImage = z.infer<typeof apiImage>;
export type CasesDocument = z.infer<typeof casesDocument>;
export type StarsDocument = z.infer<typeof starsDocument>;
