/**
 * The attachment as a spreadsheet a city fills in: the blank form the site offers for
 * download and the reader `npm run import:stats` uses. Both live here so they always agree.
 * The layout is the notice's: a header block (市教育局, 联系人 … 县级城市数 …), then one column
 * per activity and one row per measure. The reader finds cells by their labels, not by fixed
 * positions, so an extra blank row or a deleted title does not break it.
 */
import { t } from '../../i18n/zh-CN.ts';
import { tp } from '../../i18n/divisions.ts';
import { statsProblems } from '../../schemas/city-stats-rules.ts';
import { levelLabels, measureColumn, statsMeasures, type ActivityCounts, type FormActivity } from './stats.ts';

export interface StatsFormShape {
  title: string;
  /** Header fields as the notice lists them, e.g. ["联系人", "所在部门", "县级城市数", …]. */
  fields: readonly string[];
  activities: readonly FormActivity[];
}

/** Header fields per row, as the notice lays them out. */
const FIELDS_PER_ROW = 3;

/** Builds the blank form, row by row: what a city opens in Excel and fills in. */
export function statsFormTemplate(form: StatsFormShape): string[][] {
  const fieldRows: string[][] = [];
  for (let i = 0; i < form.fields.length; i += FIELDS_PER_ROW) {
    fieldRows.push(form.fields.slice(i, i + FIELDS_PER_ROW).flatMap((f) => [f, '']));
  }
  const groupRow = form.activities.map((a, i) => (i > 0 && form.activities[i - 1]!.group === a.group ? '' : a.group));
  const measureRows = statsMeasures.map((m, i) => [
    i > 0 && statsMeasures[i - 1]!.level === m.level ? '' : t(levelLabels[m.level]),
    t(m.label),
    ...form.activities.map(() => ''),
  ]);
  const rows = [
    [form.title],
    [t('stats.form.bureau'), ''],
    ...fieldRows,
    [t('table.activity'), '', ...groupRow],
    ['', '', ...form.activities.map((a) => a.name)],
    ...measureRows,
    [],
    [tp('stats.form.help')],
  ];
  // Every row as wide as the widest: spreadsheet programs and strict CSV readers expect a rectangle.
  const width = Math.max(...rows.map((row) => row.length));
  return rows.map((row) => [...row, ...Array<string>(width - row.length).fill('')]);
}

/** A city the reader can recognise by name. */
export interface FormCity {
  id: string;
  name: string;
  countyDivisions?: number | undefined;
}

/** A bad cell: 1-based row and 0-based column as in the spreadsheet, what the cell is, what is wrong. */
export interface FormProblem {
  row: number;
  column: number;
  what: string;
  message: string;
  found?: string;
}

export type FormResult =
  | {
      ok: true;
      city: FormCity;
      countyCities: number;
      activities: Record<string, ActivityCounts>;
      /** The header fields as filled in (联系人, 活动周平台…): shown to the editor, never written, because publishing a contact is the city's choice. */
      fields: Record<string, string>;
    }
  | { ok: false; problems: FormProblem[] };

/** Names a column the way Excel does: 0 → "A", 26 → "AA". */
export function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** Normalises a label for comparison: full-width forms, spaces and quotation marks do not matter. */
const norm = (s: string | undefined) => (s ?? '').normalize('NFKC').replace(/[\s“”"'‘’]/g, '');

export type ParsedCount = { value: number } | { blank: true } | { error: string };

/** Reads a count as people type it: full-width digits and thousands separators are fine; words, decimals and negatives are not. */
export function parseCount(text: string): ParsedCount {
  const s = text.normalize('NFKC').trim();
  if (s === '') return { blank: true };
  const digits = /^\d{1,3}(?:,\d{3})+$/.test(s) ? s.replaceAll(',', '') : s;
  if (/^\d+$/.test(digits)) {
    const value = Number(digits);
    return Number.isSafeInteger(value) ? { value } : { error: '数字太大，请核对' };
  }
  if (/^-\s*\d/.test(s)) return { error: '不能为负数' };
  if (/^\d+\.\d+$/.test(s)) return { error: '应为整数' };
  return { error: '不是数字：只填阿拉伯数字，例如 1200' };
}

/** Finds the cell to the right of a label cell: the value a header field holds. */
function valueBeside(rows: readonly string[][], label: string, before: number) {
  for (let r = 0; r < before; r++) {
    const c = rows[r]!.findIndex((cell) => norm(cell).startsWith(norm(label)));
    if (c >= 0) return { row: r, column: c + 1, text: (rows[r]![c + 1] ?? '').trim() };
  }
  return undefined;
}

/** Finds the row that names every activity, and each activity's column. */
function findActivityColumns(rows: readonly string[][], activities: readonly FormActivity[]) {
  let best = { row: -1, found: new Map<string, number>() };
  rows.forEach((cells, r) => {
    const found = new Map<string, number>();
    for (const a of activities) {
      const c = cells.findIndex((cell) => norm(cell) === norm(a.name));
      if (c >= 0) found.set(a.id, c);
    }
    if (found.size > best.found.size) best = { row: r, found };
  });
  return best;
}

/** Reads a filled form into one city's figures, or lists every bad cell. */
export function readStatsForm(
  rows: readonly string[][],
  form: StatsFormShape,
  cities: readonly FormCity[],
): FormResult {
  const { activities } = form;
  const problems: FormProblem[] = [];
  const problem = (row: number, column: number, what: string, message: string, found?: string) =>
    problems.push({ row: row + 1, column, what, message, ...(found === undefined ? {} : { found }) });

  const header = findActivityColumns(rows, activities);
  if (header.found.size < activities.length) {
    const missing = activities.filter((a) => !header.found.has(a.id)).map((a) => `“${a.name}”`);
    problem(
      Math.max(header.row, 0),
      0,
      t('table.activity'),
      `表头找不到活动 ${missing.join('、')}：请使用本站提供的空白统计表，不要改动表头`,
    );
    return { ok: false, problems };
  }

  const bureau = valueBeside(rows, t('stats.form.bureau'), header.row);
  let city: FormCity | undefined;
  if (!bureau) {
    problem(0, 0, t('stats.form.bureau'), `找不到“${t('stats.form.bureau')}”一格：请使用本站提供的空白统计表`);
  } else {
    const name = norm(bureau.text)
      .replace(/\(盖章\)$/, '')
      .replace(/教育局$/, '');
    city = cities.find((c) => norm(c.name) === name || norm(c.name) === `${name}市`);
    if (!city) {
      const message =
        name === ''
          ? `请填写城市名称：应为 ${cities.map((c) => c.name).join('、')} 之一`
          : `找不到这个城市：应为 ${cities.map((c) => c.name).join('、')} 之一`;
      problem(bureau.row, bureau.column, t('stats.form.bureau'), message, bureau.text);
    }
  }

  const countyCell = valueBeside(rows, t('stats.countyCities'), header.row);
  let countyCities: number | undefined;
  if (!countyCell) {
    problem(0, 0, t('stats.countyCities'), `找不到“${t('stats.countyCities')}”一格：请使用本站提供的空白统计表`);
  } else {
    const parsed = parseCount(countyCell.text);
    if ('value' in parsed) countyCities = parsed.value;
    const at = (message: string) =>
      problem(countyCell.row, countyCell.column, t('stats.countyCities'), message, countyCell.text);
    if ('blank' in parsed) at('请填写本市县级城市数（本市所辖县、县级市和市辖区的个数）');
    else if ('error' in parsed) at(parsed.error);
    else if (city?.countyDivisions !== undefined && parsed.value > city.countyDivisions) {
      at(`县级城市数不能大于${city.name}的县级行政区数（${city.countyDivisions}）`);
    }
  }

  // Each measure's row: the level label (carried down over blank cells) and the measure label sit left of the first activity column.
  const first = Math.min(...header.found.values());
  const measureRows: number[] = [];
  let level = '';
  let r = header.row + 1;
  for (const m of statsMeasures) {
    for (; r < rows.length; r++) {
      const cells = rows[r]!;
      if (norm(cells[first - 2]) !== '') level = norm(cells[first - 2]);
      if (level === norm(t(levelLabels[m.level])) && norm(cells[first - 1]) === norm(t(m.label))) break;
    }
    if (r === rows.length) {
      problem(
        header.row + 1,
        Math.max(first - 1, 0),
        t(m.label),
        `找不到“${t(levelLabels[m.level])} / ${t(m.label)}”这一行：请使用本站提供的空白统计表`,
      );
      return { ok: false, problems };
    }
    measureRows.push(r++);
  }

  const figures: Record<string, ActivityCounts> = {};
  for (const a of activities) {
    const column = header.found.get(a.id)!;
    const text = (i: number) => (rows[measureRows[i]!]![column] ?? '').trim();
    const at = (i: number, message: string) =>
      problem(measureRows[i]!, column, measureColumn(a, statsMeasures[i]!), message, text(i));
    const heldText = norm(text(0));
    const held = heldText === t('stats.yes') ? true : heldText === t('stats.no') ? false : undefined;
    if (held === undefined) at(0, heldText === '' ? '请填“是”或“否”' : '只能填“是”或“否”');
    const counts = statsMeasures.map((m, i) => {
      if (i === 0) return 0;
      const parsed = parseCount(text(i));
      if ('value' in parsed) return parsed.value;
      // A prefecture that did not hold the activity may leave its counts blank; anywhere else blank is ambiguous.
      if ('blank' in parsed && m.level === 'prefecture' && held === false) return 0;
      at(i, 'blank' in parsed ? '请填数字，没有就填 0' : parsed.error);
      return undefined;
    });
    if (held === undefined || counts.includes(undefined)) continue;
    const [, activitiesP, participantsP, citiesC, activitiesC, participantsC] = counts as number[];
    figures[a.id] = {
      prefecture: { held, activities: activitiesP!, participants: participantsP! },
      county: { cities: citiesC!, activities: activitiesC!, participants: participantsC! },
    };
  }

  if (countyCities !== undefined) {
    for (const p of statsProblems({ countyCities, activities: figures })) {
      const i = statsMeasures.findIndex((m) => m.level === p.level && m.key === p.key);
      const a = activities.find((x) => x.id === p.activity)!;
      problem(
        measureRows[i]!,
        header.found.get(p.activity)!,
        measureColumn(a, statsMeasures[i]!),
        p.message,
        (rows[measureRows[i]!]![header.found.get(p.activity)!] ?? '').trim(),
      );
    }
  }

  if (problems.length > 0 || !city || countyCities === undefined) return { ok: false, problems };
  const fields = Object.fromEntries(form.fields.map((f) => [f, valueBeside(rows, f, header.row)?.text ?? '']));
  return { ok: true, city, countyCities, activities: figures, fields };
}
