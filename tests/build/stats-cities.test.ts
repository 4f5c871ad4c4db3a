/**
 * How a city that reported everything is shown, and what another city's page leaves out: the
 * fixture's 甲山市 (tests/fixtures/province/content/cities/jia.json) has a submitted plan with a
 * document, an activity week, a cited site, a liaison, a work summary, figures in both editions,
 * lectures and a case; 丁川自治州 has no record in any edition.
 */
import { describe, expect, it } from 'vitest';
import { province } from '../helpers/province.ts';

const site = province();
const built = (path: string) => site.page(`${path}/index.html`).querySelector('main')!;

describe('a city that has reported everything', () => {
  it('shows its plan, activity week, site, liaison, lectures, cases and work summary', () => {
    const main = built('cities/jia');
    const text = main.text;
    expect(main.querySelector('h1')!.text).toBe('甲山市示例数据');
    expect(main.querySelectorAll('.facts dd').map((dd) => dd.text)).toEqual([
      '已报送（2031年8月30日）',
      '2031年10月13日—10月19日',
      '甲山市终身学习网（示例）↗（外部网站）',
      '已报送（2031年11月10日）示例数据',
    ]);
    expect(text).toContain('示例方案摘要：全市开展读书、讲座和展示活动。');
    expect(text).toContain('示例工作总结：活动周期间全市开展活动若干场。');
    expect(main.querySelector('#liaison + ul')!.text).toContain('甲山市教育局终身教育科');
    expect(main.querySelector('a[href="tel:010-00000002"]')).not.toBeNull();
    expect(main.querySelectorAll('#lectures + ul a').map((a) => a.getAttribute('href'))).toEqual([
      '/lectures/jia-yuedu/',
      '/lectures/jia-dushuhui/',
    ]);
    expect(main.querySelectorAll('#cases + ul a').map((a) => a.getAttribute('href'))).toEqual([
      '/cases/jia-dushujiao/',
    ]);
  });

  it('links an address with a cited source and shows one without as text', () => {
    const main = built('cities/jia');
    const site = main.querySelector('a[href="https://www.example.org/"]')!;
    expect(site.getAttribute('rel')).toBe('noopener noreferrer');
    expect(main.querySelector('a[href^="https://plans.example.org"]')).toBeNull();
    expect(main.querySelector('.unverified-url')!.text).toBe('plans.example.org/jia-2031.pdf网址待核实');
  });

  it('keeps its past edition on the page: the 2030 figures under the 2030 columns', () => {
    const main = built('cities/jia');
    const tables = main.querySelectorAll('table.stats-table');
    expect(tables).toHaveLength(2);
    const heads = tables.map((t) => t.querySelectorAll('thead th').map((th) => th.text));
    expect(heads[0]).toContain('线上社会大讲堂');
    expect(heads[1]).not.toContain('线上社会大讲堂');
    expect(main.text).toContain('2031年11月10日报送');
    expect(main.text).toContain('2030年11月12日报送');
  });

  it('appears as submitted in the list, and the other cities’ pages list none of its lectures or cases', () => {
    const card = built('cities').querySelectorAll('.card')[0]!;
    expect(card.querySelector('dd')!.text).toBe('已报送（2031年8月30日）');
    for (const other of ['yi', 'bing', 'ding']) {
      const links = built(`cities/${other}`)
        .querySelectorAll('a')
        .map((a) => a.getAttribute('href'));
      expect(links, other).not.toContain('/lectures/jia-yuedu/');
      expect(links, other).not.toContain('/cases/jia-dushujiao/');
    }
  });
});

describe('a city with no record in any edition', () => {
  it('is listed as pending, with no figures, liaison or invented zeros', () => {
    const main = built('cities/ding');
    expect(main.querySelector('h1')!.text).toContain('丁川自治州');
    expect(main.querySelector('table')).toBeNull();
    expect(main.querySelector('#liaison')).toBeNull();
    expect(main.text).toContain('本市（州）统计表尚未报送');
    expect(main.text).not.toMatch(/参加人次\s*0/);
  });
});
