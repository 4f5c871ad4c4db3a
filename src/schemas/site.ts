/**
 * 网站设置（src/site.config.ts）：每个省份、每一届活动都先改这里。构建开始时整体检查一次，
 * 写错的地方用中文指出，而不是让网站带着错误的地址生成出来。
 */
import { z } from 'astro/zod';
import { isHttpUrl } from '../lib/shared/urls.ts';

const text = z.string().trim().min(1, { error: '不能为空' });

export const siteConfigSchema = z
  .object({
    site: z
      .string()
      .trim()
      .refine(isHttpUrl, { error: '应为网站的完整地址，以 https:// 或 http:// 开头，例如 https://xuexizhou.example.org' })
      .refine((value) => !isHttpUrl(value) || (new URL(value).pathname === '/' && !new URL(value).search && !new URL(value).hash), {
        error: '只写网站的域名部分，例如 https://xuexizhou.example.org；子路径写在 base（环境变量 SITE_BASE）里',
      })
      // One form everywhere: without a trailing slash, so `${site}/path/` reads naturally.
      .transform((value) => value.replace(/\/+$/, ''))
      .describe('网站的公开地址（只写域名部分），例如 https://xuexizhou.example.org；环境变量 SITE_URL 可以覆盖'),
    base: z
      .string()
      .trim()
      .regex(/^\/(?:[A-Za-z0-9._~-]+\/)*$/, {
        error: '子路径应以 / 开头并以 / 结尾，只用英文字母、数字和 - _ . ~，例如 /xuexizhou/；网站独立部署时写 /',
      })
      .describe('网站挂在门户网站的栏目下时的子路径，例如 /xuexizhou/；独立部署时为 /；环境变量 SITE_BASE 可以覆盖'),
    province: text.describe('举办活动周的省份全称，例如 某某省'),
    siteName: text.describe('网站名称，显示在页头和浏览器标签上，例如 某某省全民终身学习活动周'),
    currentEdition: z
      .string()
      .regex(/^[a-z0-9-]+$/, { error: '应为 content/editions/ 里某个文件的文件名（不含 .json），例如 2025' })
      .describe('首页展示的那一届活动：content/editions/ 里的文件名，例如 2025'),
    lang: z.string().regex(/^[a-z]{2}(?:-[A-Z]{2})?$/, { error: '应为语言代码，例如 zh-CN' }).describe('网页语言，例如 zh-CN'),
    repository: z
      .object({
        url: z
          .string()
          .trim()
          .refine((value) => value === '' || isHttpUrl(value), { error: '应为代码仓库的完整地址，或者留空（不显示“纠错”链接）' })
          .describe('内容仓库的地址，用于每页末尾的“纠错”链接；留空则不显示；环境变量 SITE_REPOSITORY 可以覆盖'),
        branch: text.describe('内容所在的分支，例如 main'),
      })
      .strict(),
    divisions: z
      .object({
        whole: text.describe('全境的说法，例如 全省（自治区写 全区，直辖市写 全市）'),
        provincial: text.describe('本级的说法，例如 省级（自治区写 自治区级，直辖市写 市级）'),
        part: text.describe('下一级单位的说法，例如 市（也可写 盟市；直辖市写 区），网站据此写出 各市、本市、市级'),
      })
      .strict()
      .default({ whole: '全省', provincial: '省级', part: '市' })
      .describe('正文里怎样称呼本省和下一级：全省合计、省级平台、各市一地一案、荣誉级别等都用这些词'),
    posterFonts: z.array(text).min(1, { error: '至少列出一个字体文件' }).describe('生成分享海报用的中文字体文件，按顺序尝试'),
  })
  .strict();

export type SiteConfigInput = z.input<typeof siteConfigSchema>;

/** Which environment variable can set each field, so a message can name what the person actually typed. */
export const siteConfigEnv: Record<string, string> = { site: 'SITE_URL', base: 'SITE_BASE', 'repository.url': 'SITE_REPOSITORY' };
