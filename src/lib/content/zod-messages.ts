/** Turns zod issues into Chinese messages an editor can act on. */
import type { z } from 'astro/zod';

type Issue = z.core.$ZodIssue;
type RawIssue = z.core.$ZodRawIssue;

const typeNames: Record<string, string> = {
  string: '文字（用英文双引号括起来）',
  number: '数字（不加引号）',
  boolean: 'true 或 false（不加引号）',
  array: '列表（用 [ ] 括起来）',
  object: '对象（用 { } 括起来）',
  date: '日期',
};

/** Per-parse error map: gives built-in zod checks Chinese wording; schema-level messages still win. */
export function chineseErrorMap(issue: RawIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? '缺少这个必填字段' : `类型不对：应为${typeNames[issue.expected] ?? issue.expected}`;
    case 'invalid_value':
      return `只能是以下之一：${issue.values.map((v) => JSON.stringify(v)).join('、')}`;
    case 'too_small':
      return issue.origin === 'array'
        ? `至少要有 ${issue.minimum} 项`
        : issue.origin === 'string'
          ? '不能为空'
          : `不能小于 ${issue.minimum}`;
    case 'too_big':
      return issue.origin === 'array' ? `最多 ${issue.maximum} 项` : `不能大于 ${issue.maximum}`;
    case 'invalid_format':
      return `格式不对（应为 ${issue.format}）`;
    default:
      return undefined;
  }
}

/** Chinese message for an unknown field, suggesting the closest allowed name. */
export function unknownKeyMessage(key: string, allowed: readonly string[]): string {
  const guess = closest(key, allowed);
  const hint = guess ? `是不是想写 "${guess}"？` : '';
  return `没有这个字段，可能拼错了。${hint}可用的字段：${allowed.join('、')}`;
}

/** Finds the allowed name nearest to a typo (edit distance ≤ 3). */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = 4;
  for (const candidate of candidates) {
    const d = editDistance(word.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return best;
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = row;
  }
  return prev[b.length]!;
}

export type { Issue };
