/**
 * 数据接口共用的字段。写给从本站取数据的平台开发者：每个字段都写明含义和格式。
 * These describe what the site publishes (src/pages/api/ and friends), not what editors write:
 * the builders' return types are inferred from them, and the published JSON Schemas are generated
 * from them, so the two cannot drift apart.
 */
import { z } from 'astro/zod';

/** An absolute http(s) URL; every address in the data files is absolute, so a platform can use it as is. */
export const absoluteUrl = z.url({ protocol: /^https?$/ });

/** An address on another site, as an editor entered it: absolute, but not necessarily ASCII, so no "uri" format. */
export const externalUrl = z.string().regex(/^https?:\/\//);

/** A calendar day in Beijing time. */
export const day = z.iso.date();

/** A point in time with its offset; times of day are Beijing time (+08:00) unless stated otherwise. */
export const dateTime = z.iso.datetime({ offset: true });

export const sampleFlag = z.boolean().describe('true 表示示例数据（为演示网站而拟，并非真实信息），平台不要当作真实信息展示');

/** The "$schema" key every JSON document starts with, naming the schema it keeps to. */
export const schemaRef = z.url().describe('本文件所遵守的 JSON Schema 的网址（就是描述本文件字段的那份说明）');

/** A retired case or star: taken out of `items`, announced here so a platform can take it down or follow the replacement. */
export const withdrawnRecord = z
  .object({
    id: z.string().describe('原来的编号，即它在 items 中时 id 的值'),
    url: absoluteUrl.describe('原来的永久网址；现在打开是撤下说明，或自动转到替代页面'),
    withdrawnOn: day.describe('撤下日期（北京时间），格式 YYYY-MM-DD'),
    reason: z.string().optional().describe('撤下原因，编辑写明时才有'),
    replacedBy: absoluteUrl.optional().describe('替代页面的网址：内容改名或并入了这里。没有替代时不出现，平台应下架该条目'),
  })
  .describe('已撤下的条目：不再出现在 items 中，但在这里公告，不会悄悄消失');

export type WithdrawnRecord = z.infer<typeof withdrawnRecord>;
