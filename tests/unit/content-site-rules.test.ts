/** The rules the pages rely on, enforced by the one content check (build and npm run validate). */
import { describe, expect, it } from 'vitest';
import type { CheckedEntry } from '../../src/lib/content/crossrefs.ts';
import { checkSiteRules, siteSettingsOf } from '../../src/lib/content/site-rules.ts';
import { divisionWords, honourLevelsOf } from '../../src/lib/site/divisions.ts';

const entry = (collection: string, id: string, data: Record<string, unknown>, text = ''): CheckedEntry => {
  const ext = ['pages', 'news', 'cases', 'stars', 'booklists'].includes(collection) ? 'mdx' : 'json';
  return { collection, id, file: `content/${collection}/${id}.${ext}`, text, data };
};

const edition = (deadlines: string[]) =>
  entry('editions', '2030', {
    lines: [{ id: 'reading' }, { id: 'week' }],
    statsForm: { title: '示例统计表' },
    deadlines: deadlines.map((what) => ({ date: '2030-08-31', what })),
  });
const complete = edition(['各市报送活动周方案', '各市报送《示例统计表》和活动周工作总结']);
const reading = (id: string, data: Record<string, unknown> = {}) =>
  entry('reading', id, { edition: id, line: 'reading', ...data });
const knownOf = (entries: CheckedEntry[]) => {
  const known = new Map<string, Set<string>>();
  for (const e of entries) known.set(e.collection, (known.get(e.collection) ?? new Set()).add(e.id));
  return known;
};
const province = { whole: '全省', provincial: '省级', part: '市' };
const run = (entries: CheckedEntry[], currentEdition?: string, divisions = province) =>
  checkSiteRules(entries, knownOf(entries), currentEdition ? siteSettingsOf({ currentEdition, divisions }) : undefined);

describe('the current edition', () => {
  it('passes a complete edition with its reading overview', () => {
    expect(run([complete, reading('2030')], '2030')).toEqual([]);
  });

  it('must have its edition file, named in src/site.config.ts', () => {
    expect(run([complete, reading('2030')], '2031')).toEqual([
      {
        file: 'src/site.config.ts',
        field: 'currentEdition',
        found: '"2031"',
        message: 'content/editions/ 中没有 2031.json：首页展示的那一届必须有届次文件。现有的有：2030',
      },
    ]);
  });

  it('must have content/reading/<edition>.json', () => {
    expect(run([complete], '2030')).toEqual([
      {
        file: 'content/reading/2030.json',
        message:
          '缺少这个文件：/reading/ 页面和每本图书页面的“到哪里借阅、阅读”一栏从这里读取本届（2030）的全民阅读活动。可以用 npm run new -- reading 2030 新建',
      },
    ]);
  });
});

describe('honour levels', () => {
  const story = (level: string) => entry('cases', 'a', { honour: { level, title: '示例' } });
  const region = { whole: '全区', provincial: '自治区级', part: '盟市' };

  it("are the province's own: 全国, its level and its parts' level", () => {
    expect(honourLevelsOf(province)).toEqual(['全国', '省级', '市级']);
    expect(honourLevelsOf(region)).toEqual(['全国', '自治区级', '盟市级']);
    expect(divisionWords(region)).toEqual({
      whole: '全区',
      provincial: '自治区级',
      part: '盟市',
      parts: '各盟市',
      local: '盟市级',
    });
  });

  it("refuse a level of another kind of province, naming the ones this site's config allows", () => {
    const complete2030 = [complete, reading('2030')];
    expect(run([...complete2030, story('省级')], '2030')).toEqual([]);
    expect(run([...complete2030, story('自治区级')], '2030', region)).toEqual([]);
    expect(run([...complete2030, story('省级')], '2030', region)).toEqual([
      {
        file: 'content/cases/a.mdx',
        field: 'honour.level',
        found: '"省级"',
        message: '荣誉级别应为 "全国"、"自治区级"、"盟市级" 之一（级别的说法见 src/site.config.ts 的 divisions）',
      },
    ]);
  });
});

describe('reading overviews', () => {
  it('name their edition by their file name', () => {
    expect(run([complete, reading('2030', { edition: '2029' })]).map((p) => p.field)).toEqual(['edition']);
  });

  it('take their dates from a line of their edition', () => {
    expect(run([complete, reading('2030', { line: 'yuedu' })])).toEqual([
      {
        file: 'content/reading/2030.json',
        field: 'line',
        found: '"yuedu"',
        message:
          '届次文件 content/editions/2030.json 的 lines 中没有 id 为 "yuedu" 的一项（活动时间从那里读取）。现有的有：reading、week',
      },
    ]);
  });
});

describe('reporting deadlines', () => {
  it('name the plan, the statistics form by its title and the work summary, in every edition', () => {
    expect(run([edition(['各市报送活动周方案'])]).map((p) => p.message)).toEqual([
      '本届活动的 deadlines 中没有提到“示例统计表”的报送截止日期：各市页面和统计页面据此显示截止日期，请在 what 里用这个说法写上这一项',
      '本届活动的 deadlines 中没有提到“工作总结”的报送截止日期：各市页面和统计页面据此显示截止日期，请在 what 里用这个说法写上这一项',
    ]);
  });
});

describe('reading guides', () => {
  const guidePage = (id: string, body: string, kind = 'guide') =>
    entry('pages', id, { kind }, `---\ntitle: 导读\ndescription: 说明\nkind: ${kind}\n---\n\n${body}\n`);

  it('list at least one book, found by the guide field of the books', () => {
    const page = guidePage('daodu-a', '导读正文。\n\n<GuidedBooks guide="daodu-a" />');
    expect(run([page, entry('books', 'a', { guide: 'daodu-a' })])).toEqual([]);
    expect(run([page])).toEqual([
      {
        file: 'content/pages/daodu-a.mdx',
        line: 9,
        found: '<GuidedBooks guide="daodu-a">',
        message:
          '导读 content/pages/daodu-a.mdx 没有对应的图书：请在 content/books/ 中相应图书的 guide 字段写 "daodu-a"',
      },
    ]);
  });

  it('are the only pages a book links as its guide', () => {
    const about = guidePage('about', '说明。', 'about');
    expect(run([about, entry('books', 'a', { guide: 'about' })]).map((p) => [p.file, p.field])).toEqual([
      ['content/books/a.json', 'guide'],
    ]);
  });
});
