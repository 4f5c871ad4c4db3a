/** Turns results into the editor's Chinese report, the JSON report and a Markdown report. */
import type { EditorError, ReportedResult, Status } from './types.ts';

export const statusLabels: Record<Status, string> = {
  ok: '正常',
  redirect: '已迁移',
  broken: '失效',
  timeout: '超时',
  error: '无法访问',
  excluded: '已排除',
};

const problemStatuses: Status[] = ['broken', 'redirect', 'timeout', 'error'];

/** Counts results by status. */
export function summarise(results: readonly ReportedResult[]): Record<Status, number> & { total: number; editorErrors: number } {
  const counts = { ok: 0, redirect: 0, broken: 0, timeout: 0, error: 0, excluded: 0, total: results.length, editorErrors: 0 };
  for (const r of results) counts[r.status]++;
  return counts;
}

/** The JSON report: { summary, results, editorErrors }. */
export function jsonReport(results: readonly ReportedResult[], editorErrors: readonly EditorError[]) {
  return {
    summary: { ...summarise(results), editorErrors: editorErrors.length },
    results: results.map(({ url, status, httpStatus, finalUrl, reason, sources }) => ({
      url,
      status,
      ...(httpStatus === undefined ? {} : { httpStatus }),
      ...(finalUrl === undefined ? {} : { finalUrl }),
      reason,
      sources,
    })),
    editorErrors: editorErrors.map((e) => ({ file: e.source.file, line: e.source.line, column: e.source.column, url: e.url, message: e.message })),
  };
}

interface Row {
  line: number;
  text: string;
}

/** Groups problems by the file an editor must open, lines in order. */
function rowsByFile(results: readonly ReportedResult[], editorErrors: readonly EditorError[]): Map<string, Row[]> {
  const byFile = new Map<string, Row[]>();
  const add = (file: string, row: Row) => byFile.set(file, [...(byFile.get(file) ?? []), row]);
  for (const e of editorErrors) add(e.source.file, { line: e.source.line, text: `写法错误 ${e.url}\n      ${e.message}` });
  for (const r of results.filter((r) => problemStatuses.includes(r.status))) {
    const fix = r.status === 'redirect' ? `\n      请改为新网址：${r.finalUrl}` : '';
    for (const s of r.sources) add(s.file, { line: s.line, text: `${statusLabels[r.status]} ${r.url}\n      ${r.reason}${fix}` });
  }
  for (const rows of byFile.values()) rows.sort((a, b) => a.line - b.line);
  return new Map([...byFile].sort(([a], [b]) => a.localeCompare(b)));
}

/** The readable Chinese report, grouped by source file with line numbers. */
export function textReport(results: readonly ReportedResult[], editorErrors: readonly EditorError[]): string {
  const s = summarise(results);
  const lines = [`检查了 ${s.total} 个网址：正常 ${s.ok}，已迁移 ${s.redirect}，失效 ${s.broken}，超时 ${s.timeout}，无法访问 ${s.error}，已排除 ${s.excluded}；写法错误 ${editorErrors.length}。`];
  const byFile = rowsByFile(results, editorErrors);
  if (byFile.size === 0) return `${lines[0]}\n没有需要修改的地方。`;
  lines.push('', '需要修改的文件：');
  for (const [file, rows] of byFile) {
    lines.push('', file);
    for (const row of rows) lines.push(`  第 ${row.line} 行  ${row.text}`);
  }
  return lines.join('\n');
}

/** The same report as Markdown, for an issue or a pull request. */
export function markdownReport(results: readonly ReportedResult[], editorErrors: readonly EditorError[]): string {
  const s = summarise(results);
  const out = [`# 外部链接检查`, '', `| 状态 | 数量 |`, `| --- | --- |`];
  for (const status of ['ok', 'redirect', 'broken', 'timeout', 'error', 'excluded'] as Status[]) out.push(`| ${statusLabels[status]} | ${s[status]} |`);
  out.push(`| 写法错误 | ${editorErrors.length} |`);
  for (const [file, rows] of rowsByFile(results, editorErrors)) {
    out.push('', `## ${file}`, '');
    for (const row of rows) out.push(`- 第 ${row.line} 行：${row.text.replace(/\n\s+/g, ' — ')}`);
  }
  return `${out.join('\n')}\n`;
}

/** Exit code: 2 when anything is broken (or unreachable, or miswritten), else 0. Redirects only warn. */
export function exitCode(results: readonly ReportedResult[], editorErrors: readonly EditorError[]): 0 | 2 {
  return editorErrors.length > 0 || results.some((r) => r.status === 'broken' || r.status === 'error' || r.status === 'timeout') ? 2 : 0;
}
