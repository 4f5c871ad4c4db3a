import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkEntry } from '../../src/lib/content/check.ts';
import { checkCrossReferences, type CheckedEntry } from '../../src/lib/content/crossrefs.ts';
import { formatProblem } from '../../src/lib/content/problems.ts';
import {
  attachmentBlocks,
  attachmentCells,
  buildStatsTable,
  cityTotal,
  statsCsvRows,
  statsJson,
  sumStats,
  type ActivityCounts,
  type StatsCity,
} from '../../src/lib/stats/stats.ts';
import { findDeadline } from '../../src/lib/site/edition.ts';
import { statsProblems } from '../../src/schemas/city-stats-rules.ts';
import { citySchema, type CityStats } from '../../src/schemas/city.ts';
import { divisionWords } from '../../src/lib/site/divisions.ts';
import { siteConfig } from '../../src/site.config.ts';

/** The site's words for itself and its parts (siteConfig.divisions), which these strings use. */
const w = divisionWords(siteConfig.divisions);

// A five-activity form of the tests' own (tests/fixtures/stats/edition.json), not the real content's.
const edition = JSON.parse(readFileSync(new URL('../fixtures/stats/edition.json', import.meta.url), 'utf8'));
const form = edition.statsForm.activities as { id: string; name: string; group: string }[];

const row = (held: boolean, pa: number, pp: number, cc: number, ca: number, cp: number): ActivityCounts => ({
  prefecture: { held, activities: pa, participants: pp },
  county: { cities: cc, activities: ca, participants: cp },
});
/** Five activities with the same figures, except where overridden. */
const stats = (overrides: Partial<Record<string, ActivityCounts>> = {}, extra: Partial<CityStats> = {}): CityStats => ({
  reportedOn: '2023-11-14',
  countyCities: 10,
  activities: Object.fromEntries(form.map((a) => [a.id, overrides[a.id] ?? row(true, 2, 100, 3, 5, 200)])),
  sample: false,
  ...extra,
});
const city = (id: string, code: string, s?: CityStats): StatsCity => ({ id, name: `${id}市`, code, stats: s });

describe('the rules between a city’s figures', () => {
  it('accepts consistent figures', () => {
    expect(statsProblems(stats())).toEqual([]);
    expect(statsProblems(stats({ lectures: row(false, 0, 0, 0, 0, 0) }))).toEqual([]);
  });

  it('refuses counts for an activity the prefecture did not hold, and a held activity without activities', () => {
    expect(
      statsProblems(stats({ 'press-picks': row(false, 6, 2400, 3, 5, 200), lectures: row(true, 0, 0, 3, 5, 200) })),
    ).toEqual([
      {
        activity: 'press-picks',
        level: 'prefecture',
        key: 'activities',
        found: 6,
        message: '地市级层面未开展（是否开展填“否”）时，活动数应为 0',
      },
      {
        activity: 'press-picks',
        level: 'prefecture',
        key: 'participants',
        found: 2400,
        message: '地市级层面未开展（是否开展填“否”）时，参加人次应为 0',
      },
      {
        activity: 'lectures',
        level: 'prefecture',
        key: 'activities',
        found: 0,
        message: '地市级层面已开展（是否开展填“是”）时，活动数至少为 1',
      },
    ]);
  });

  it('refuses more counties than the city reports, county figures without counties, and fewer activities than counties', () => {
    expect(
      statsProblems(
        stats({
          week: row(true, 1, 1, 11, 20, 30),
          lectures: row(true, 1, 1, 0, 4, 9),
          'theme-reading': row(true, 1, 1, 5, 4, 9),
        }),
      ),
    ).toEqual([
      {
        activity: 'theme-reading',
        level: 'county',
        key: 'activities',
        found: 4,
        message: '有 5 个县级城市开展了活动，每个至少一项，县级活动数应不少于 5',
      },
      {
        activity: 'lectures',
        level: 'county',
        key: 'activities',
        found: 4,
        message: '没有县级城市开展（城市数为 0）时，县级活动数应为 0',
      },
      {
        activity: 'lectures',
        level: 'county',
        key: 'participants',
        found: 9,
        message: '没有县级城市开展（城市数为 0）时，县级参加人次应为 0',
      },
      {
        activity: 'week',
        level: 'county',
        key: 'cities',
        found: 11,
        message: '开展活动的县级城市数不能大于本市县级城市数（10）',
      },
    ]);
  });

  it('are enforced on content files with the field and line', () => {
    const text = JSON.stringify(
      {
        name: '太原市',
        code: '140100',
        countyDivisions: 10,
        editions: {
          '2023': {
            plan: { status: 'pending' },
            stats: stats({ week: row(false, 3, 0, 1, 1, 1) }, { countyCities: 11 }),
          },
        },
      },
      null,
      2,
    );
    const lineOf = (needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;
    expect(checkEntry('content/cities/taiyuan.json', text, citySchema).problems.map(formatProblem)).toEqual([
      `content/cities/taiyuan.json 第 ${lineOf('"activities": 3')} 行，字段 editions.2023.stats.activities.week.prefecture.activities：地市级层面未开展（是否开展填“否”）时，活动数应为 0（看到的值：3）`,
      `content/cities/taiyuan.json 第 ${lineOf('"countyCities": 11')} 行，字段 editions.2023.stats.countyCities：县级城市数大于本市县级行政区数（countyDivisions）：请核对统计表表头的“县级城市数”（看到的值：11）`,
    ]);
  });

  it('require every activity of the form in a reported city, and no other', () => {
    const cityEntry = (activities: Record<string, ActivityCounts>): CheckedEntry => ({
      collection: 'cities',
      id: 'taiyuan',
      file: 'content/cities/taiyuan.json',
      text: '',
      data: { editions: { '2023': { plan: { status: 'pending' }, stats: { activities } } } },
    });
    const editionEntry: CheckedEntry = {
      collection: 'editions',
      id: '2023',
      file: 'content/editions/2023.json',
      text: '',
      data: edition,
    };
    const { lectures, ...withoutLectures } = stats().activities;
    const problems = checkCrossReferences([editionEntry, cityEntry({ ...withoutLectures, lecture: lectures! })]);
    expect(problems.filter((p) => p.file === 'content/cities/taiyuan.json')).toEqual([
      {
        file: 'content/cities/taiyuan.json',
        field: 'editions.2023.stats.activities.lecture',
        found: '"lecture"',
        message:
          '2023 届的统计表里没有这一项活动。可用的有：theme-reading、press-picks、lectures、digital-reading、week',
      },
      {
        file: 'content/cities/taiyuan.json',
        field: 'editions.2023.stats.activities.lectures',
        message:
          '缺少 2023 届统计表中的“线上社会大讲堂”一项：已报送的统计表每一项活动都要填（没有开展就填 held: false 和 0）',
      },
    ]);
  });
});

describe('province totals', () => {
  const a = stats();
  const b = stats({ 'theme-reading': row(false, 0, 0, 2, 7, 1000) }, { countyCities: 5, sample: true });
  const cities = [city('b', '140300', b), city('p', '140200'), city('a', '140100', a)];

  it('add up only the reported cities and say how many they cover', () => {
    const totals = sumStats(form, cities);
    expect(totals).toMatchObject({ reported: 2, of: 3, sample: true, countyCities: 15 });
    expect(totals.activities['theme-reading']).toEqual({
      prefecture: { held: 1, activities: 2, participants: 100 },
      county: { cities: 5, activities: 12, participants: 1200 },
    });
    expect(totals.activities.week).toEqual({
      prefecture: { held: 2, activities: 4, participants: 200 },
      county: { cities: 6, activities: 10, participants: 400 },
    });
  });

  it('are not sample data when no added figure is', () => {
    expect(sumStats(form, [city('a', '140100', a), city('p', '140200')]).sample).toBe(false);
  });

  it('are zero with no city reported, and cover none', () => {
    const totals = sumStats(form, [city('p', '140200')]);
    expect(totals).toMatchObject({ reported: 0, of: 1, sample: false, countyCities: 0 });
    expect(totals.activities.week!.county.participants).toBe(0);
  });

  it('stop with a Chinese message when a reported city lacks an activity', () => {
    const { week: _week, ...partial } = a.activities;
    expect(() => sumStats(form, [city('a', '140100', { ...a, activities: partial })])).toThrow(
      'a市的统计缺少“全民终身学习活动周活动”（week）一项',
    );
  });

  it('order cities by division code', () => {
    expect(buildStatsTable(form, cities).cities.map((c) => c.id)).toEqual(['a', 'p', 'b']);
  });

  it('sum a city over every activity and both levels', () => {
    expect(cityTotal(b, 'participants')).toBe(4 * 300 + 1000);
    expect(cityTotal(b, 'activities')).toBe(4 * 7 + 7);
  });
});

describe('the filled attachment', () => {
  const table = buildStatsTable(form, [
    city('a', '140100', stats({ lectures: row(false, 0, 0, 3, 5, 12345) })),
    city('p', '140200'),
  ]);

  it('shows 是/否, grouped numbers, and how many cities held an activity in the total', () => {
    const cells = attachmentCells(form, table.cities[0]!.stats!.activities);
    expect(cells.map((r) => r[2])).toEqual(['否', '0', '0', '3', '5', '12,345']);
    expect(attachmentCells(form, table.totals.activities).map((r) => r[0])).toEqual([
      `1 个${w.part}`,
      '2',
      '100',
      '3',
      '5',
      '200',
    ]);
  });

  it('puts the province total first, then every city, pending ones without figures', () => {
    const blocks = attachmentBlocks(table);
    expect(blocks.map((b) => [b.title, b.cells !== undefined])).toEqual([
      [`${w.whole}合计（已报送 1 个${w.part}，共 2 个${w.part}；县级城市数 10）`, true],
      ['a市（县级城市数 10；2023年11月14日报送）', true],
      ['p市', false],
    ]);
  });

  it('becomes CSV rows in the attachment’s column order, pending cities blank, not zero', () => {
    const rows = statsCsvRows(table);
    expect(rows[0]!.slice(0, 10)).toEqual([
      '城市',
      '行政区划代码',
      '报送日期',
      '县级城市数',
      '主题阅读活动-地市级-是否开展',
      '主题阅读活动-地市级-活动数',
      '主题阅读活动-地市级-参加人次',
      '主题阅读活动-县级-城市数',
      '主题阅读活动-县级-活动数',
      '主题阅读活动-县级-参加人次',
    ]);
    expect(rows[0]!.at(-1)).toBe('备注');
    expect(rows[0]).toHaveLength(4 + 5 * 6 + 1);
    expect(rows[1]!.slice(0, 11)).toEqual([
      'a市',
      '140100',
      '2023-11-14',
      '10',
      '是',
      '2',
      '100',
      '3',
      '5',
      '200',
      '是',
    ]);
    expect(rows[2]).toEqual(['p市', '140200', '待报送', ...Array(32).fill('')]);
  });

  it('becomes JSON with pending cities marked and the computed totals', () => {
    const json = statsJson(table, {
      schema: 'https://x/stats/2023.schema.json',
      edition: '2023',
      title: 't',
      deadline: '2023-11-15',
      notice: { title: 'n' },
      cityUrl: (id) => `https://x/${id}/`,
    });
    expect(json.cities[1]).toEqual({ id: 'p', name: 'p市', code: '140200', url: 'https://x/p/', status: 'pending' });
    expect(json.cities[0]).toMatchObject({
      status: 'reported',
      reportedOn: '2023-11-14',
      countyCities: 10,
      sample: false,
    });
    expect(json.totals).toBe(table.totals);
  });
});

describe('deadlines', () => {
  it('are found by the words of the notice, and missing ones stop the build', () => {
    expect(findDeadline(edition.deadlines, edition.statsForm.title).date).toBe('2031-11-15');
    expect(findDeadline(edition.deadlines, '方案').date).toBe('2031-08-31');
    expect(() => findDeadline(edition.deadlines, '不存在')).toThrow('没有提到“不存在”的报送截止日期');
  });
});
