/**
 * Parses a value that a person wrote (site settings, component props) and, when it is wrong,
 * throws one Chinese message per problem in the content guard's format. Modelled on
 * Starlight's parseWithFriendlyErrors, with the project's own error map and Problem.
 */
import type { z } from 'astro/zod';
import { formatProblem, showValue, type Problem } from './problems.ts';
import { chineseErrorMap } from './zod-messages.ts';

/** Lists a failed parse's issues as problems of one file; `label` may name a field's other spelling (an environment variable). */
export function issuesToProblems(
  error: z.ZodError,
  input: unknown,
  file: string,
  label: (field: string) => string = (field) => field,
): Problem[] {
  return error.issues.map((issue) => {
    const field = issue.path.join('.');
    let value: unknown = input;
    for (const key of issue.path) value = value && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined;
    return {
      file,
      ...(field ? { field: label(field) } : {}),
      message: issue.message,
      ...(value === undefined ? {} : { found: showValue(value) }),
    };
  });
}

/** Returns the parsed value, or throws an Error whose message lists every problem in Chinese. */
export function parseWithFriendlyErrors<S extends z.ZodType>(
  schema: S,
  input: unknown,
  file: string,
  label?: (field: string) => string,
): z.output<S> {
  const result = schema.safeParse(input, { error: chineseErrorMap });
  if (result.success) return result.data;
  const problems = issuesToProblems(result.error, input, file, label);
  throw new Error(`${file} 有 ${problems.length} 处设置不对：\n${problems.map((p) => `- ${formatProblem(p)}`).join('\n')}`);
}
