/**
 * What the MDX body of a case, star or news item may contain: Markdown, and only the
 * story components (Figure, Quote, Video). No imports, no raw media tags, no phone numbers.
 * The rules themselves are declared in src/schemas/mdx.ts (storyBody) and applied by lib/content/mdx-body.ts.
 */
import { storyBody } from '../../schemas/mdx.ts';
import { bodyProblems } from '../content/mdx-body.ts';
import { readMdxBody, type Trap } from '../content/mdx-tree.ts';

/**
 * Reads a story body (front matter excluded) as the build does; `firstLine` is the body's line in the file.
 * What MDX itself refuses, and images without alt text, are findMdxTraps' concern, as in every MDX body.
 */
export function findStoryProblems(body: string, firstLine: number): Trap[] {
  return bodyProblems(readMdxBody(body, firstLine), storyBody);
}
