/** Turns zod issues into Chinese messages an editor can act on. */
import { z } from 'astro/zod';

type Issue = z.core.$ZodIssue;
type RawIssue = z.core.$ZodRawIssue;

const typeNames: Record<string, string> = {
  string: '文字（用英文双引号括起来）',
  number: '数字（不加引号）',
  boolean: 'true 或 false（不加引号）',
  array: '列表（用 [ ] 括起来）',
  object: '对象（用 { } 括起来）',
  date: '日期',
  int: '整数（不加引号）',
  bigint: '整数（不加引号）',
  null: 'null（不加引号）',
  undefined: '空（不写这个字段）',
  never: '空（不写这个字段）',
  map: '键值对',
  set: '不重复的列表',
  file: '文件',
};

// Schemas give their own message with the expected pattern; these cover the rest.
const formatNames: Record<string, string> = {
  email: '电子邮箱，例如 "name@example.org"',
  url: '完整网址，例如 "https://www.example.org/"',
  regex: '规定的写法，请对照编辑指南的字段说明',
  date: '日期，例如 "2030-10-16"',
  datetime: '时间，例如 "2030-10-16T09:30+08:00"',
};

// Zod's own Chinese, for whatever our wording does not cover: terser, but never English.
const zodChinese = z.locales.zhCN().localeError;

/**
 * Per-parse error map: gives built-in zod checks Chinese wording; schema-level messages still win.
 * Codes without a wording of ours fall back to zod's Chinese locale, so no English reaches an editor.
 */
export function chineseErrorMap(issue: RawIssue): string {
  return ourWording(issue) ?? fallbackMessage(zodChinese(issue));
}

function fallbackMessage(result: ReturnType<typeof zodChinese>): string {
  if (typeof result === 'string') return result;
  return result?.message ?? '无效输入';
}

function ourWording(issue: RawIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return '缺少这个必填字段';
      return issue.expected in typeNames ? `类型不对：应为${typeNames[issue.expected]}` : undefined;
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
      return issue.format in formatNames ? `格式不对：应为${formatNames[issue.format]}` : undefined;
    case 'unrecognized_keys':
      // checkEntry words these itself, with a "did you mean"; this is for any other caller.
      return `没有这个字段，可能拼错了：${issue.keys.map((k) => JSON.stringify(k)).join('、')}`;
    case 'invalid_key':
      // The key's own schema says what a key looks like (e.g. the slug rule); the path already names the key.
      return `这个键名不对：${issue.issues.map((i) => i.message).join('；') || '不符合要求'}`;
    case 'invalid_union':
      return '不符合任何一种允许的写法，请对照编辑指南的字段说明';
    case 'not_multiple_of':
      return `应为 ${issue.divisor} 的整数倍`;
    case 'invalid_element':
      return `其中有不符合要求的值：${issue.issues.map((i) => i.message).join('；') || '请检查每一项'}`;
    default:
      return undefined;
  }
}

/** Chinese message for an unknown field (or component attribute: `noun` 属性), suggesting the closest allowed name. */
export function unknownKeyMessage(key: string, allowed: readonly string[], noun = '字段'): string {
  const guess = closest(key, allowed);
  const hint = guess ? `是不是想写 "${guess}"？` : '';
  return `没有这个${noun}，可能拼错了。${hint}可用的${noun}：${allowed.join('、')}`;
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
