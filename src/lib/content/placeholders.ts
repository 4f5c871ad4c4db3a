/**
 * The marker `npm run new` writes where an editor still has to fill something in.
 * The content checker refuses any file that still contains it, so a skeleton can
 * never be published with placeholder text.
 */
import { lineAt } from './locate.ts';

export const PLACEHOLDER = '【待填写】';

export interface PlaceholderHit {
  line: number;
  found: string;
}

/** Finds every placeholder left in a file's text, with its line. */
export function findPlaceholders(text: string): PlaceholderHit[] {
  const hits: PlaceholderHit[] = [];
  for (let at = text.indexOf(PLACEHOLDER); at >= 0; at = text.indexOf(PLACEHOLDER, at + PLACEHOLDER.length)) {
    const rest = text.slice(at).split('\n')[0]!.replace(/["',]+\s*$/, '');
    hits.push({ line: lineAt(text, at), found: rest.length > 60 ? `${rest.slice(0, 57)}…` : rest });
  }
  return hits;
}

export const placeholderMessage = `还没有填写：把“${PLACEHOLDER}……”整段换成真实内容（提示文字一并删去）；不需要的可选字段连同这一行一起删去`;
