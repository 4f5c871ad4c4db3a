/**
 * The real content has no submitted plan, liaison, work summary, lecture or case yet, so this
 * builds a copy of the site with one fully filled (sample) city to check how those are shown.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyProject } from '../../scripts/lib/project-copy.ts';

const copy = copyProject();
afterAll(() => copy.remove());
const write = (path: string, text: string) => {
  mkdirSync(dirname(join(copy.dir, path)), { recursive: true });
  writeFileSync(join(copy.dir, path), text);
};
const built = (path: string): HTMLElement =>
  parse(readFileSync(join(copy.dir, 'dist', path, 'index.html'), 'utf8')).querySelector('main')!;

beforeAll(() => {
  const taiyuan = JSON.parse(readFileSync(join(copy.dir, 'content/cities/taiyuan.json'), 'utf8'));
  write(
    'content/cities/taiyuan.json',
    JSON.stringify({
      ...taiyuan,
      editions: {
        ...taiyuan.editions,
        '2023': {
          plan: {
            status: 'submitted',
            submittedOn: '2023-08-30',
            weekStart: '2023-10-16',
            weekEnd: '2023-10-22',
            summary: '示例方案摘要：全市开展读书、讲座和展示活动。',
            document: { title: '示例实施方案', url: 'https://plans.example.org/taiyuan.pdf' },
          },
          site: {
            name: '示例活动网站',
            url: 'https://www.example.org/',
            source: { url: 'https://news.example.org/1.html', date: '2023-09-01', quote: '活动网站 www.example.org' },
          },
          liaison: { organisation: '示例教育局', department: '终身教育科', phone: '0351-0000000' },
          workSummary: { submittedOn: '2023-11-14', summary: '示例工作总结。' },
          stats: taiyuan.editions['2023']?.stats,
        },
      },
      sample: true,
    }),
  );
  const lecture = JSON.parse(readFileSync(new URL('../fixtures/good/lecture.json', import.meta.url), 'utf8'));
  write('content/lectures/taiyuan-talk.json', JSON.stringify({ ...lecture, city: 'taiyuan', edition: '2023' }));
  write(
    'content/cases/taiyuan-case.mdx',
    '---\ntitle: 示例品牌项目\nsummary: 摘要。\ncity: taiyuan\nedition: "2023"\nyear: 2023\nhonour:\n  level: 省级\n  title: 示例荣誉\n  source:\n    title: 示例名单\npublished: 2023-10-20\nshortCode: 2023-901\norganisation: 示例单位\ncategory: 社区教育\nsample: true\n---\n\n正文。\n',
  );
  const run = copy.build();
  expect(run.status, run.output).toBe(0);
});

describe('a city that has reported everything', () => {
  it('shows its plan, activity week, site, liaison, lectures, cases and work summary', () => {
    const main = built('cities/taiyuan');
    const text = main.text;
    expect(main.querySelector('h1')!.text).toBe('太原市示例数据');
    expect(main.querySelectorAll('.facts dd').map((dd) => dd.text)).toEqual([
      '已报送（2023年8月30日）',
      '2023年10月16日—10月22日',
      '示例活动网站↗（外部网站）',
      '已报送（2023年11月10日）示例数据',
    ]);
    expect(text).toContain('示例方案摘要：全市开展读书、讲座和展示活动。');
    expect(text).toContain('示例工作总结。');
    expect(main.querySelector('#liaison + ul')!.text).toContain('示例教育局终身教育科');
    expect(main.querySelector('a[href="tel:0351-0000000"]')).not.toBeNull();
    expect(main.querySelector('#lectures + ul a')!.getAttribute('href')).toBe('/lectures/taiyuan-talk/');
    expect(main.querySelector('#cases + ul a')!.getAttribute('href')).toBe('/cases/taiyuan-case/');
  });

  it('links an address with a cited source and shows one without as text', () => {
    const main = built('cities/taiyuan');
    const site = main.querySelector('a[href="https://www.example.org/"]')!;
    expect(site.getAttribute('rel')).toBe('noopener noreferrer');
    expect(main.querySelector('a[href^="https://plans.example.org"]')).toBeNull();
    expect(main.querySelector('.unverified-url')!.text).toBe('plans.example.org/taiyuan.pdf网址待核实');
  });

  it('appears as submitted in the list, and the other cities’ pages list none of its lectures or cases', () => {
    const card = built('cities').querySelectorAll('.card')[0]!;
    expect(card.querySelector('dd')!.text).toBe('已报送（2023年8月30日）');
    const links = built('cities/datong')
      .querySelectorAll('main a')
      .map((a) => a.getAttribute('href'));
    expect(links).not.toContain('/lectures/taiyuan-talk/');
    expect(links).not.toContain('/cases/taiyuan-case/');
  });
});
