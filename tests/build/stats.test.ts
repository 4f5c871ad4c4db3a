/**
 * The statistics of every edition: the data files and pages, checked against an independent
 * reading of the content. The first part holds for any content and runs on the real site and on
 * the province fixture; the second names the fixture's cities and figures (tests/fixtures/province/).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { divisionWords } from '../../src/lib/site/divisions.ts';
import { siteConfig } from '../../src/site.config.ts';
import { realContent, realSite } from '../helpers/real-site.ts';
import { fixtureContent, province, provinceOrigin, type BuiltSite } from '../helpers/province.ts';
import {
  chineseDate,
  citiesIn,
  editionsIn,
  statsDeadline,
  type City,
  type CityStats,
} from '../helpers/site-content.ts';

/** A file the fixture's build must reproduce exactly (tests/fixtures/province/expected/). */
const expected = (name: string) =>
  readFileSync(new URL(`../fixtures/province/expected/${name}`, import.meta.url), 'utf8');
const measures = ['地市级-是否开展', '地市级-活动数', '地市级-参加人次', '县级-城市数', '县级-活动数', '县级-参加人次'];
const cellsOf = (table: ReturnType<BuiltSite['page']>) =>
  table.querySelectorAll('tbody tr').map((tr) => tr.querySelectorAll('td').map((td) => td.text.trim()));

describe.each([
  // Each site's word for its parts (siteConfig.divisions): the fixture's are 市（州）.
  ['the real site', realContent, realSite, divisionWords(siteConfig.divisions).part],
  ['the province fixture', fixtureContent, province, '市（州）'],
] as const)('every edition’s statistics on %s', (_, content, site, part) => {
  const cities = citiesIn(content);
  describe.each(editionsIn(content))('edition $id', (edition) => {
    const built = site();
    const ids = edition.statsForm.activities.map((a) => a.id);
    const statsOf = (c: City): CityStats | undefined => c.editions[edition.id]?.stats;
    const reported = cities.filter((c) => statsOf(c));
    const sum = (f: (s: CityStats) => number) => reported.reduce((n, c) => n + f(statsOf(c)!), 0);

    it(`/stats/${edition.id}.csv is UTF-8 with a BOM and CRLF, the attachment’s columns and a row per city`, () => {
      const bytes = built.bytes(`stats/${edition.id}.csv`);
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      expect(bytes.toString('utf8').split('\r\n')).toHaveLength(cities.length + 2);
      const rows: string[][] = parse(bytes, { bom: true });
      const width = 4 + ids.length * 6 + 1;
      expect(rows[0]).toEqual([
        '城市',
        '行政区划代码',
        '报送日期',
        '县级城市数',
        ...edition.statsForm.activities.flatMap((a) => measures.map((m) => `${a.name}-${m}`)),
        '备注',
      ]);
      expect(rows.slice(1).map((r) => r[0])).toEqual(cities.map((c) => c.name));
      for (const [i, c] of cities.entries()) {
        const row = rows[i + 1]!;
        expect(row, c.id).toHaveLength(width);
        const stats = statsOf(c);
        if (!stats) {
          expect(row.slice(2), c.id).toEqual(['待报送', ...Array(width - 3).fill('')]);
          continue;
        }
        expect(row.slice(1, 4)).toEqual([c.code, stats.reportedOn, String(stats.countyCities)]);
        ids.forEach((id, k) => {
          const f = stats.activities[id]!;
          expect(row.slice(4 + k * 6, 10 + k * 6), `${c.id} ${id}`).toEqual([
            f.prefecture.held ? '是' : '否',
            ...[
              f.prefecture.activities,
              f.prefecture.participants,
              f.county.cities,
              f.county.activities,
              f.county.participants,
            ].map(String),
          ]);
        });
        expect(row.at(-1)).toBe(stats.sample ? '示例数据' : '');
      }
    });

    it(`/stats/${edition.id}.json carries every city and totals equal to the sum of the reported ones`, () => {
      const json = JSON.parse(built.text(`stats/${edition.id}.json`));
      expect(json.cities.map((c: { id: string; status: string }) => [c.id, c.status])).toEqual(
        cities.map((c) => [c.id, statsOf(c) ? 'reported' : 'pending']),
      );
      for (const c of json.cities.filter((x: { status: string }) => x.status === 'pending'))
        expect(c).not.toHaveProperty('activities');
      expect(json.deadline).toBe(statsDeadline(edition));
      expect(json.totals).toMatchObject({
        reported: reported.length,
        of: cities.length,
        countyCities: sum((s) => s.countyCities),
      });
      for (const id of ids) {
        const of = (f: (x: CityStats['activities'][string]) => number) => sum((s) => f(s.activities[id]!));
        expect(json.totals.activities[id], id).toEqual({
          prefecture: {
            held: of((x) => (x.prefecture.held ? 1 : 0)),
            activities: of((x) => x.prefecture.activities),
            participants: of((x) => x.prefecture.participants),
          },
          county: {
            cities: of((x) => x.county.cities),
            activities: of((x) => x.county.activities),
            participants: of((x) => x.county.participants),
          },
        });
      }
    });

    it(`/stats/${edition.id}-form.csv and /stats/${edition.id}.schema.json are published`, () => {
      expect(built.text(`stats/${edition.id}-form.csv`)).toContain(edition.statsForm.title);
      // A province may commit the blank form for its editors (docs/stats-form-<edition>.csv): the site serves that very file.
      const committed = join(content, '../docs', `stats-form-${edition.id}.csv`);
      if (existsSync(committed))
        expect(built.text(`stats/${edition.id}-form.csv`)).toBe(readFileSync(committed, 'utf8'));
      expect(JSON.parse(built.text(`stats/${edition.id}.schema.json`))).toHaveProperty('$schema');
    });

    it(`the edition’s statistics page shows province totals that are the sum of its city tables`, () => {
      const file = built.exists(`stats/${edition.id}/index.html`)
        ? `stats/${edition.id}/index.html`
        : 'stats/index.html';
      const main = built.page(file).querySelector('main')!;
      const tables = main.querySelectorAll('table.stats-table');
      expect(tables).toHaveLength(reported.length === 0 ? 0 : 1 + reported.length);
      if (reported.length === 0) return;
      const [total, ...cityTables] = tables.map(cellsOf);
      const parseNumber = (s: string) => Number(s.replaceAll(',', ''));
      for (let row = 1; row < 6; row++) {
        for (let col = 0; col < ids.length; col++) {
          expect(parseNumber(total![row]![col]!), `row ${row} col ${col}`).toBe(
            cityTables.reduce((n, t) => n + parseNumber(t[row]![col]!), 0),
          );
        }
      }
      for (let col = 0; col < ids.length; col++) {
        expect(total![0]![col]).toBe(`${cityTables.filter((t) => t[0]![col] === '是').length} 个${part}`);
      }
    });
  });
});

describe('the province fixture’s statistics', () => {
  const site = province();
  const cities = citiesIn(fixtureContent);
  const reported2031 = cities.filter((c) => c.editions['2031']?.stats);

  it('has two reported cities in each edition, all sample data, and one city with no record at all', () => {
    expect(reported2031.map((c) => c.id)).toEqual(['jia', 'yi']);
    expect(cities.filter((c) => c.editions['2030']?.stats).map((c) => c.id)).toEqual(['jia', 'yi']);
    expect(cities.find((c) => c.id === 'ding')!.editions).toEqual({});
  });

  it('keeps each edition’s own columns: 2031 added 线上社会大讲堂, 2030 keeps two activities', () => {
    const head = (id: string) => (parse(site.bytes(`stats/${id}.csv`), { bom: true }) as string[][])[0]!;
    expect(head('2031')).toHaveLength(4 + 3 * 6 + 1);
    expect(head('2031')[10]).toBe('线上社会大讲堂-地市级-是否开展');
    expect(head('2030')).toHaveLength(4 + 2 * 6 + 1);
    expect(head('2030')).not.toContain('线上社会大讲堂-地市级-是否开展');
    expect(head('2030')[10]).toBe('全民终身学习活动周活动-地市级-是否开展');
  });

  it('writes a row per city with 待报送 for the pending ones, 2030 figures from the 2030 record', () => {
    const rows = (id: string): string[][] => parse(site.bytes(`stats/${id}.csv`), { bom: true });
    expect(rows('2031')[1]!.slice(0, 7)).toEqual(['甲山市', '990100', '2031-11-10', '6', '是', '12', '6400']);
    expect(rows('2030')[1]!.slice(0, 7)).toEqual(['甲山市', '990100', '2030-11-12', '5', '是', '10', '5000']);
    expect(rows('2031')[3]!.slice(0, 3)).toEqual(['丙原地区', '992200', '待报送']);
    expect(rows('2031')[1]!.at(-1)).toBe('示例数据');
  });

  it('/stats/2031.json links each city and names the deadline', () => {
    const json = JSON.parse(site.text('stats/2031.json'));
    expect(json.deadline).toBe('2031-11-15');
    expect(json.totals).toMatchObject({ reported: 2, of: 4, sample: true, countyCities: 10 });
    expect(json.cities[0].url).toBe(`${provinceOrigin}/cities/jia/`);
    expect(JSON.parse(site.text('stats/2030.json')).totals).toMatchObject({ reported: 2, of: 4, countyCities: 9 });
  });

  it('/stats/<edition>-form.csv is the blank form of that edition’s attachment, as committed', () => {
    expect(site.text('stats/2031-form.csv')).toBe(expected('stats-form-2031.csv'));
    expect(site.text('stats/2030-form.csv')).toBe(expected('stats-form-2030.csv'));
  });

  describe('the /stats/ page (the current edition)', () => {
    const doc = site.page('stats/index.html');
    const main = doc.querySelector('main')!;
    const tables = main.querySelectorAll('table.stats-table');

    it('draws the total and every reported city as the attachment, and 待报送 for the others', () => {
      const headings = main.querySelectorAll('h3').map((h) => h.text);
      expect(headings).toEqual([
        '全省合计（已报送 2 个市（州），共 4 个市（州）；县级城市数 10）示例数据',
        '甲山市（县级城市数 6；2031年11月10日报送）示例数据',
        '乙水市（县级城市数 4；2031年11月13日报送）示例数据',
        '丙原地区',
        '丁川自治州',
      ]);
      expect(tables).toHaveLength(3);
      for (const name of ['丙原地区', '丁川自治州']) {
        const section = main.querySelectorAll('section').find((s) => s.querySelector('h3')?.text === name)!;
        expect(section.querySelector('.status-pending')!.text).toBe('待报送');
        expect(section.querySelector('table')).toBeNull();
      }
    });

    it('heads the tables with the 2031 attachment’s activities', () => {
      expect(tables[0]!.querySelectorAll('thead th').map((th) => th.text)).toEqual([
        '活动',
        '全民阅读',
        '全民终身学习活动周活动',
        '主题阅读活动',
        '线上社会大讲堂',
      ]);
      expect(
        tables[1]!
          .querySelectorAll('tbody tr')[0]!
          .querySelectorAll('td')
          .map((td) => td.text),
      ).toEqual(['是', '是', '是']);
    });

    it('ties every figure to its level, measure and activity headers', () => {
      const table = tables[1]!;
      const ids = new Set(table.querySelectorAll('th[id]').map((th) => th.id));
      for (const td of table.querySelectorAll('td')) {
        const headers = td.getAttribute('headers')!.split(' ');
        expect(headers.length).toBeGreaterThanOrEqual(3);
        for (const id of headers) expect(ids, id).toContain(id);
      }
      const region = table.parentNode!;
      expect(region.getAttribute('tabindex')).toBe('0');
      // A labelled <section> is a region landmark without an explicit role.
      expect(region.tagName).toBe('SECTION');
      expect(doc.getElementById(region.getAttribute('aria-labelledby')!)?.tagName).toBe('H3');
    });

    it('states the 口径, the deadline and each city’s 报送日期', () => {
      const text = main.text;
      expect(text).toContain('2031年11月15日前');
      expect(text).toContain('县级城市数（本站的理解）');
      expect(text).toContain('推动有条件的县（市、区）积极稳妥开展相关活动');
      expect(text).toContain('未报送的市（州）不计入，也不按 0 计算');
      expect(text).toContain('同一人参加多次活动计多次');
      const status = main
        .querySelectorAll('table')
        .find((t) => t.querySelector('caption')?.text.startsWith('各市（州）报送情况'))!;
      expect(
        status
          .querySelectorAll('tbody tr')
          .map((tr) => [tr.querySelector('th')!.text, tr.querySelectorAll('td')[0]!.text]),
      ).toEqual([
        ['甲山市', '2031年11月10日示例数据'],
        ['乙水市', '2031年11月13日示例数据'],
        ['丙原地区', '待报送'],
        ['丁川自治州', '待报送'],
      ]);
    });

    it('draws four accessible SVG charts whose words match the table', () => {
      const charts = main.querySelectorAll('figure.bar-chart');
      expect(charts).toHaveLength(4);
      for (const figure of charts) {
        const svg = figure.querySelector('svg')!;
        expect(svg.getAttribute('role')).toBe('img');
        const [title, desc] = svg.getAttribute('aria-labelledby')!.split(' ');
        expect(figure.querySelector(`#${title}`)!.tagName).toBe('FIGCAPTION');
        expect(svg.querySelector(`#${desc}`)!.tagName).toBe('DESC');
      }
      const byCity = charts[0]!.querySelector('desc')!.text;
      // 甲山市: 6400+9100 + 2100+700 + 4200+3600; 乙水市: 3100+2300 + 0 + 1800+1200.
      expect(byCity).toContain('甲山市 26,100 人次');
      expect(byCity).toContain('乙水市 8,400 人次');
      expect(charts[0]!.querySelector('figcaption')!.text).toContain('（含示例数据）');
      expect(doc.querySelectorAll('script[src]')).toHaveLength(0);
    });

    it('links the current edition’s downloads', () => {
      expect(main.querySelectorAll('a[href^="/stats/2031"]').map((a) => a.getAttribute('href'))).toEqual([
        '/stats/2031.csv',
        '/stats/2031.json',
        '/stats/2031-form.csv',
      ]);
    });
  });

  describe('a past edition’s page /stats/2030/', () => {
    const main = site.page('stats/2030/index.html').querySelector('main')!;
    it('shows 2030’s figures under 2030’s columns, with its own deadline and downloads', () => {
      expect(main.querySelector('h1')!.text).toContain('2030');
      expect(main.querySelectorAll('h3')[0]!.text).toBe(
        '全省合计（已报送 2 个市（州），共 4 个市（州）；县级城市数 9）示例数据',
      );
      const head = main
        .querySelector('table.stats-table')!
        .querySelectorAll('thead th')
        .map((th) => th.text);
      // 2030's form: 全民阅读 holds one activity, so its group heading alone names the column.
      expect(head).toEqual(['活动', '全民阅读', '全民终身学习活动周活动']);
      expect(main.text).toContain('2030年11月15日前');
      expect(main.querySelectorAll('a[href^="/stats/2030"]').map((a) => a.getAttribute('href'))).toEqual(
        expect.arrayContaining(['/stats/2030.csv', '/stats/2030.json', '/stats/2030-form.csv']),
      );
    });
  });

  describe('the city pages', () => {
    it('list every city in division-code order with its status in the current edition', () => {
      const cards = site.page('cities/index.html').querySelectorAll('main .card');
      expect(cards.map((c) => c.querySelector('h2 a')!.getAttribute('href'))).toEqual(
        cities.map((c) => `/cities/${c.id}/`),
      );
      expect(cards.map((c) => c.querySelector('h2')!.text.replace('示例数据', ''))).toEqual(cities.map((c) => c.name));
      const facts = (i: number) => cards[i]!.querySelectorAll('dd').map((dd) => dd.text);
      expect(facts(0)[0]).toBe('已报送（2031年8月30日）');
      expect(facts(0)[3]).toBe('已报送（2031年11月10日）示例数据');
      expect(facts(1)[0]).toBe('待报送');
      expect(facts(1)[3]).toBe(`已报送（${chineseDate('2031-11-13')}）示例数据`);
      expect(facts(2)).toEqual(['待报送', '待公布', '待公布', '待报送']);
    });

    it('show a reported city’s table and a pending city’s deadlines', () => {
      const reportedPage = site.page('cities/yi/index.html').querySelector('main')!;
      expect(reportedPage.querySelectorAll('table.stats-table').length).toBeGreaterThanOrEqual(1);
      expect(reportedPage.querySelector('.sample-note')).not.toBeNull();
      const pendingPage = site.page('cities/bing/index.html').querySelector('main')!;
      expect(pendingPage.querySelector('h1')!.text).toContain('丙原地区');
      expect(pendingPage.querySelector('table')).toBeNull();
      expect(pendingPage.text).toContain(
        '本市（州）方案尚未报送。通知要求：2031年8月31日前，各市报送本市2031年全民终身学习活动周方案',
      );
      expect(pendingPage.text).toContain('本市（州）统计表尚未报送。通知要求：2031年11月15日前');
      expect(pendingPage.querySelector('#liaison')).toBeNull();
    });

    it('are reachable from the main navigation', () => {
      const nav = site
        .page('index.html')
        .querySelectorAll('nav.site-nav a')
        .map((a) => [a.text, a.getAttribute('href')]);
      expect(nav).toContainEqual(['各市（州）', '/cities/']);
      expect(nav).toContainEqual(['统计', '/stats/']);
    });
  });
});
