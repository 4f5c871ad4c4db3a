/**
 * 正文（MDX）里可以用的组件，以及每个组件的属性。内容检查按这里逐个核对组件的属性，
 * docs/编辑指南.md 的“可以用的组件”一节也由这里生成；组件本身在 src/components/mdx/index.ts 登记。
 */
import { z } from 'astro/zod';
import { httpUrl, slug } from './common.ts';
import { noPhone } from './story.ts';

/** A path on this site, e.g. "/media/opening.mp4"; the base path is added when the page is built. */
const sitePath = z.string().regex(/^\/(?!\/)\S*$/, { error: '应为本站路径，以 / 开头，例如 "/media/opening.mp4"' });

/** Component props as editors write them: attributes only, no code, and nothing the component does not read. */
export const mdxComponentSchemas = {
  Figure: z
    .object({
      caption: noPhone.describe('图片说明，显示在图片下方，例如 "示例插图：读书角的书架与长桌。"；替代文字仍写在图片的 ![ ] 里'),
    })
    .strict()
    .describe('带说明的图片。写法：<Figure caption="图片说明">（换行）![替代文字](./images/文件名.jpg)（换行）</Figure>'),
  Quote: z
    .object({
      by: noPhone.optional().describe('说话的人，例如 "示例·李某" 或 "学员"；不知道时不写'),
    })
    .strict()
    .describe('一段引语。写法：<Quote by="示例·李某">学习没有早晚。</Quote>'),
  Video: z
    .object({
      title: noPhone.describe('视频内容，例如 "示例：开班仪式（2分钟）"'),
      src: sitePath.describe('视频文件的本站路径，放在 public/ 下，例如 "/media/opening.mp4"'),
      captions: sitePath.describe('中文字幕文件（WebVTT）的本站路径，例如 "/media/opening.vtt"；必须有：许多老年读者不开声音看视频'),
      transcript: z
        .string()
        .regex(/^(?:#\S+|\/(?!\/)\S*)$/, { error: '应为本站路径（如 "/media/opening.txt"）或本文一个小标题的 "#编号"（如 "#文字稿"）' })
        .describe('文字稿在哪里：本站路径，或本文中文字稿小标题的 "#编号"，例如 "#文字稿"；必须有：不少读者更愿意读'),
      poster: sitePath.optional().describe('播放前显示的图片的本站路径，例如 "/media/opening.jpg"'),
    })
    .strict()
    .describe('一段视频，必须有字幕和文字稿。写法：<Video title="示例：开班仪式（2分钟）" src="/media/opening.mp4" captions="/media/opening.vtt" transcript="#文字稿" />'),
  GuidedBooks: z
    .object({
      guide: slug.describe('本导读页面的文件名，例如 "daodu-xiaowangzi"；图书文件的 guide 字段写同一个名字'),
    })
    .strict()
    .describe('导读页面开头的“本导读对应的图书”列表，列出 guide 字段指向本页的图书。写法：<GuidedBooks guide="daodu-xiaowangzi" />'),
  SiteLink: z
    .object({
      href: sitePath.describe('本站页面的路径，例如 "/booklists/" 或 "/reading/#daodu"'),
    })
    .strict()
    .describe('指向本站另一个页面的链接（网站放在子路径下时也不会断）。写法：<SiteLink href="/booklists/">推荐书单</SiteLink>'),
  AttachmentTable: z
    .object({ edition: slug.optional().describe('哪一届的统计表；写在某届通知的页面里时不用写，自动取那一届') })
    .strict()
    .describe('通知附件《活动开展情况统计表》的空表，栏目取自活动届次的 statsForm。写法：<AttachmentTable />'),
  NoticeUrl: z
    .object({
      href: httpUrl.describe('通知原文印的网址，例如 "https://www.example.org"'),
    })
    .strict()
    .describe('通知里印的、还没有核实的网址：只显示为文字并注明“待核实”，不做成链接。写法：<NoticeUrl href="https://www.example.org" />'),
} satisfies Record<string, z.ZodObject>;

export type MdxComponentName = keyof typeof mdxComponentSchemas;

/** The components a story (case, star, news item) may use. */
export const storyComponentNames = ['Figure', 'Quote', 'Video'] as const satisfies readonly MdxComponentName[];

/** The components a page may use. */
export const pageComponentNames = ['GuidedBooks', 'SiteLink', 'AttachmentTable', 'NoticeUrl'] as const satisfies readonly MdxComponentName[];

/** What the MDX body of a collection may contain. Imports and exports are never allowed: routes pass the components. */
export interface MdxBody {
  /** How messages name the body, e.g. "故事". */
  noun: string;
  /** The components the body may use; the collection's route passes exactly these. */
  components: readonly MdxComponentName[];
  /** Refuses raw media and script tags (<img>, <video>, <script>…): stories use the components, with alt text and captions. */
  noRawMedia?: boolean;
  /** Refuses phone numbers in the text: stories publish organisations, not private contacts. */
  noPhones?: boolean;
}

export const storyBody = { noun: '故事', components: storyComponentNames, noRawMedia: true, noPhones: true } as const satisfies MdxBody;
export const pageBody = { noun: '页面', components: pageComponentNames } as const satisfies MdxBody;
export const booklistBody = { noun: '书单', components: [] } as const satisfies MdxBody;
