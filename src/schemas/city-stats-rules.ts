/**
 * The rules that tie one city's statistics together (counts for an activity not held, more
 * counties than the city has, …). Shared by the city schema and `npm run import:stats`; it sits
 * beside the schemas and takes a structural input so that neither depends on the other.
 */

export type StatsLevel = 'prefecture' | 'county';

/** The figures the rules read, as the city schema and the stats form both hold them. */
export interface FiguresToCheck {
  countyCities: number;
  activities: Record<
    string,
    {
      prefecture: { held: boolean; activities: number; participants: number };
      county: { cities: number; activities: number; participants: number };
    }
  >;
}

/** A contradiction inside one city's figures, located by activity and row. */
export interface StatsRuleProblem {
  activity: string;
  level: StatsLevel;
  key: 'held' | 'activities' | 'participants' | 'cities';
  message: string;
  found: number;
}

/** Lists the contradictions in one city's figures: counts for an activity not held, more counties than the city reports, and so on. */
export function statsProblems(stats: FiguresToCheck): StatsRuleProblem[] {
  const problems: StatsRuleProblem[] = [];
  for (const [activity, { prefecture: p, county: c }] of Object.entries(stats.activities)) {
    const add = (level: StatsLevel, key: StatsRuleProblem['key'], found: number, message: string) =>
      problems.push({ activity, level, key, found, message });
    if (!p.held) {
      if (p.activities !== 0) add('prefecture', 'activities', p.activities, '地市级层面未开展（是否开展填“否”）时，活动数应为 0');
      if (p.participants !== 0) add('prefecture', 'participants', p.participants, '地市级层面未开展（是否开展填“否”）时，参加人次应为 0');
    } else if (p.activities === 0) {
      add('prefecture', 'activities', 0, '地市级层面已开展（是否开展填“是”）时，活动数至少为 1');
    }
    if (c.cities > stats.countyCities) {
      add('county', 'cities', c.cities, `开展活动的县级城市数不能大于本市县级城市数（${stats.countyCities}）`);
    }
    if (c.cities === 0) {
      if (c.activities !== 0) add('county', 'activities', c.activities, '没有县级城市开展（城市数为 0）时，县级活动数应为 0');
      if (c.participants !== 0) add('county', 'participants', c.participants, '没有县级城市开展（城市数为 0）时，县级参加人次应为 0');
    } else if (c.activities < c.cities) {
      add('county', 'activities', c.activities, `有 ${c.cities} 个县级城市开展了活动，每个至少一项，县级活动数应不少于 ${c.cities}`);
    }
  }
  return problems;
}
