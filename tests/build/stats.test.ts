import { readFileSync, readdirSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { distDir, page } from '../../scripts/lib/dist-files.ts';
import { siteConfig } from '../../src/site.config.ts';

/** The content as editors wrote it, read without the site's code, so totals are checked against an independent sum. */
const contentDir = new URL('../../content/cities/', import.meta.url).pathname;
// Each city's record for the edition the site presents, flattened as the pages show it.
const cities = readdirSync(contentDir)
  .map((f) => {
    const { editions, ...city } = JSON.parse(readFileSync(contentDir + f, 'utf8'));
    return { id: f.replace('.json', ''), ...city, plan: { status: 'pending' }, ...editions[siteConfig.currentEdition] };
  })
  .sort((a, b) => a.code.localeCompare(b.code));
const reported = cities.filter((c) => c.stats);
const activityIds = ['theme-reading', 'press-picks', 'lectures', 'digital-reading', 'week'];
const activityNames = [
  '主题阅读活动',
  '“社长（总编）荐书”活动',
  '线上社会大讲堂',
  '数字阅读分享活动',
  '全民终身学习活动周活动',
];
const sum = (f: (c: (typeof reported)[number]) => number) => reported.reduce((n, c) => n + f(c), 0);
const cellsOf = (table: ReturnType<typeof page>) =>
  table.querySelectorAll('tbody tr').map((tr) => tr.querySelectorAll('td').map((td) => td.text.trim()));

describe('the seed statistics', () => {
  it('are a few cities, all marked as sample data, and no plan is presented as submitted', () => {
    expect(reported.length).toBeGreaterThanOrEqual(3);
    expect(reported.length).toBeLessThanOrEqual(4);
    for (const c of reported) expect(c.stats.sample, c.id).toBe(true);
    for (const c of cities) expect(c.plan.status, c.id).toBe('pending');
  });
});

describe('/stats/2023.csv', () => {
  const bytes = readFileSync(`${distDir}stats/2023.csv`);
  const rows: string[][] = parse(bytes, { bom: true });

  it('is UTF-8 with a byte order mark and CRLF line ends, so Excel opens it in Chinese', () => {
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toContain('太原市');
    expect(bytes.toString('utf8').split('\r\n')).toHaveLength(cities.length + 2);
  });

  it('has exactly the attachment’s columns, in its order', () => {
    const measures = [
      '地市级-是否开展',
      '地市级-活动数',
      '地市级-参加人次',
      '县级-城市数',
      '县级-活动数',
      '县级-参加人次',
    ];
    expect(rows[0]).toEqual([
      '城市',
      '行政区划代码',
      '报送日期',
      '县级城市数',
      ...activityNames.flatMap((a) => measures.map((m) => `${a}-${m}`)),
      '备注',
    ]);
    expect(rows[0]![4]).toBe('主题阅读活动-地市级-是否开展');
    expect(rows[0]![33]).toBe('全民终身学习活动周活动-县级-参加人次');
  });

  it('has a row per city in division-code order: figures for the reported, 待报送 and blanks for the rest', () => {
    expect(rows.slice(1).map((r) => r[0])).toEqual(cities.map((c) => c.name));
    for (const [i, c] of cities.entries()) {
      const row = rows[i + 1]!;
      expect(row).toHaveLength(35);
      if (!c.stats) {
        expect(row.slice(2)).toEqual(['待报送', ...Array(32).fill('')]);
        continue;
      }
      expect(row.slice(1, 4)).toEqual([c.code, c.stats.reportedOn, String(c.stats.countyCities)]);
      const week = c.stats.activities.week;
      expect(row.slice(28, 34)).toEqual([
        week.prefecture.held ? '是' : '否',
        ...[
          week.prefecture.activities,
          week.prefecture.participants,
          week.county.cities,
          week.county.activities,
          week.county.participants,
        ].map(String),
      ]);
      expect(row[34]).toBe('示例数据');
    }
  });
});

describe('/stats/2023.json', () => {
  const json = JSON.parse(readFileSync(`${distDir}stats/2023.json`, 'utf8'));
  it('carries every city, pending ones without figures, and totals equal to the sum of the reported cities', () => {
    expect(json.cities.map((c: { id: string; status: string }) => [c.id, c.status])).toEqual(
      cities.map((c) => [c.id, c.stats ? 'reported' : 'pending']),
    );
    expect(json.cities.find((c: { status: string }) => c.status === 'pending')).not.toHaveProperty('activities');
    expect(json.deadline).toBe('2023-11-15');
    expect(json.totals).toMatchObject({
      reported: reported.length,
      of: 11,
      sample: true,
      countyCities: sum((c) => c.stats.countyCities),
    });
    for (const id of activityIds) {
      expect(json.totals.activities[id]).toEqual({
        prefecture: {
          held: sum((c) => (c.stats.activities[id].prefecture.held ? 1 : 0)),
          activities: sum((c) => c.stats.activities[id].prefecture.activities),
          participants: sum((c) => c.stats.activities[id].prefecture.participants),
        },
        county: {
          cities: sum((c) => c.stats.activities[id].county.cities),
          activities: sum((c) => c.stats.activities[id].county.activities),
          participants: sum((c) => c.stats.activities[id].county.participants),
        },
      });
    }
    expect(json.cities[0].url).toBe('https://xuexizhou.example.org/cities/taiyuan/');
  });
});

describe('/stats/2023-form.csv', () => {
  it('is the blank form committed for editors', () => {
    expect(readFileSync(`${distDir}stats/2023-form.csv`, 'utf8')).toBe(
      readFileSync(new URL('../../docs/stats-form-2023.csv', import.meta.url), 'utf8'),
    );
  });
});

describe('the /stats/ page', () => {
  const doc = page('stats/index.html');
  const main = doc.querySelector('main')!;
  const tables = main.querySelectorAll('table.stats-table');

  it('draws the total and every reported city as the attachment, and 待报送 for the others', () => {
    const headings = main.querySelectorAll('h3').map((h) => h.text);
    expect(headings).toHaveLength(1 + cities.length);
    expect(headings[0]).toBe(
      `全省合计（已报送 ${reported.length} 个市，共 11 个市；县级城市数 ${sum((c) => c.stats.countyCities)}）示例数据`,
    );
    expect(tables).toHaveLength(1 + reported.length);
    for (const c of cities.filter((x) => !x.stats)) {
      const section = main.querySelectorAll('section').find((s) => s.querySelector('h3')?.text === c.name)!;
      expect(section.querySelector('.status-pending')!.text).toBe('待报送');
      expect(section.querySelector('table')).toBeNull();
    }
  });

  it('shows province totals that are the sum of the city tables on the same page', () => {
    const [total, ...cityTables] = tables.map(cellsOf);
    const parseNumber = (s: string) => Number(s.replaceAll(',', ''));
    for (let row = 1; row < 6; row++) {
      for (let col = 0; col < 5; col++) {
        expect(parseNumber(total![row]![col]!), `row ${row} col ${col}`).toBe(
          cityTables.reduce((n, t) => n + parseNumber(t[row]![col]!), 0),
        );
      }
    }
    for (let col = 0; col < 5; col++) {
      expect(total![0]![col]).toBe(`${cityTables.filter((t) => t[0]![col] === '是').length} 个市`);
    }
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
    expect(text).toContain('2023年11月15日前');
    expect(text).toContain('县级城市数（本站的理解）');
    expect(text).toContain('推动有条件的县（市、区）积极稳妥开展相关活动');
    expect(text).toContain('未报送的市不计入，也不按 0 计算');
    expect(text).toContain('同一人参加多次活动计多次');
    const status = main
      .querySelectorAll('table')
      .find((t) => t.querySelector('caption')?.text.startsWith('各市报送情况'))!;
    expect(
      status
        .querySelectorAll('tbody tr')
        .map((tr) => [tr.querySelector('th')!.text, tr.querySelectorAll('td')[0]!.text]),
    ).toEqual(
      cities.map((c) => [
        c.name,
        c.stats ? `${c.stats.reportedOn.replace(/^(\d+)-0?(\d+)-0?(\d+)$/, '$1年$2月$3日')}示例数据` : '待报送',
      ]),
    );
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
    for (const c of reported) {
      const total = activityIds.reduce(
        (n, id) => n + c.stats.activities[id].prefecture.participants + c.stats.activities[id].county.participants,
        0,
      );
      expect(byCity).toContain(`${c.name} ${total.toLocaleString('en-US')} 人次`);
    }
    expect(charts[0]!.querySelector('figcaption')!.text).toContain('（含示例数据）');
    expect(doc.querySelectorAll('script[src]')).toHaveLength(0);
  });

  it('links the downloads', () => {
    expect(main.querySelectorAll('a[href^="/stats/2023"]').map((a) => a.getAttribute('href'))).toEqual([
      '/stats/2023.csv',
      '/stats/2023.json',
      '/stats/2023-form.csv',
    ]);
  });
});

describe('the city pages', () => {
  it('list all 11 cities in division-code order with their status', () => {
    const doc = page('cities/index.html');
    const cards = doc.querySelectorAll('main .card');
    expect(cards.map((c) => c.querySelector('h2')!.text)).toEqual(cities.map((c) => c.name));
    expect(cards.map((c) => c.querySelector('h2 a')!.getAttribute('href'))).toEqual(
      cities.map((c) => `/cities/${c.id}/`),
    );
    for (const [i, c] of cities.entries()) {
      const facts = cards[i]!.querySelectorAll('dd').map((dd) => dd.text);
      expect(facts[0]).toBe('待报送');
      expect(facts[3]).toBe(
        c.stats
          ? `已报送（${c.stats.reportedOn.replace(/^(\d+)-0?(\d+)-0?(\d+)$/, '$1年$2月$3日')}）示例数据`
          : '待报送',
      );
    }
  });

  it('show a reported city’s table and a pending city’s deadlines', () => {
    const reportedPage = page(`cities/${reported[0].id}/index.html`).querySelector('main')!;
    expect(reportedPage.querySelectorAll('table.stats-table')).toHaveLength(1);
    expect(reportedPage.querySelector('.sample-note')).not.toBeNull();
    const pending = cities.find((c) => !c.stats)!;
    const pendingPage = page(`cities/${pending.id}/index.html`).querySelector('main')!;
    expect(pendingPage.querySelector('h1')!.text).toBe(pending.name);
    expect(pendingPage.querySelector('table')).toBeNull();
    expect(pendingPage.text).toContain(
      '本市方案尚未报送。通知要求：2023年8月31日前，各市报送本市2023年全民终身学习活动周方案',
    );
    expect(pendingPage.text).toContain('本市统计表尚未报送。通知要求：2023年11月15日前');
    expect(pendingPage.querySelector('#liaison')).toBeNull();
  });

  it('are reachable from the main navigation', () => {
    const nav = page('index.html')
      .querySelectorAll('nav.site-nav a')
      .map((a) => [a.text, a.getAttribute('href')]);
    expect(nav).toContainEqual(['各市', '/cities/']);
    expect(nav).toContainEqual(['统计', '/stats/']);
  });
});
