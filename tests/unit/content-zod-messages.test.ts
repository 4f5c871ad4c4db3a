import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { checkEntry } from '../../src/lib/content/check.ts';
import { formatProblem } from '../../src/lib/content/problems.ts';
import { chineseErrorMap } from '../../src/lib/content/zod-messages.ts';
import { citySchema } from '../../src/schemas/city.ts';

type Code = z.core.$ZodIssueCode;

// One schema and one input per issue code. `satisfies Record<Code, …>` makes a zod upgrade that adds a
// code a type error here, so a new code cannot reach editors in English unnoticed.
const raisers = {
  invalid_type: [z.object({ a: z.string() }), { a: 1 }],
  too_big: [z.array(z.string()).max(1), ['a', 'b']],
  too_small: [z.number().min(1), 0],
  invalid_format: [z.email(), 'not-an-email'],
  not_multiple_of: [z.number().multipleOf(5), 7],
  unrecognized_keys: [z.object({}).strict(), { extra: 1 }],
  invalid_union: [z.union([z.string(), z.number()]), true],
  invalid_key: [z.record(z.string().regex(/^[a-z]+$/), z.number()), { Bad_Key: 1 }],
  invalid_element: [z.map(z.object({}), z.number()), new Map([[{}, 'x']])],
  invalid_value: [z.enum(['a', 'b']), 'c'],
  custom: [z.string().refine(() => false), 'x'],
} satisfies Record<Code, [z.ZodType, unknown]>;

const english = /[A-Za-z]{3,}/;

describe('every zod issue code reaches editors in Chinese', () => {
  it.each(Object.entries(raisers))('%s', (code, [schema, input]) => {
    const result = schema.safeParse(input, { error: chineseErrorMap });
    expect(result.success).toBe(false);
    const issue = result.error!.issues[0]!;
    expect(issue.code).toBe(code);
    expect(issue.message).toMatch(/\p{Script=Han}/u);
    // Field names and examples are ASCII; the wording around them is not.
    expect(issue.message.replace(/"[^"]*"|`[^`]*`|\/[^/]*\//g, ''), issue.message).not.toMatch(english);
  });

  it('names the bad key of the statistics record in Chinese, at its line', () => {
    const text = JSON.stringify(
      {
        name: '示例市',
        code: '990100',
        editions: {
          '2030': {
            plan: { status: 'pending' },
            stats: {
              reportedOn: '2030-11-14',
              countyCities: 1,
              activities: {
                Theme_Reading: {
                  prefecture: { held: false, activities: 0, participants: 0 },
                  county: { cities: 0, activities: 0, participants: 0 },
                },
              },
            },
          },
        },
      },
      null,
      2,
    );
    const line = text.split('\n').findIndex((l) => l.includes('"Theme_Reading"')) + 1;
    expect(checkEntry('content/cities/shili.json', text, citySchema).problems.map(formatProblem)).toEqual([
      `content/cities/shili.json 第 ${line} 行，字段 editions.2030.stats.activities.Theme_Reading：这个键名不对：只能用小写英文字母、数字和连字符（-），例如 "moushi" 或 "2030-001"（看到的值："Theme_Reading"）`,
    ]);
  });
});
