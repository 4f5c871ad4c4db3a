/** Finds the MDX mistakes editors make with ordinary Markdown habits, with what to write instead. */

export interface Trap {
  line: number;
  message: string;
  found: string;
}

const autolink = /<(https?:\/\/[^>\s]+)>/g;
// A "<" that cannot start a tag or comment: MDX reads it as JSX and fails.
const bareLessThan = /<(?![A-Za-z/!>])/g;

/** Scans the MDX body (front matter excluded) line by line, skipping code. `firstLine` is the body's line in the file. */
export function findMdxTraps(body: string, firstLine: number): Trap[] {
  const traps: Trap[] = [];
  let inFence = false;
  body.split('\n').forEach((raw, i) => {
    if (/^\s*(```|~~~)/.test(raw)) {
      inFence = !inFence;
      return;
    }
    if (inFence) return;
    const line = raw.replace(/`[^`]*`/g, (code) => ' '.repeat(code.length));
    const lineNo = firstLine + i;
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
  });
  return traps;
}
