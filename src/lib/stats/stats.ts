/**
 * The notice's attachment (统计表) as data: the province totals (always computed here, never typed by an editor), and the shapes the
 * table, the charts, the CSV and the JSON download are drawn from. Pure: no Astro, no files.
 */
import { t, type MessageKey } from '../../i18n/zh-CN.ts';
import { tp } from '../../i18n/divisions.ts';
import { formatChineseDate } from '../shared/datetime.ts';
import type { StatsDocument } from '../../schemas/api/stats.ts';
import type { CityStats } from '../../schemas/city.ts';
import type { StatsLevel } from '../../schemas/city-stats-rules.ts';

/** One activity column of the form, as listed in the edition's statsForm. */
export interface FormActivity {
  id: string;
  name: string;
  group: string;
}

export type ActivityCounts = CityStats['activities'][string];

/** The six rows of the attachment, in the notice's order; `key` names the field in ActivityCounts, `label` the row's words. */
export const statsMeasures = [
  { level: 'prefecture', key: 'held', label: 'table.prefecture.held' },
  { level: 'prefecture', key: 'activities', label: 'table.prefecture.activities' },
  { level: 'prefecture', key: 'participants', label: 'table.prefecture.participants' },
  { level: 'county', key: 'cities', label: 'table.county.cities' },
  { level: 'county', key: 'activities', label: 'table.county.activities' },
  { level: 'county', key: 'participants', label: 'table.county.participants' },
] as const satisfies readonly { level: StatsLevel; key: string; label: MessageKey }[];

/** The words of a level's row group, as the attachment prints them. */
export const levelLabels = { prefecture: 'table.prefecture', county: 'table.county' } as const satisfies Record<
  StatsLevel,
  MessageKey
>;

export type StatsMeasure = (typeof statsMeasures)[number];

/** A city as the statistics need it. */
export interface StatsCity {
  id: string;
  name: string;
  code: string;
  stats?: CityStats | undefined;
}

/** Province totals of one activity; `held` counts the cities that answered 是. */
export interface ActivityTotals {
  prefecture: { held: number; activities: number; participants: number };
  county: { cities: number; activities: number; participants: number };
}

export interface StatsTotals {
  /** Cities whose figures the totals add up. */
  reported: number;
  /** All cities of the province. */
  of: number;
  /** True when any added figure is sample data, so the totals are sample data too. */
  sample: boolean;
  countyCities: number;
  activities: Record<string, ActivityTotals>;
}

export interface StatsTable {
  activities: FormActivity[];
  /** Every city in the order of its division code; cities without `stats` have not reported. */
  cities: StatsCity[];
  totals: StatsTotals;
}

const emptyTotals = (): ActivityTotals => ({
  prefecture: { held: 0, activities: 0, participants: 0 },
  county: { cities: 0, activities: 0, participants: 0 },
});

/** Adds up the reported cities' figures, activity by activity; cities that have not reported count as absent, not as zero. */
export function sumStats(activities: readonly FormActivity[], cities: readonly StatsCity[]): StatsTotals {
  const reported = cities.filter((c) => c.stats);
  const totals: StatsTotals = {
    reported: reported.length,
    of: cities.length,
    sample: reported.some((c) => c.stats!.sample),
    countyCities: 0,
    activities: Object.fromEntries(activities.map((a) => [a.id, emptyTotals()])),
  };
  for (const city of reported) {
    const stats = city.stats!;
    totals.countyCities += stats.countyCities;
    for (const a of activities) {
      const row = stats.activities[a.id];
      if (!row)
        throw new Error(
          `${city.name}的统计缺少“${a.name}”（${a.id}）一项：请在 content/cities/${city.id}.json 的 stats.activities 中补上`,
        );
      const sum = totals.activities[a.id]!;
      sum.prefecture.held += row.prefecture.held ? 1 : 0;
      sum.prefecture.activities += row.prefecture.activities;
      sum.prefecture.participants += row.prefecture.participants;
      sum.county.cities += row.county.cities;
      sum.county.activities += row.county.activities;
      sum.county.participants += row.county.participants;
    }
  }
  return totals;
}

/** Orders the cities by division code and computes the province totals. */
export function buildStatsTable(activities: readonly FormActivity[], cities: readonly StatsCity[]): StatsTable {
  const sorted = [...cities].sort((a, b) => a.code.localeCompare(b.code));
  return { activities: [...activities], cities: sorted, totals: sumStats(activities, sorted) };
}

/** Sums one activity's count over both levels: what a chart of activities or participants shows. */
export function bothLevels(row: ActivityCounts | ActivityTotals, key: 'activities' | 'participants'): number {
  return row.prefecture[key] + row.county[key];
}

/** Sums a city's activities or participants over every activity and both levels. */
export function cityTotal(stats: CityStats, key: 'activities' | 'participants'): number {
  return Object.values(stats.activities).reduce((sum, row) => sum + bothLevels(row, key), 0);
}

const numberFormat = new Intl.NumberFormat('zh-CN');

/** Formats a count for readers: 12345 → "12,345". */
export function formatCount(n: number): string {
  return numberFormat.format(n);
}

/** Formats one cell of the attachment for display; a total of 是否开展 says how many cities held it. */
function cell(row: ActivityCounts | ActivityTotals, m: StatsMeasure): string {
  if (m.key === 'held') {
    const held = row.prefecture.held;
    return typeof held === 'boolean' ? t(held ? 'stats.yes' : 'stats.no') : `${held} ${tp('stats.heldCities')}`;
  }
  return formatCount(measureValue(row, m));
}

/** Reads one numeric measure of a city's or the province's row. */
function measureValue(row: ActivityCounts | ActivityTotals, m: Exclude<StatsMeasure, { key: 'held' }>): number {
  return m.level === 'prefecture' ? row.prefecture[m.key] : row.county[m.key];
}

/** Lays out figures as the attachment prints them: one row per measure, one column per activity. */
export function attachmentCells(
  activities: readonly FormActivity[],
  rows: Record<string, ActivityCounts | ActivityTotals>,
): string[][] {
  return statsMeasures.map((m) => activities.map((a) => cell(rows[a.id]!, m)));
}

/** Names a measure's column for one activity in the CSV files, e.g. "主题阅读活动-地市级-活动数". */
export function measureColumn(activity: Pick<FormActivity, 'name'>, m: StatsMeasure): string {
  return `${activity.name}-${t(m.level === 'prefecture' ? 'stats.csv.prefecture' : 'stats.csv.county')}-${t(m.key === 'held' ? 'stats.csv.held' : m.label)}`;
}

/** Builds the CSV download's rows: a header in the attachment's column order, then one row per city; pending cities have blank figures, never zeros. */
export function statsCsvRows(table: StatsTable): string[][] {
  const header = [
    t('stats.csv.city'),
    t('stats.csv.code'),
    t('stats.reportedOn'),
    t('stats.countyCities'),
    ...table.activities.flatMap((a) => statsMeasures.map((m) => measureColumn(a, m))),
    t('stats.csv.note'),
  ];
  const rows = table.cities.map((city) => {
    const s = city.stats;
    if (!s)
      return [
        city.name,
        city.code,
        t('stats.pending'),
        '',
        ...table.activities.flatMap(() => statsMeasures.map(() => '')),
        '',
      ];
    const figures = table.activities.flatMap((a) =>
      statsMeasures.map((m) => {
        const row = s.activities[a.id]!;
        return m.key === 'held' ? t(row.prefecture.held ? 'stats.yes' : 'stats.no') : String(measureValue(row, m));
      }),
    );
    return [city.name, city.code, s.reportedOn, String(s.countyCities), ...figures, s.sample ? t('sample.badge') : ''];
  });
  return [header, ...rows];
}

/** Facts about the form that the JSON download carries alongside the figures. */
export interface StatsJsonMeta {
  /** Absolute URL of the JSON Schema the document keeps to. */
  schema: string;
  edition: string;
  title: string;
  deadline: string;
  notice: { title: string; number?: string | undefined };
  /** Absolute URL of a city's page. */
  cityUrl: (id: string) => string;
}

/** Builds the JSON download: the form, each city (pending ones with `status: "pending"` and no figures) and the computed totals. */
export function statsJson(table: StatsTable, meta: StatsJsonMeta): StatsDocument {
  return {
    $schema: meta.schema,
    edition: meta.edition,
    title: meta.title,
    deadline: meta.deadline,
    notice: meta.notice,
    activities: table.activities,
    cities: table.cities.map((c) => ({
      id: c.id,
      name: c.name,
      code: c.code,
      url: meta.cityUrl(c.id),
      ...(c.stats
        ? {
            status: 'reported' as const,
            reportedOn: c.stats.reportedOn,
            sample: c.stats.sample,
            countyCities: c.stats.countyCities,
            activities: Object.fromEntries(table.activities.map((a) => [a.id, c.stats!.activities[a.id]!])),
          }
        : { status: 'pending' as const }),
    })),
    totals: table.totals,
  };
}

/** One filled attachment: a city's or the province total's; `cells` absent means 待报送. */
export interface AttachmentBlock {
  key: string;
  /** "某某市（县级城市数 10；2023年11月10日报送）", or for the total how many cities it covers. */
  title: string;
  sample: boolean;
  cells?: string[][];
}

/** Describes how many cities the totals cover: "已报送 3 个市，共 11 个市". */
export function coverage(totals: StatsTotals): string {
  return `${t('stats.reportedCities')} ${totals.reported} ${tp('cities.count')}，${t('stats.ofCities')} ${totals.of} ${tp('cities.count')}`;
}

/** Turns one city into its filled attachment. */
export function cityBlock(activities: readonly FormActivity[], city: StatsCity): AttachmentBlock {
  const s = city.stats;
  return {
    key: city.id,
    title: s
      ? `${city.name}（${t('stats.countyCities')} ${s.countyCities}；${formatChineseDate(s.reportedOn)}${t('city.submittedOn')}）`
      : city.name,
    sample: s?.sample ?? false,
    ...(s ? { cells: attachmentCells(activities, s.activities) } : {}),
  };
}

/** Turns the table into filled attachments: the province total first, then every city (pending ones without figures). */
export function attachmentBlocks(table: StatsTable): AttachmentBlock[] {
  const { totals } = table;
  const total: AttachmentBlock = {
    key: 'total',
    title: `${tp('stats.total')}（${coverage(totals)}；${t('stats.countyCities')} ${totals.countyCities}）`,
    sample: totals.sample,
    ...(totals.reported > 0 ? { cells: attachmentCells(table.activities, totals.activities) } : {}),
  };
  return [total, ...table.cities.map((c) => cityBlock(table.activities, c))];
}
