/**
 * Building blocks shared by every content schema. Field docs (`.describe`) are
 * written for editors, in Chinese, with an example; they also become the
 * descriptions of the generated JSON Schemas.
 */
import { z } from 'astro/zod';
import { isoDateTime, normaliseBeijingDateTime } from '../lib/shared/datetime.ts';
import { isHttpUrl } from '../lib/shared/urls.ts';

/** File-name style id used to refer to another entry, e.g. "mouxian". */
export const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    error: '只能用小写英文字母、数字和连字符（-），例如 "moushi" 或 "2030-001"',
  });

/** A mainland mobile number or a landline with area code, e.g. 13800000000 or 010-12345678. */
export const phonePattern = /(?<!\d)(?:1[3-9]\d{9}|0\d{2,3}[- ]?\d{7,8})(?!\d)/;

/** A non-empty line of text. */
export const text = z.string().trim().min(1, { error: '不能为空' });

/** An absolute web address. Only http(s) is allowed: `javascript:` and `data:` addresses are refused. */
export const httpUrl = z.string().trim().refine(isHttpUrl, {
  error: '应为以 http:// 或 https:// 开头的完整网址，例如 "https://www.example.org/path"',
});

/** A calendar day written YYYY-MM-DD. YAML front matter turns such values into Date objects; both are accepted. */
export const isoDate = z.preprocess(
  (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value),
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: '应为 年-月-日 格式，例如 "2030-10-16"' })
    .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value), {
      error: '不是一个存在的日期，例如 "2030-02-30" 不存在',
    }),
);

/** A year, a month or a day: "2030", "2030-10" or "2030-10-16". Used where the notice is only that precise. */
export const partialDate = z
  .string()
  .regex(/^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/, {
    error: '应为 "2030"、"2030-10" 或 "2030-10-16" 这样的日期',
  });

/**
 * A moment in time, ISO 8601. Without an offset it means Beijing time and is
 * normalised to "+08:00", e.g. "2030-10-16T09:30" → "2030-10-16T09:30:00+08:00".
 */
export const beijingDateTime = z
  .string()
  .regex(isoDateTime, {
    error: '应为 ISO 8601 时间，例如 "2030-10-16T09:30"（不写时区即为北京时间）或 "2030-10-16T09:30+08:00"',
  })
  .transform((value, ctx) => {
    const normalised = normaliseBeijingDateTime(value);
    if (normalised === undefined) {
      ctx.addIssue({ code: 'custom', message: '不是一个存在的时间，例如 "2030-10-16T25:00" 不存在' });
      return z.NEVER;
    }
    return normalised;
  });

/** How sure the evidence for an address is, in the words of the sources list: an official page, state media, or only code and lists. */
export const addressConfidence = z
  .enum(['high', 'medium', 'low'])
  .describe('来源的可靠程度："high"（官方页面写明）、"medium"（官方媒体或可靠转载）、"low"（只见于代码、导航列表或镜像网站）');

/** The public page that states an address, with its words: what lets the site link to it. */
export const addressSource = z
  .object({
    url: httpUrl.describe('写明这个网址的公开页面，例如新闻报道或官方页面的网址 "https://www.example.org/news/1.html"'),
    title: text.optional().describe('来源的名称，例如 "新华社报道（意大利安莎社转载）"'),
    date: partialDate.describe('来源页面的日期（发布日或编辑查阅日），例如 "2022-03-28"；只知道年份写 "2019"'),
    quote: text.describe('来源页面上写明这个网址的原话，照抄，不翻译，例如 "Il sito www.smartedu.cn integra…"'),
  })
  .strict();

/**
 * A web address from content. One with a cited public source is shown as a link that says where
 * it comes from (来源); one without is shown as text marked 待核实, so the site never vouches for
 * an address nobody can point to.
 */
export const webAddress = z
  .object({
    url: httpUrl.describe('网址，例如 "https://www.example.org/"'),
    source: addressSource
      .optional()
      .describe('网址的出处：写明这个网址的公开页面、日期和原话。写了出处的网址显示为链接并注明来源；没写的只显示文字，注明"待核实"'),
    confidence: addressConfidence.optional(),
    printedIn: text
      .optional()
      .describe('文件中印有这个网址、但不能作为出处链接的地方，例如 "通知第一部分（三）"'),
    note: text.optional().describe('给读者的说明，例如 "通知中同一平台印有两个不同网址"'),
  })
  .strict();

export type WebAddress = z.infer<typeof webAddress>;

/** Names the edition (a file in content/editions/) an entry belongs to; checked against the folder at build. */
export const editionRef = slug.describe('所属届次：content/editions/ 中的文件名（不含 .json），例如 "2030"');

/** Marks invented or illustrative data. Pages label such entries "示例数据" so no reader takes them for fact. */
export const sample = z
  .boolean()
  .default(false)
  .describe('是否为示例数据（演示用、并非真实发生）。true 时页面会标注"示例数据"');

/** A public office contact. Private mobile numbers are not published. */
export const officeContact = z
  .object({
    organisation: text.describe('单位，例如 "某某大学"'),
    department: text.optional().describe('部门，例如 "社区教育指导服务中心"'),
    person: text.optional().describe('联系人姓名（仅限本人同意公开的）'),
    phone: z
      .string()
      .regex(/^[0-9-]{7,20}$/, { error: '电话只写数字和连字符，例如 "0000-0000000"' })
      .optional()
      .describe('办公电话（区号-号码），例如 "0000-0000000"'),
    email: z.email({ error: '应为电子邮箱，例如 "name@example.org"' }).optional().describe('电子邮箱'),
  })
  .strict();

/** Where a fact comes from: a document number (文号) or a published list. */
export const sourceDocument = z
  .object({
    title: text.describe('文件或名单名称，例如 "示例省教育厅关于广泛开展全民终身学习活动的通知"'),
    number: text.optional().describe('文号，例如 "某教职成〔2030〕1号"'),
    date: isoDate.optional().describe('发布日期，例如 "2030-08-10"'),
    url: httpUrl.optional().describe('原文网址（可选）'),
  })
  .strict();

/** An image stored next to the content, with the alt text every image needs. */
export const imageRef = <T extends z.ZodType>(image: () => T) =>
  z
    .object({
      src: image().describe('图片文件的相对路径，例如 "./images/reading-corner-1.jpg"'),
      alt: text.describe('替代文字：为看不见图片的读者描述图片内容，例如 "社区老人在图书室读书"'),
    })
    .strict();
