/** Stage 4: what the editor reads — every bad cell with file, row, column and reason, or what was written. */
import { columnName, type FormProblem } from '../../../src/lib/stats/form.ts';

/** Formats a bad cell as "文件 第 8 行 C 列（主题阅读活动-地市级-活动数）：不是数字……（看到的值："约300"）". */
export function formatCellProblem(file: string, p: FormProblem): string {
  const found = p.found === undefined ? '' : `（看到的值：${p.found === '' ? '空白' : JSON.stringify(p.found)}）`;
  return `${file} 第 ${p.row} 行 ${columnName(p.column)} 列（${p.what}）：${p.message}${found}`;
}
