/** 网址改动登记（content/redirects.json）：已发布的网址只能通过这里搬家。 */
import { z } from 'astro/zod';
import { text } from './common.ts';

const sitePath = z
  .string()
  .regex(/^\/(?:[a-z0-9-]+\/)*$/, { error: '应为以 / 开头和结尾的站内路径，例如 "/cases/old-name/"' });

export const redirectsSchema = z
  .array(
    z
      .object({
        from: sitePath.describe('旧网址路径，例如 "/cases/old-name/"'),
        to: sitePath.describe('新网址路径，例如 "/cases/new-name/"'),
        note: text.optional().describe('为什么改名'),
      })
      .strict()
      .refine((r) => r.from !== r.to, { error: '新旧网址相同', path: ['to'] }),
  )
  .describe('旧网址到新网址的对照表');

export type Redirect = z.infer<typeof redirectsSchema>[number];
