/** Runs the build's content check and the editor rules, and formats the result for a terminal. */
import { checkContent } from '../../../src/lib/content/check.ts';
import { formatProblem, type Problem } from '../../../src/lib/content/problems.ts';
import { checkEditorRules } from './editor-checks.ts';

export interface Validation {
  files: number;
  errors: Problem[];
  warnings: Problem[];
}

/** Checks all content under `root` (the project folder). */
export async function validateProject(root: string): Promise<Validation> {
  const { problems, entries } = await checkContent(root);
  const editor = checkEditorRules(entries);
  const byPlace = (a: Problem, b: Problem) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0);
  return {
    files: new Set(entries.map((e) => e.file)).size,
    errors: [...problems, ...editor.errors].sort(byPlace),
    warnings: editor.warnings.sort(byPlace),
  };
}

/** Chinese report: errors numbered, then warnings, then one summary line. */
export function formatValidation(result: Validation, elapsedMs?: number): string {
  const lines: string[] = [];
  if (result.errors.length > 0) {
    lines.push(`错误 ${result.errors.length} 处（必须改，否则网站不能发布）：`);
    result.errors.forEach((p, i) => lines.push(`${i + 1}. ${formatProblem(p)}`));
  }
  if (result.warnings.length > 0) {
    if (lines.length) lines.push('');
    lines.push(`提醒 ${result.warnings.length} 处（请确认，不改也能发布）：`);
    result.warnings.forEach((p) => lines.push(`- ${formatProblem(p)}`));
  }
  if (lines.length) lines.push('');
  const time = elapsedMs === undefined ? '' : `，用时 ${(elapsedMs / 1000).toFixed(1)} 秒`;
  lines.push(
    result.errors.length === 0
      ? `检查通过：${result.files} 个内容文件没有错误${time}。`
      : `检查未通过：${result.errors.length} 处错误${time}。改好后再运行 npm run validate。`,
  );
  return lines.join('\n');
}
