/** 终身学习品牌项目（content/cases/<英文名>.mdx）。文件名即永久网址 /cases/<英文名>/。 */
import { z } from 'astro/zod';
import { text } from './common.ts';
import { noPhone, sampleSourceError, sampleSourceHonest, storyBase, storyDatesError, storyDatesOrdered } from './story.ts';

export const caseCategories = ['社区教育', '老年教育', '职业教育', '家庭教育', '数字化学习', '乡村振兴', '全民阅读', '其他'] as const;

export const caseSchema = <T extends z.ZodType>({ image }: { image: () => T }) =>
  storyBase(image)
    .extend({
      shortCode: z
        .string()
        .regex(/^\d{4}-\d{3}$/, { error: '应为 "年份-三位序号"，例如 "2030-001"' })
        .describe('短码，用于短网址 /c/2030-001/，例如 "2030-001"。发布后不要再改'),
      organisation: text.describe('项目单位，例如 "某某区社区教育学校"'),
      category: z.enum(caseCategories).describe(`类别：${caseCategories.join('、')}`),
      contact: noPhone.optional().describe('联系单位：只写单位名称，不写个人姓名和电话，例如 "某某区社区教育学校办公室"'),
    })
    .strict()
    .refine(storyDatesOrdered, storyDatesError)
    .refine(sampleSourceHonest, sampleSourceError);

export type Case = z.infer<ReturnType<typeof caseSchema<z.ZodString>>>;
