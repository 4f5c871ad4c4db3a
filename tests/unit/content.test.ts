import { fileURLToPath } from 'node:url';
import type { City } from '../../src/schemas/city.ts';
import { cityInEdition } from '../../src/lib/stats/city-edition.ts';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content/check.ts';
import { formatProblem } from '../../src/lib/content/problems.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));

describe('the real content', () => {
  it('has no problems', async () => {
    const { problems } = await checkContent(root);
    expect(problems.map(formatProblem)).toEqual([]);
  });

  it('seeds the 2023 edition, the notice and all 11 cities of Shanxi without invented data', async () => {
    const { entries } = await checkContent(root);
    const cities = entries.filter((e) => e.collection === 'cities');
    expect(cities.map((c) => c.data.name).sort()).toEqual(
      [
        '临汾市',
        '吕梁市',
        '大同市',
        '太原市',
        '忻州市',
        '晋中市',
        '晋城市',
        '朔州市',
        '运城市',
        '长治市',
        '阳泉市',
      ].sort(),
    );
    expect(cities.reduce((sum, c) => sum + c.data.countyDivisions, 0)).toBe(117);
    for (const city of cities) expect(cityInEdition(city.data as City, '2023').plan.status, city.file).toBe('pending');
    const edition = entries.find((e) => e.collection === 'editions' && e.id === '2023')!;
    expect(edition.data.theme).toBe('让学习成为一种生活方式');
    expect(edition.data.notice.number).toBe('晋教职成〔2023〕12号');
  });

  it('cites no source for either address the notice prints for the provincial platform', async () => {
    const { entries } = await checkContent(root);
    const platforms = entries.filter((e) => e.collection === 'platforms');
    expect(platforms.length).toBeGreaterThanOrEqual(9);
    const sx = platforms.find((p) => p.id === 'sxlll')!;
    expect(sx.data.addresses.map((a: { url: string }) => a.url)).toEqual([
      'https://www.sx111.cn/',
      'http://www.sxlll.cn/',
    ]);
    expect(sx.data.addresses.every((a: { source?: unknown }) => a.source === undefined)).toBe(true);
  });
});
