import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content/check.ts';
import { formatProblem } from '../../src/lib/content/problems.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
/** The fictional province (tests/fixtures/province/): a folder with a content/ of its own. */
const fixtureRoot = fileURLToPath(new URL('../fixtures/province', import.meta.url));

describe.each([
  ['the real content', root],
  ['the province fixture', fixtureRoot],
])('%s', (_, dir) => {
  it('has no problems', async () => {
    const { problems } = await checkContent(dir);
    expect(problems.map(formatProblem)).toEqual([]);
  });
});

describe('the province fixture', () => {
  it('has two editions and four cities of every prefecture-level form, all sample data', async () => {
    const { entries } = await checkContent(fixtureRoot);
    const cities = entries.filter((e) => e.collection === 'cities');
    expect(cities.map((c) => c.data.name).sort()).toEqual(['丁川自治州', '丙原地区', '乙水市', '甲山市'].sort());
    for (const city of cities) expect(city.data.sample, city.file).toBe(true);
    const editions = entries.filter((e) => e.collection === 'editions');
    expect(editions.map((e) => e.id).sort()).toEqual(['2030', '2031']);
    for (const edition of editions) {
      expect(edition.data.sample, edition.file).toBe(true);
      expect(edition.data.notice.number).toBe(`示教终〔${edition.id}〕1号`);
    }
    expect(editions.find((e) => e.id === '2031')!.data.theme).toBe('示例主题：学习让生活更美好');
  });

  it('cites no source for either address the notice prints for the provincial platform', async () => {
    const { entries } = await checkContent(fixtureRoot);
    const platform = entries.find((e) => e.collection === 'platforms' && e.id === 'shengpingtai')!;
    expect(platform.data.addresses.map((a: { url: string }) => a.url)).toEqual([
      'https://www.shili-lll.example/',
      'http://lll.shili.example/',
    ]);
    expect(platform.data.addresses.every((a: { source?: unknown }) => a.source === undefined)).toBe(true);
  });
});
