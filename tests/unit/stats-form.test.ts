import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { BOM, toCsv } from '../../src/lib/shared/csv.ts';
import { columnName, parseCount, readStatsForm, statsFormTemplate, type FormCity } from '../../src/lib/stats/form.ts';
import { divisionWords } from '../../src/lib/site/divisions.ts';
import { siteConfig } from '../../src/site.config.ts';

// A five-activity form of the tests' own (tests/fixtures/stats/edition.json), not the real content's.
const edition = JSON.parse(readFileSync(new URL('../fixtures/stats/edition.json', import.meta.url), 'utf8'));
const form = edition.statsForm;
const cities: FormCity[] = [
  { id: 'taiyuan', name: '太原市', countyDivisions: 10 },
  { id: 'yangquan', name: '阳泉市', countyDivisions: 5 },
];

/** The blank form with the city, 县级城市数 and the six rows of figures filled in, as a city would. */
function filled(city: string, county: string, figures: string[][]): string[][] {
  const rows = statsFormTemplate(form).map((r) => [...r]);
  rows[1]![1] = city;
  rows[2]![5] = county;
  figures.forEach((values, i) => values.forEach((v, j) => (rows[6 + i]![2 + j] = v)));
  return rows;
}
const good = [
  ['是', '是', '否', '是', '是'],
  ['24', '6', '', '9', '12'],
  ['18,600', '2400', '0', '１５３００', '9800'],
  ['10', '7', '8', '6', '10'],
  ['86', '21', '40', '18', '55'],
  ['32400', '5300', '12800', '4700', '21000'],
];

describe('CSV output', () => {
  it('quotes only where needed, ends rows with CRLF, starts with a BOM, and parses back', () => {
    const rows = [
      ['城市', 'a,b', '他说"好"'],
      ['多\n行', ' 空格', ''],
    ];
    const text = toCsv(rows);
    expect(text).toBe(`${BOM}城市,"a,b","他说""好"""\r\n"多\n行"," 空格",\r\n`);
    expect(parse(text, { bom: true })).toEqual(rows);
  });
});

/** The site's words for itself and its parts (siteConfig.divisions), which these strings use. */
const w = divisionWords(siteConfig.divisions);

describe('the blank form', () => {
  it('is the committed layout, byte for byte (tests/fixtures/stats/form.csv, laid out like docs/stats-form-*.csv)', () => {
    // The committed file is written for a province whose parts are 市; the help row names the site's own.
    expect(toCsv(statsFormTemplate(form))).toBe(
      readFileSync(new URL('../fixtures/stats/form.csv', import.meta.url), 'utf8').replaceAll('本市', `本${w.part}`),
    );
  });

  it('lays out the notice’s attachment', () => {
    const rows = statsFormTemplate(form);
    expect(rows.slice(0, 12)).toEqual([
      ['示例省2031年全民终身学习活动开展情况统计表', '', '', '', '', '', ''],
      ['市教育局（盖章）', '', '', '', '', '', ''],
      ['联系人', '', '所在部门', '', '县级城市数', '', ''],
      ['办公电话', '', '手机号码', '', '活动周平台名称及网址', '', ''],
      ['活动', '', '全民阅读', '', '', '', '全民终身学习活动周活动'],
      [
        '',
        '',
        '主题阅读活动',
        '“社长（总编）荐书”活动',
        '线上社会大讲堂',
        '数字阅读分享活动',
        '全民终身学习活动周活动',
      ],
      ['地市级及以上城市开展情况', '地市级层面是否开展', '', '', '', '', ''],
      ['', '活动数', '', '', '', '', ''],
      ['', '参加人次', '', '', '', '', ''],
      ['县级城市开展情况', '城市数', '', '', '', '', ''],
      ['', '活动数', '', '', '', '', ''],
      ['', '参加人次', '', '', '', '', ''],
    ]);
  });
});

describe('reading a filled form', () => {
  it('reads the city, 县级城市数 and every figure, leniently', () => {
    const result = readStatsForm(filled('太原市教育局（盖章）', '１０', good), form, cities);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.city.id).toBe('taiyuan');
    expect(result.countyCities).toBe(10);
    expect(result.activities['theme-reading']).toEqual({
      prefecture: { held: true, activities: 24, participants: 18600 },
      county: { cities: 10, activities: 86, participants: 32400 },
    });
    expect(result.activities.lectures!.prefecture).toEqual({ held: false, activities: 0, participants: 0 });
    expect(result.activities['digital-reading']!.prefecture.participants).toBe(15300);
    expect(result.fields['县级城市数']).toBe('１０');
  });

  it('recognises a city written short, with extra blank rows and without the title', () => {
    const rows = filled(
      '阳泉',
      '5',
      good.map((r, i) => (i === 3 ? ['5', '5', '4', '5', '5'] : r)),
    );
    rows.splice(0, 1);
    rows.splice(4, 0, ['']);
    const result = readStatsForm(rows, form, cities);
    expect(result.ok && result.city.id).toBe('yangquan');
  });

  it('lists every bad cell with row, column and reason', () => {
    const bad = filled('太原市', '10', [
      ['是', '否', '对', '', '是'],
      ['约30', '6', '1', '9', '12'],
      ['18600', '', '-5', '15300', '9800'],
      ['10', '7', '8', '6', '11'],
      ['86', '21', '3.5', '18', ''],
      ['32400', '5300', '12800', '4700', '21000'],
    ]);
    const result = readStatsForm(bad, form, cities);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => `${p.row}${columnName(p.column)} ${p.what}：${p.message}（${p.found}）`)).toEqual(
      [
        '8C 主题阅读活动-地市级-活动数：不是数字：只填阿拉伯数字，例如 1200（约30）',
        '7E 线上社会大讲堂-地市级-是否开展：只能填“是”或“否”（对）',
        '9E 线上社会大讲堂-地市级-参加人次：不能为负数（-5）',
        '11E 线上社会大讲堂-县级-活动数：应为整数（3.5）',
        '7F 数字阅读分享活动-地市级-是否开展：请填“是”或“否”（）',
        '11G 全民终身学习活动周活动-县级-活动数：请填数字，没有就填 0（）',
        '8D “社长（总编）荐书”活动-地市级-活动数：地市级层面未开展（是否开展填“否”）时，活动数应为 0（6）',
      ],
    );
  });

  it('refuses an unknown city and a 县级城市数 larger than the city’s divisions', () => {
    const unknown = readStatsForm(filled('太愿市', '10', good), form, cities);
    expect(!unknown.ok && unknown.problems).toEqual([
      {
        row: 2,
        column: 1,
        what: '市教育局（盖章）',
        message: '找不到这个城市：应为 太原市、阳泉市 之一',
        found: '太愿市',
      },
    ]);
    const tooMany = readStatsForm(
      filled(
        '阳泉市',
        '6',
        good.map((r, i) => (i === 3 ? ['6', '6', '6', '6', '6'] : r)),
      ),
      form,
      cities,
    );
    expect(!tooMany.ok && tooMany.problems).toEqual([
      { row: 3, column: 5, what: '县级城市数', message: '县级城市数不能大于阳泉市的县级行政区数（5）', found: '6' },
    ]);
    const blank = readStatsForm(filled('', '', good), form, cities);
    expect(!blank.ok && blank.problems.map((p) => p.message)).toEqual([
      '请填写城市名称：应为 太原市、阳泉市 之一',
      '请填写本市县级城市数（本市所辖县、县级市和市辖区的个数）',
    ]);
  });

  it('refuses a form whose headings were changed', () => {
    const renamed = filled('太原市', '10', good);
    renamed[5]![4] = '社会大讲堂';
    expect(readStatsForm(renamed, form, cities)).toEqual({
      ok: false,
      problems: [
        {
          row: 6,
          column: 0,
          what: '活动',
          message: '表头找不到活动 “线上社会大讲堂”：请使用本站提供的空白统计表，不要改动表头',
        },
      ],
    });
    const noRow = filled('太原市', '10', good).filter((r) => r[1] !== '城市数');
    const result = readStatsForm(noRow, form, cities);
    expect(!result.ok && result.problems[0]!.message).toBe(
      '找不到“县级城市开展情况 / 城市数”这一行：请使用本站提供的空白统计表',
    );
  });
});

describe('cell helpers', () => {
  it('read counts as people type them', () => {
    expect(parseCount(' 1200 ')).toEqual({ value: 1200 });
    expect(parseCount('1,200')).toEqual({ value: 1200 });
    expect(parseCount('１２００')).toEqual({ value: 1200 });
    expect(parseCount('')).toEqual({ blank: true });
    expect(parseCount('1,20')).toEqual({ error: '不是数字：只填阿拉伯数字，例如 1200' });
    expect(parseCount('－3')).toEqual({ error: '不能为负数' });
    expect(parseCount('2.0')).toEqual({ error: '应为整数' });
    expect(parseCount('99999999999999999')).toEqual({ error: '数字太大，请核对' });
  });
  it('name columns as Excel does', () => {
    expect([0, 1, 25, 26, 27, 701, 702].map(columnName)).toEqual(['A', 'B', 'Z', 'AA', 'AB', 'ZZ', 'AAA']);
  });
});
