/** 学习平台：通知中提到的国家级和省级学习平台（content/platforms/<英文名>.json）。 */
import { z } from 'astro/zod';
import { sample, text, webAddress } from './common.ts';

export const platformSchema = z
  .object({
    name: text.describe('平台名称，与通知写法一致，例如 "国家智慧教育平台"'),
    level: z.enum(['national', 'provincial']).describe('"national"（国家级）或 "provincial"（省级）'),
    operator: text.optional().describe('运营单位，仅在确知时填写'),
    purpose: text.describe('学习者在这里能找到什么，一两句话'),
    noticeMentions: z
      .array(text)
      .describe('通知中提到本平台的用途，例如 ["线上社会大讲堂的优质课程资源"]'),
    addresses: z.array(webAddress).describe('平台网址；写明出处（source）的显示为链接，没有出处的只显示文字并注明"待核实"'),
    channels: z
      .array(z.object({ name: text.describe('栏目名称'), address: webAddress }).strict())
      .default([])
      .describe('平台内的具体栏目（深链接）'),
    order: z.number().int().describe('在列表中的顺序，数字小的在前'),
    sample,
  })
  .strict();

export type Platform = z.infer<typeof platformSchema>;
