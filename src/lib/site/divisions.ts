/**
 * How a province names itself and its parts in running text (siteConfig.divisions): 全省 / 全区 /
 * 全市, 省级 / 自治区级 / 市级, and its parts' word, 市 / 盟市 / 区, from which 各市, 本市 and
 * 市级 are made. Pure: the config is passed in.
 */
export interface Divisions {
  whole: string;
  provincial: string;
  part: string;
}

export type DivisionWord = 'whole' | 'provincial' | 'part' | 'parts' | 'local';

/** The words UI strings may use as placeholders: {whole} {provincial} {part} {parts} {local}. */
export function divisionWords(d: Divisions): Record<DivisionWord, string> {
  return { whole: d.whole, provincial: d.provincial, part: d.part, parts: `各${d.part}`, local: `${d.part}级` };
}

/** The honour levels of cases and stars, highest first: 全国, then the province's own level, then its parts'. */
export const honourLevelsOf = (d: Divisions): readonly string[] => ['全国', d.provincial, divisionWords(d).local];
