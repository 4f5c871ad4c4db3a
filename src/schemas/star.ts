/** 百姓学习之星（content/stars/<英文名>.mdx）。个人故事须本人同意公开。 */
import { z } from 'astro/zod';
import { text } from './common.ts';
import { storyBase, storyDatesError, storyDatesOrdered } from './story.ts';

export const starSchema = <T extends z.ZodType>({ image }: { image: () => T }) =>
  storyBase(image)
    .extend({
      name: text.describe('姓名（本人同意公开的称呼）'),
      consent: z
        .literal(true, { error: '个人故事须经本人同意公开：取得书面同意后写 consent: true；未同意的不能发布' })
        .describe('本人是否同意公开其故事，必须为 true'),
      consentNote: text.optional().describe('同意书存档位置等说明（不公开显示）'),
    })
    .strict()
    .refine(storyDatesOrdered, storyDatesError);

export type Star = z.infer<ReturnType<typeof starSchema<z.ZodString>>>;
