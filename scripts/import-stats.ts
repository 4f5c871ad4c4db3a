/**
 * Imports filled statistics forms (the notice's attachment, as CSV) into the cities' content files:
 *   npm run import:stats -- 某某市.csv [另一市.csv …] [--date 2030-11-14] [--edition 2030]
 * --date is the day the form was received (报送日期); it defaults to today in Beijing.
 * --edition names the edition the figures are for; it defaults to currentEdition in src/site.config.ts.
 * Every file is checked first; if any cell is bad, every problem is listed and nothing is written.
 * The form's layout is the blank form at /stats/<year>-form.csv (see docs/import-stats.md).
 * Exit codes: 0 written, 1 bad cells (nothing written), 2 usage error or unreadable file.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'csv-parse/sync';
import { t } from '../src/i18n/zh-CN.ts';
import { toBeijingIso } from '../src/lib/shared/datetime.ts';
import { readStatsForm } from '../src/lib/stats/form.ts';
import { loadContext } from './lib/import-stats/context.ts';
import { decodeCsv } from './lib/import-stats/decode.ts';
import { formatCellProblem } from './lib/import-stats/report.ts';
import { withStats } from './lib/import-stats/write.ts';
import { siteConfig } from '../src/site.config.ts';

const usage = '用法：npm run import:stats -- 文件.csv [更多文件.csv] [--date 2030-11-14] [--edition 2030]';

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

const { values, positionals: files } = (() => {
  try {
    return parseArgs({
      allowPositionals: true,
      options: { date: { type: 'string' }, root: { type: 'string' }, edition: { type: 'string' } },
    });
  } catch (error) {
    return fail(`${(error as Error).message}\n${usage}`);
  }
})();
if (files.length === 0) fail(`没有给出要导入的文件。\n${usage}`);
const reportedOn = values.date ?? toBeijingIso(Date.now()).slice(0, 10);
if (!/^\d{4}-\d{2}-\d{2}$/.test(reportedOn) || Number.isNaN(Date.parse(reportedOn)))
  fail(`--date 应为 年-月-日，例如 2030-11-14（看到的值：${reportedOn}）`);
// --root points the import at another copy of the project (the tests use a temporary one).
const root = values.root ?? new URL('..', import.meta.url).pathname;
const context = await loadContext(root, values.edition ?? siteConfig.currentEdition).catch((error: Error) =>
  fail(error.message),
);

// Stages 1–2: read and check every file before writing anything.
const problems: string[] = [];
const imports: {
  file: string;
  city: (typeof context.cities)[number];
  result: Extract<ReturnType<typeof readStatsForm>, { ok: true }>;
}[] = [];
for (const file of files) {
  if (/\.xlsx?$/i.test(file))
    fail(`${file}：暂不支持 Excel 文件。请在 Excel 中“另存为” → “CSV UTF-8（逗号分隔）”，再导入 .csv 文件。`);
  const bytes = await readFile(file).catch((error: Error) => fail(`读不到文件 ${file}：${error.message}`));
  const rows: string[][] = parse(decodeCsv(bytes).text, { relax_column_count: true, skip_empty_lines: false });
  const result = readStatsForm(rows, context.form, context.cities);
  if (!result.ok) {
    problems.push(...result.problems.map((p) => formatCellProblem(file, p)));
    continue;
  }
  const earlier = imports.find((i) => i.city.id === result.city.id);
  if (earlier) problems.push(`${file}：与 ${earlier.file} 是同一个市（${result.city.name}）的统计表，一次只能导入一份`);
  else imports.push({ file, city: context.cities.find((c) => c.id === result.city.id)!, result });
}
if (problems.length > 0) {
  console.error(`统计表有 ${problems.length} 处问题，没有写入任何文件。请改正后重新导入：`);
  problems.forEach((p, i) => console.error(`${i + 1}. ${p}`));
  process.exit(1);
}

// Stage 3: write, only now that every file is good.
const outputs = await Promise.all(
  imports.map(async ({ city, result }) => ({
    city,
    text: withStats(await readFile(city.file, 'utf8'), context.edition, {
      reportedOn,
      countyCities: result.countyCities,
      activities: result.activities,
    }),
  })),
);
for (const { city, text } of outputs) await writeFile(city.file, text);

// Stage 4: tell the editor what happened and what the import deliberately left alone.
for (const { file, city, result } of imports) {
  console.log(`已导入 ${file} → ${relative(root, city.file)}（${city.name}，报送日期 ${reportedOn}）`);
  const filled = Object.entries(result.fields).filter(([k, v]) => v !== '' && k !== t('stats.countyCities'));
  if (filled.length > 0) {
    console.log(
      `  表头信息没有写入网站（是否公布联络员、活动网站由本市决定，需要时请手动填写 liaison、site）：${filled.map(([k, v]) => `${k}：${v}`).join('；')}`,
    );
  }
}
