/**
 * Report stage of the link checker: one line per problem, in Chinese like the content guard,
 * naming the page, line, column and the URL as written, so an editor can find and fix it.
 */
import { isProblem, type LinkResult } from './offline.ts';

/** Says why a problem result is wrong and how to fix it. */
function reason(r: LinkResult): string {
  switch (r.status) {
    case 'missing-page':
      return `指向的页面不存在（dist/${r.target} 没有生成）`;
    case 'missing-fragment':
      return `锚点 #${r.fragment} 在 ${r.target} 中不存在：页面上没有 id="${r.fragment}" 的元素`;
    case 'outside-base':
      return '指向本站路径之外：站内链接要加上网站的基础路径（用 withBase）';
    case 'needs-trailing-slash':
      return `缺少结尾的斜杠：本站网址一律以 / 结尾，请写成 ${new URL(r.resolved!).pathname}/`;
    case 'malformed':
      return '不是合法的网址（检查百分号编码和特殊字符）';
    case 'relative-on-error-page':
      return '404 页面会出现在任何网址下，相对链接会指错地方：请写成以 / 开头的路径';
    default:
      return r.status;
  }
}

/** Formats one problem: "notice-2023/index.html 第 12 行第 5 列：<a href="/x/"> 指向的页面不存在…". */
export function formatProblem(r: LinkResult): string {
  return `${r.page} 第 ${r.line} 行第 ${r.column} 列：<${r.element} ${r.attribute}="${r.url}"> ${reason(r)}`;
}

/** Formats every problem among the results, one per line; empty when there is none. */
export function formatProblems(results: readonly LinkResult[]): string {
  return results.filter(isProblem).map(formatProblem).join('\n');
}
