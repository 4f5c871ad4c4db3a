/** Finds the MDX mistakes editors make with ordinary Markdown habits, with what to write instead. */
import { proseLines } from './mdx-lines.ts';

export interface Trap {
  line: number;
  message: string;
  found: string;
}

const autolink = /<(https?:\/\/[^>\s]+)>/g;
// A "<" that cannot start a tag or comment: MDX reads it as JSX and fails.
const bareLessThan = /<(?![A-Za-z/!>])/g;

const markdownImage = /!\[([^\]]*)\]\(([^)\s]*)/g;
const htmlImage = /<img\b[^>]*>/gi;

/**
 * Scans the MDX body (front matter excluded) line by line, skipping code. `firstLine` is the body's line in the file.
 * Besides MDX syntax traps it finds images without alt text: a reader who cannot see the image gets nothing.
 */
export function findMdxTraps(body: string, firstLine: number): Trap[] {
  const traps: Trap[] = [];
  for (const { line: lineNo, text: line } of proseLines(body, firstLine)) {
    for (const match of line.matchAll(autolink)) {
      traps.push({
        line: lineNo,
        found: match[0],
        message: `MDX 不支持用尖括号括起来的网址：请把 ${match[0]} 改成 [${match[1]}](${match[1]})，或直接写 ${match[1]}`,
      });
    }
    for (const match of line.replace(autolink, (m) => ' '.repeat(m.length)).matchAll(bareLessThan)) {
      traps.push({
        line: lineNo,
        found: line.slice(match.index, match.index + 12).trim(),
        message: 'MDX 会把单独的 "<" 当成标签的开头：请写成 "&lt;"，或改用全角 "＜"',
      });
    }
    for (const match of line.matchAll(markdownImage)) {
      if (match[1]!.trim() !== '') continue;
      traps.push({
        line: lineNo,
        found: `${match[0]})`,
        message: `图片缺少替代文字：在 ![ 和 ] 之间用一句话描述图片内容，例如 ![社区老人在图书室读书](${match[2] || './images/reading.jpg'})`,
      });
    }
    for (const match of line.matchAll(htmlImage)) {
      if (/\balt\s*=\s*(["'])\s*[^"'\s]/.test(match[0])) continue;
      traps.push({ line: lineNo, found: match[0], message: '图片缺少替代文字：给 <img> 加上 alt="图片内容的描述"' });
    }
  }
  return traps;
}
