/** Reads an MDX body the way the line-by-line content checks need it. */

export interface ProseLine {
  /** Line number in the file. */
  line: number;
  /** The line with inline code blanked to spaces, so that code never triggers a rule and columns stay put. */
  text: string;
}

/** Lists the lines of an MDX body (front matter excluded) outside fenced code blocks; `firstLine` is the body's line in the file. */
export function proseLines(body: string, firstLine: number): ProseLine[] {
  const lines: ProseLine[] = [];
  let inFence = false;
  body.split('\n').forEach((raw, i) => {
    if (/^\s*(```|~~~)/.test(raw)) {
      inFence = !inFence;
      return;
    }
    if (!inFence) lines.push({ line: firstLine + i, text: raw.replace(/`[^`]*`/g, (code) => ' '.repeat(code.length)) });
  });
  return lines;
}
