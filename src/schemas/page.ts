/** 独立页面：通知全文、关于、征文等（content/pages/<英文名>.mdx），网址为 /<文件名>/。 */
import { z } from 'astro/zod';
import { isoDate, text } from './common.ts';

export const pageSchema = z
  .object({
    title: text.describe('页面标题'),
    description: text.describe('一句话说明，用于搜索结果和分享'),
    kind: z
      .enum(['notice', 'guide', 'call', 'about'])
      .default('about')
      .describe('"notice"（通知）、"guide"（导读）、"call"（征文）或 "about"（说明）'),
    published: isoDate.optional().describe('发布日期'),
    updated: isoDate.optional().describe('更新日期'),
  })
  .strict();

/** Top-level paths that belong to sections and endpoints; a page file may not take them. */
export const reservedPageIds = ['api', 'c', 'cases', 'stars', 'news', 'books', 'booklists', 'reading', 'lectures', 'cities', 'stats', 'platforms', 'search', 'data', 'editions', 'pagefind', '404'] as const;

/** Tells why a page file name cannot be used, or returns undefined when it can. */
export function reservedPageIdProblem(id: string): string | undefined {
  return (reservedPageIds as readonly string[]).includes(id) ? `网址 /${id}/ 属于网站的栏目，页面不能用这个文件名：请换一个名字` : undefined;
}

export type Page = z.infer<typeof pageSchema>;
