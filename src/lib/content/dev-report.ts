/** Renders content problems as the page `npm run dev` shows instead of the site while content is broken. */
import { formatProblem, type Problem } from './problems.ts';

const escape = (text: string) => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** Returns a complete HTML page listing every problem; it reloads itself through Vite's client once the files are fixed. */
export function devReportPage(problems: readonly Problem[]): string {
  const items = problems.map((p) => `<li>${escape(formatProblem(p))}</li>`).join('\n');
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>内容有 ${problems.length} 处错误</title>
<script type="module" src="/@vite/client"></script>
<style>
body { font: 1.125rem/1.75 'Noto Sans CJK SC', 'Microsoft YaHei', sans-serif; max-width: 50rem; margin: 2rem auto; padding: 0 1rem; color: #1f1f1f; background: #fffdf9; }
h1 { color: #8c1c13; font-size: 1.6rem; }
li { margin-bottom: 0.75rem; word-break: break-word; }
</style>
</head>
<body>
<main>
<h1>内容有 ${problems.length} 处错误，预览暂停</h1>
<p>请按下面的提示修改文件并保存，本页会自动刷新。终端里也列出了同样的内容；也可以运行 <code>npm run validate</code>。</p>
<ol>
${items}
</ol>
</main>
</body>
</html>
`;
}
