/**
 * What the MDX body of a case, star or news item may contain: Markdown, and only the
 * story components (Figure, Quote, Video). No imports, no raw media tags, no phone numbers.
 */
import { phonePattern } from '../../schemas/common.ts';
import { proseLines } from '../content/mdx-lines.ts';
import type { Trap } from '../content/mdx-traps.ts';

/** The components a story may use; pages pass exactly these to the MDX renderer. */
export const storyComponentNames = ['Figure', 'Quote', 'Video'] as const;


// Lower case only: <Video> is the story component, <video> the raw tag.
const rawTag = /<(script|style|iframe|img|video|audio|object|embed|form|input)\b/;

/**
 * Scans a story body (front matter excluded) line by line, skipping code; `firstLine` is the body's line in the file.
 * Images without alt text are findMdxTraps' concern, as in every MDX body.
 */
export function findStoryProblems(body: string, firstLine: number): Trap[] {
  const problems: Trap[] = [];
  for (const { line: lineNo, text: line } of proseLines(body, firstLine)) {
    const at = { line: lineNo };
    if (/^\s*(import|export)\s/.test(line)) {
      problems.push({ ...at, found: line.trim(), message: '故事正文里不能写 import 或 export：图片用 ![替代文字](./images/文件名.jpg)，组件直接写 <Figure>、<Quote>、<Video>' });
    }
    for (const match of line.matchAll(/<([A-Z][A-Za-z0-9.]*)/g)) {
      if (!(storyComponentNames as readonly string[]).includes(match[1]!)) {
        problems.push({ ...at, found: `<${match[1]}`, message: `故事里只能用这些组件：${storyComponentNames.map((n) => `<${n}>`).join('、')}` });
      }
    }
    const tag = rawTag.exec(line);
    if (tag) {
      problems.push({ ...at, found: tag[0], message: '故事里不能直接写 HTML 媒体或脚本标签：图片用 ![替代文字](路径) 放在 <Figure> 里，视频用 <Video>' });
    }
    const phone = phonePattern.exec(line);
    if (phone) {
      problems.push({ ...at, found: phone[0], message: '故事里不写电话号码：只写单位名称，读者可通过单位公开的渠道联系' });
    }
  }
  return problems;
}
