/** Checks references between collections and uniqueness rules that span files. */
import type { Problem } from './problems.ts';

/**
 * An entry's data after its schema accepted it. The rules below span collections and each reads
 * its own collection's fields, so the type stays open here rather than a union of every schema.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type EntryData = Record<string, any>;

export interface CheckedEntry {
  collection: string;
  id: string;
  file: string;
  /** The file's text, to point messages at a line. */
  text: string;
  data: EntryData;
}

type Ref = { field: string; target: string; value: string | undefined };

/** Lists the references an entry makes, by collection. */
function refsOf(entry: CheckedEntry): Ref[] {
  const d = entry.data;
  switch (entry.collection) {
    case 'editions':
      return [
        { field: 'notice.page', target: 'pages', value: d.notice?.page },
        { field: 'opening.city', target: 'cities', value: d.opening?.city },
      ];
    case 'books':
      return [{ field: 'guide', target: 'pages', value: d.guide }];
    case 'cities':
      return Object.keys(d.editions ?? {}).map((id) => ({ field: `editions.${id}`, target: 'editions', value: id }));
    case 'booklists':
      return [
        { field: 'edition', target: 'editions', value: d.edition },
        ...(d.books ?? []).map((b: { book: string }, i: number) => ({ field: `books.${i}.book`, target: 'books', value: b.book })),
      ];
    case 'reading':
      return [
        { field: 'edition', target: 'editions', value: d.edition },
        ...(d.activities ?? []).flatMap((a: { platforms: string[] }, i: number) =>
          a.platforms.map((p, j) => ({ field: `activities.${i}.platforms.${j}`, target: 'platforms', value: p })),
        ),
        ...(d.whereToRead?.platforms ?? []).map((p: string, j: number) => ({ field: `whereToRead.platforms.${j}`, target: 'platforms', value: p })),
      ];
    case 'lectures':
      return [
        { field: 'edition', target: 'editions', value: d.edition },
        { field: 'city', target: 'cities', value: d.city },
        { field: 'platform', target: 'platforms', value: d.platform },
        { field: 'replayPlatform', target: 'platforms', value: d.replayPlatform },
        ...(d.books ?? []).map((b: string, i: number) => ({ field: `books.${i}`, target: 'books', value: b })),
      ];
    case 'cases':
    case 'stars':
    case 'news':
      return [
        { field: 'edition', target: 'editions', value: d.edition },
        { field: 'city', target: 'cities', value: d.city },
      ];
    default:
      return [];
  }
}

const labels: Record<string, string> = {
  pages: '页面',
  cities: '城市',
  books: '图书',
  platforms: '学习平台',
  editions: '活动届次',
};

/**
 * Returns a problem for each reference to an id that does not exist, and for duplicated unique values.
 * `known` lists the ids that exist by collection, including files whose data failed their schema
 * (those are not in `entries`); by default the ids of `entries`.
 */
export function checkCrossReferences(entries: readonly CheckedEntry[], known?: ReadonlyMap<string, ReadonlySet<string>>): Omit<Problem, 'line'>[] {
  const ids = known ?? idsOf(entries);
  const problems: Omit<Problem, 'line'>[] = [];
  for (const entry of entries) {
    for (const ref of refsOf(entry)) {
      if (ref.value === undefined || ids.get(ref.target)?.has(ref.value)) continue;
      const known = [...(ids.get(ref.target) ?? [])].sort();
      problems.push({
        file: entry.file,
        field: ref.field,
        found: JSON.stringify(ref.value),
        message: `找不到这个${labels[ref.target]}：content/${ref.target}/ 中没有名为 ${ref.value} 的文件。现有的有：${known.join('、') || '（无）'}`,
      });
    }
  }
  problems.push(...checkStatsActivities(entries));
  problems.push(...checkReadingNames(entries, ids.get('editions') ?? new Set()));
  problems.push(...duplicates(entries, 'books', 'isbn', 'ISBN'));
  problems.push(...duplicates(entries, 'cases', 'shortCode', '短码'));
  return problems;
}

function idsOf(entries: readonly CheckedEntry[]): Map<string, Set<string>> {
  const ids = new Map<string, Set<string>>();
  for (const e of entries) ids.set(e.collection, (ids.get(e.collection) ?? new Set()).add(e.id));
  return ids;
}

/** Every city's figures for an edition fill exactly that edition's form: the columns may change from year to year. */
function checkStatsActivities(entries: readonly CheckedEntry[]): Omit<Problem, 'line'>[] {
  const forms = new Map<string, { id: string; name: string }[]>(
    entries.filter((e) => e.collection === 'editions').map((e) => [e.id, e.data.statsForm?.activities ?? []]),
  );
  return entries
    .filter((e) => e.collection === 'cities')
    .flatMap((e) =>
      Object.entries(e.data.editions ?? {}).flatMap(([edition, record]) => {
        const stats = (record as EntryData).stats;
        const form = forms.get(edition);
        // An unknown edition is reported once, as a reference; its figures cannot be checked against a form.
        if (!stats || !form) return [];
        const known = new Set(form.map((a) => a.id));
        return [
          ...Object.keys(stats.activities)
            .filter((id) => !known.has(id))
            .map((id) => ({
              file: e.file,
              field: `editions.${edition}.stats.activities.${id}`,
              found: JSON.stringify(id),
              message: `${edition} 届的统计表里没有这一项活动。可用的有：${[...known].join('、')}`,
            })),
          // Totals add every city's every activity: a missing one would silently count as zero.
          ...form
            .filter((a) => !(a.id in stats.activities))
            .map((a) => ({
              file: e.file,
              field: `editions.${edition}.stats.activities.${a.id}`,
              message: `缺少 ${edition} 届统计表中的“${a.name}”一项：已报送的统计表每一项活动都要填（没有开展就填 held: false 和 0）`,
            })),
        ];
      }),
    );
}

/** A reading file is named after its edition, and says so: the page and the edition are found by that name. */
function checkReadingNames(entries: readonly CheckedEntry[], editions: ReadonlySet<string>): Omit<Problem, 'line'>[] {
  // An edition that does not exist is already reported as a reference; one message per mistake.
  return entries
    .filter((e) => e.collection === 'reading' && editions.has(e.data.edition) && e.data.edition !== e.id)
    .map((e) => ({
      file: e.file,
      field: 'edition',
      found: JSON.stringify(e.data.edition),
      message: `文件名是 ${e.id}.json，edition 却写的是 ${e.data.edition}：全民阅读文件要以届次命名，两者要一致`,
    }));
}

function duplicates(entries: readonly CheckedEntry[], collection: string, key: string, label: string): Omit<Problem, 'line'>[] {
  const seen = new Map<string, string>();
  const problems: Omit<Problem, 'line'>[] = [];
  for (const entry of entries.filter((e) => e.collection === collection)) {
    const value = entry.data[key];
    if (value === undefined) continue;
    const first = seen.get(value);
    if (first) {
      problems.push({ file: entry.file, field: key, found: JSON.stringify(value), message: `${label}与 ${first} 重复：同一${label}只能出现一次` });
    } else {
      seen.set(value, entry.file);
    }
  }
  return problems;
}
