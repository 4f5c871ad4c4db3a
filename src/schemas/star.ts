/** 百姓学习之星（content/stars/<英文名>.mdx）。个人故事须本人同意公开；文件名即永久网址 /stars/<英文名>/。 */
import { z } from 'astro/zod';
import { text } from './common.ts';
import { noPhone, sampleSourceError, sampleSourceHonest, storyBase, storyDatesError, storyDatesOrdered } from './story.ts';

export const starSchema = <T extends z.ZodType>({ image }: { image: () => T }) =>
  storyBase(image)
    .extend({
      name: text.describe('姓名（本人同意公开的称呼）；示例数据写成 "示例·李某"'),
      role: noPhone.optional().describe('身份，一句话，例如 "退休教师" 或 "快递员"；不写年龄、住址等个人信息'),
      consent: z
        .literal(true, { error: '个人故事须经本人同意公开：取得书面同意后写 consent: true；未同意的不能发布' })
        .describe('本人是否同意公开其故事，必须为 true'),
      consentNote: text.optional().describe('同意书存档位置等说明（不公开显示）'),
    })
    .strict()
    .refine(storyDatesOrdered, storyDatesError)
    .refine(sampleSourceHonest, sampleSourceError);

export type Star = z.infer<ReturnType<typeof starSchema<z.ZodString>>>;
