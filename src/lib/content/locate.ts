/** Finds the line of a field in a JSON file or in MDX front matter, so messages can say "第 N 行". */
import { findNodeAtLocation, parseTree } from 'jsonc-parser';

type Path = readonly (string | number)[];

/** 1-based line of the offset in text. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** Line of the value at `path` in a JSON document; falls back to the deepest existing parent below the root (a missing top-level field has no line). */
export function jsonLine(text: string, path: Path): number | undefined {
  const tree = parseTree(text);
  if (!tree) return undefined;
  for (let n = path.length; n >= 1; n--) {
    const node = findNodeAtLocation(tree, [...path.slice(0, n)]);
    if (node) return lineAt(text, node.parent?.type === 'property' ? node.parent.offset : node.offset);
  }
  return undefined;
}

/**
 * Line of a key in YAML front matter (the file starts with "---"). Looks for each string
 * segment of the path in turn, below the previous one's line, and for each number the
 * n-th "- " item of the block list below it; good enough for the hand-written front
 * matter editors keep (a list of books, say), not for YAML's every form.
 */
export function frontmatterLine(fileText: string, path: Path): number | undefined {
  const lines = fileText.split('\n');
  const end = lines.indexOf('---', 1);
  if (!lines[0]?.startsWith('---') || end < 0) return undefined;
  let found: number | undefined;
  let from = 1;
  for (const segment of path) {
    if (typeof segment === 'number') {
      const item = listItemLine(lines, from, end, segment);
      if (item === undefined) break;
      found = item + 1;
      // The item's first key may sit on the "- " line itself.
      from = item;
      continue;
    }
    const pattern = new RegExp(`^\\s*(?:-\\s+)?${segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*:`);
    const index = lines.findIndex((line, i) => i >= from && i < end && pattern.test(line));
    if (index < 0) break;
    found = index + 1;
    from = index + 1;
  }
  return found;
}

/** Index of the n-th "- " item of the block list starting at or below line `from`, or undefined. */
function listItemLine(lines: readonly string[], from: number, end: number, n: number): number | undefined {
  let indent: number | undefined;
  let count = 0;
  for (let i = from; i < end; i++) {
    const line = lines[i]!;
    if (line.trim() === '') continue;
    const depth = line.length - line.trimStart().length;
    if (indent !== undefined && depth < indent) return undefined;
    if (/^\s*-(\s|$)/.test(line) && (indent === undefined || depth === indent)) {
      indent ??= depth;
      if (count++ === n) return i;
    }
  }
  return undefined;
}
