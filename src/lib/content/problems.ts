/** One content problem, and the one format every message uses (build, validate, tests). */

export interface Problem {
  /** Path from the project root, e.g. "content/lectures/a.json". */
  file: string;
  /** 1-based line, when it can be found. */
  line?: number;
  /** Dotted field path, e.g. "speakers.0.name". */
  field?: string;
  /** What is wrong and what is expected, in Chinese. */
  message: string;
  /** The value found, already shown as text. */
  found?: string;
}

/** Orders problems by file, then line, so every run and every machine lists them alike. */
export const byPlace = (a: Problem, b: Problem) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0);

/** Formats one problem: "content/x.json 第 3 行，字段 end：…（看到的值：…）". */
export function formatProblem(problem: Problem): string {
  const where = problem.line === undefined ? problem.file : `${problem.file} 第 ${problem.line} 行`;
  const field = problem.field ? `，字段 ${problem.field}` : '';
  const found = problem.found === undefined ? '' : `（看到的值：${problem.found}）`;
  return `${where}${field}：${problem.message}${found}`;
}

/** Formats a whole report, Chinese first, with an English summary line for logs. */
export function formatReport(problems: readonly Problem[]): string {
  const lines = problems.map((p, i) => `${i + 1}. ${formatProblem(p)}`);
  return [
    `内容有 ${problems.length} 处错误，网站没有生成。请按提示修改以下文件后再试：`,
    ...lines,
    `(Content check failed: ${problems.length} problem${problems.length === 1 ? '' : 's'}.)`,
  ].join('\n');
}

/** Formats warnings (worth a look, publishable as they are); the build and validate print them alike. */
export function formatWarnings(warnings: readonly Problem[]): string {
  return [`提醒 ${warnings.length} 处（请确认，不改也能发布）：`, ...warnings.map((p) => `- ${formatProblem(p)}`)].join('\n');
}

/** Shows a found value briefly: strings quoted, long values cut. */
export function showValue(value: unknown): string {
  const text = value instanceof Date ? value.toISOString() : (JSON.stringify(value) ?? String(value));
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}
