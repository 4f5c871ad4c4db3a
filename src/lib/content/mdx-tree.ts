/**
 * Reads an MDX body with the parser the build uses (satteri, as @astrojs/mdx calls it), so the
 * content checks see exactly the tree Astro compiles: code is code, an attribute is an attribute,
 * a link target is not text. Where the parser refuses the body, its error becomes a Chinese trap.
 */
import { mdxToMdast } from 'satteri';

/** One thing wrong in an MDX body: its line in the file, what to do, and the text seen there. */
export interface Trap {
  line: number;
  message: string;
  found: string;
}

/** The parts of an mdast/MDX node the checks read (the parser returns full mdast nodes). */
export interface MdxNode {
  type: string;
  position?: { start: { line: number; offset?: number }; end: { line: number; offset?: number } };
  children?: MdxNode[];
  value?: string;
  /** JSX elements: tag name, null for a fragment. */
  name?: string | null;
  attributes?: MdxAttribute[];
  /** Links and images. */
  url?: string;
  alt?: string | null;
}

export type MdxAttribute =
  | { type: 'mdxJsxAttribute'; name: string; value?: string | null | { type: 'mdxJsxAttributeValueExpression'; value: string } }
  | { type: 'mdxJsxExpressionAttribute'; value: string };

export interface MdxBodyTree {
  /** The parsed body, positions in file lines; absent when the parser refused it in a way no trap can step over. */
  tree?: MdxNode;
  /** The source the tree was read from: the body, with each refused spot blanked out. */
  source: string;
  /** Why the parser refused the body, one trap per spot. */
  syntax: Trap[];
}

// As @astrojs/mdx calls it: GFM on (the default), so "https://…" in text is a link.
const features = { gfm: true } as const;

// Each refusal the parser can step past is blanked and the body read again, so every such mistake
// is listed at once. The limit only guards against a parser that never stops refusing.
const maxRefusals = 50;

/**
 * Parses an MDX body (front matter excluded); `firstLine` is the body's line in the file.
 * Lines before the body are padded, so node positions are file lines, as the build's are
 * (@astrojs/mdx blanks the front matter rather than cutting it).
 */
export function readMdxBody(body: string, firstLine: number): MdxBodyTree {
  let source = '\n'.repeat(Math.max(0, firstLine - 1)) + body;
  const syntax: Trap[] = [];
  for (let i = 0; i < maxRefusals; i++) {
    let refusal: Refusal;
    try {
      return { tree: mdxToMdast(source, { features }) as unknown as MdxNode, source, syntax };
    } catch (error) {
      const parsed = parseRefusal(error);
      if (!parsed) {
        const reason = error instanceof Error ? error.message : String(error);
        syntax.push({ line: firstLine, found: body.trim().split('\n')[0]!.slice(0, 20), message: `MDX 无法读取正文，网站生成会失败：请检查尖括号 < > 和花括号 { }（解析器的原话：${reason}）` });
        return { source, syntax };
      }
      refusal = parsed;
    }
    const offset = offsetOf(source, refusal.line, refusal.column);
    const reading = readRefusal(source, offset, refusal.reason);
    syntax.push({ line: refusal.line, found: reading.found, message: reading.message });
    const before = source;
    for (const [from, to] of reading.blank ?? []) source = blank(source, from, to);
    // Nothing blanked, or nothing changed: reading again would only repeat the same refusal.
    if (source === before) return { source, syntax };
  }
  return { source, syntax };
}

/** Whether a node is a JSX element (a component or an HTML tag written in MDX). */
export const isJsx = (node: MdxNode) => node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';

/** Calls `visit` on every node below `node`, with its parent. */
export function walk(node: MdxNode, visit: (node: MdxNode, parent: MdxNode) => void): void {
  for (const child of node.children ?? []) {
    visit(child, node);
    walk(child, visit);
  }
}

/** The source text of a JSX element's opening tag, e.g. `<img src="./a.png" />`. */
export function openingTag(source: string, node: MdxNode): string {
  const start = node.position?.start.offset;
  if (start === undefined) return `<${node.name ?? ''}`;
  const end = source.indexOf('>', start);
  return source.slice(start, end < 0 ? undefined : end + 1);
}

/** The source text of a node, e.g. `![ ](./b.png)`. */
export function sourceOf(source: string, node: MdxNode): string {
  const { start, end } = node.position ?? {};
  return start?.offset === undefined || end?.offset === undefined ? '' : source.slice(start.offset, end.offset);
}

interface Refusal {
  line: number;
  column: number;
  reason: string;
}

interface Reading {
  message: string;
  found: string;
  /** The spans to blank before reading again; absent when blanking could not give a faithful reading of the rest. */
  blank?: [number, number][];
}

/** satteri reports "3:7: reason (rule)". */
function parseRefusal(error: unknown): Refusal | undefined {
  const match = /^(\d+):(\d+): ([\s\S]*?)(?: \([\w-]+:[\w-]+\))?$/.exec(error instanceof Error ? error.message : '');
  return match ? { line: Number(match[1]), column: Number(match[2]), reason: match[3]! } : undefined;
}

const autolink = /^<((?:https?|ftp):\/\/[^>\s]*|www\.[^>\s]*)>/;
const emailInBrackets = /^<((?:mailto:)?[^\s<>@]+@[^\s<>@]+)>/;
// HTML elements that never have content; MDX still wants them closed.
const voidElements = new Set(['area', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
// What may follow "<" in a tag: a name, "/" of a closing tag, ">" of a fragment.
const tagStart = /^<[\p{L}$_/>]/u;

/** Says in Chinese why the parser refused the spot at `offset`, and how far to blank it. */
function readRefusal(source: string, offset: number, reason: string): Reading {
  const rest = source.slice(offset);
  const lineEnd = (from: number) => {
    const end = source.indexOf('\n', from);
    return end < 0 ? source.length : end;
  };
  const upTo = (text: string, n: number) => text.split('\n')[0]!.slice(0, n).trim();
  if (rest.startsWith('<')) {
    const link = autolink.exec(rest);
    if (link) {
      return {
        found: link[0],
        message: `MDX 不支持用尖括号括起来的网址：请把 ${link[0]} 改成 [${link[1]}](${link[1]})，或直接写 ${link[1]}`,
        blank: [[offset, offset + link[0].length]],
      };
    }
    const email = emailInBrackets.exec(rest);
    if (email) {
      const address = email[1]!.replace(/^mailto:/, '');
      return {
        found: email[0],
        message: `MDX 不支持用尖括号括起来的邮箱地址：请把 ${email[0]} 改成 [${address}](mailto:${address})，或直接写 ${address}`,
        blank: [[offset, offset + email[0].length]],
      };
    }
    if (rest.startsWith('<!--')) {
      const close = source.indexOf('-->', offset);
      return {
        found: upTo(rest, 20),
        message: 'MDX 里不能写 HTML 注释 <!-- -->：请改成 {/* 注释 */}，或删去',
        blank: [[offset, close < 0 ? lineEnd(offset) : close + 3]],
      };
    }
    if (!tagStart.test(rest)) {
      return { found: upTo(rest, 12), message: 'MDX 会把单独的 "<" 当成标签的开头：请写成 "&lt;"，或改用全角 "＜"', blank: [[offset, offset + 1]] };
    }
  }
  const unclosed = /^Expected a closing tag for `<([^>`]*)>`/.exec(reason);
  if (unclosed) {
    const end = source.indexOf('>', offset);
    const name = unclosed[1]!;
    return {
      found: upTo(rest, 40),
      message: voidElements.has(name)
        ? `MDX 里的 <${name}> 要写成自闭合的 <${name} />`
        : `标签 <${name}> 没有结束：请在内容后面写 </${name}>，或写成自闭合的 <${name} />`,
      ...(end < 0 ? {} : { blank: [[offset, end + 1]] }),
    };
  }
  const stray = /^Unexpected closing tag `<\/([^>`]*)>`/.exec(reason);
  if (stray) {
    const end = source.indexOf('>', offset);
    const expected = /expected corresponding closing tag for `<([^>`]*)>` \((\d+):(\d+)\)/.exec(reason);
    if (expected) {
      // A mismatched pair is one mistake: both tags are blanked, or the opening one would be reported again.
      const open = offsetOf(source, Number(expected[2]), Number(expected[3]));
      const openEnd = source.indexOf('>', open);
      return {
        found: upTo(rest, 40),
        message: `结束标签 </${stray[1]}> 与前面的 <${expected[1]}> 对不上：请检查标签的先后和拼写`,
        ...(end < 0 || openEnd < 0 ? {} : { blank: [[open, openEnd + 1], [offset, end + 1]] }),
      };
    }
    return {
      found: upTo(rest, 40),
      message: `结束标签 </${stray[1]}> 前面没有对应的开始标签 <${stray[1]}>：请补上开始标签，或删去它`,
      ...(end < 0 ? {} : { blank: [[offset, end + 1]] }),
    };
  }
  if (/expression|closing brace/.test(reason)) {
    return {
      found: upTo(rest, 20),
      message: 'MDX 把花括号 { } 里的内容当作代码，这里不是有效的代码：要显示花括号，请写成 "\\{" 或全角 "｛"',
    };
  }
  if (rest.startsWith('<')) {
    return {
      found: upTo(rest, 40),
      message: '这个标签 MDX 读不懂：组件写成 <名称 属性="值">…</名称> 或 <名称 属性="值" />，属性值用英文双引号；要显示小于号请写成 "&lt;" 或全角 "＜"',
    };
  }
  return { found: upTo(rest, 20), message: `MDX 无法读取这里，网站生成会失败：请检查这一行的尖括号 < > 和花括号 { }（解析器的原话：${reason}）` };
}

/** Offset of a 1-based line and column (columns count UTF-16 code units, as the parser's offsets do). */
function offsetOf(source: string, line: number, column: number): number {
  let offset = 0;
  for (let l = 1; l < line; l++) {
    const next = source.indexOf('\n', offset);
    if (next < 0) return source.length;
    offset = next + 1;
  }
  return Math.min(offset + column - 1, source.length);
}

/** Replaces a span with spaces, keeping line breaks, so positions after it stay put. */
function blank(source: string, from: number, to: number): string {
  return source.slice(0, from) + source.slice(from, to).replace(/[^\n]/g, ' ') + source.slice(to);
}
