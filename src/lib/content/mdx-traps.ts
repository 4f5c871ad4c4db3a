/** Finds the MDX mistakes editors make with ordinary Markdown habits, with what to write instead. */
import { isJsx, openingTag, readMdxBody, sourceOf, walk, type MdxBodyTree, type MdxNode, type Trap } from './mdx-tree.ts';

export type { Trap };

/**
 * Reads the MDX body (front matter excluded) as the build does; `firstLine` is the body's line in the file.
 * Besides what MDX refuses it finds images without alt text: a reader who cannot see the image gets nothing.
 */
export function findMdxTraps(body: string, firstLine: number): Trap[] {
  return mdxTraps(readMdxBody(body, firstLine));
}

/** The traps of a body already read. */
export function mdxTraps({ tree, source, syntax }: MdxBodyTree): Trap[] {
  const traps = [...syntax];
  if (!tree) return traps;
  walk(tree, (node) => {
    const line = node.position?.start.line ?? 1;
    if (node.type === 'image' && (node.alt ?? '').trim() === '') {
      traps.push({
        line,
        found: sourceOf(source, node),
        message: `图片缺少替代文字：在 ![ 和 ] 之间用一句话描述图片内容，例如 ![社区老人在图书室读书](${node.url || './images/reading.jpg'})`,
      });
    }
    if (isJsx(node) && node.name === 'img' && !hasText(node, 'alt')) {
      traps.push({ line, found: openingTag(source, node), message: '图片缺少替代文字：给 <img> 加上 alt="图片内容的描述"' });
    }
  });
  return traps.sort((a, b) => a.line - b.line);
}

/** Whether a JSX element has the attribute with a value other than blank text (an expression counts). */
function hasText(node: MdxNode, name: string): boolean {
  const attribute = node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  if (!attribute || attribute.type !== 'mdxJsxAttribute' || attribute.value == null) return false;
  return typeof attribute.value !== 'string' || attribute.value.trim() !== '';
}
