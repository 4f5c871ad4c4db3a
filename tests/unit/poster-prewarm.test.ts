import { describe, expect, it } from 'vitest';
import { posterInputs } from '../../src/integrations/poster-prewarm.ts';
import type { CheckedEntry } from '../../src/lib/content/crossrefs.ts';
import { posterInput } from '../../src/lib/stories/poster-input.ts';
import { siteConfig } from '../../src/site.config.ts';

const entry = (collection: string, id: string, data: Record<string, unknown>): CheckedEntry => ({
  collection,
  id,
  file: `content/${collection}/${id}`,
  text: '',
  data: data as CheckedEntry['data'],
});
const story = { year: 2031, honour: { level: '示例级', title: '示例荣誉' }, sample: true, edition: 'e31' };
const entries = [
  entry('editions', 'e31', { theme: '示例主题' }),
  entry('cities', 'jia', { name: '甲市' }),
  entry('cases', 'reading-club', {
    ...story,
    title: '社区读书会',
    city: 'jia',
    county: '乙区',
    category: '社区教育',
    shortCode: 'rc1',
  }),
  entry('stars', 'zhang', { ...story, title: '自学成才', city: 'nofile', name: '示例·张某' }),
  entry('stars', 'orphan', { ...story, edition: 'missing', title: '无届次', city: 'jia', name: '示例·王某' }),
  entry('news', 'n1', { ...story, title: '动态', city: 'jia' }),
];

describe('the posters drawn ahead of the pages', () => {
  it('are the inputs the poster endpoints compute, for every case and star', () => {
    const inputs = posterInputs(entries);
    expect(inputs).toHaveLength(2);
    expect(inputs[0]).toEqual(
      posterInput(
        { collection: 'cases', id: 'reading-club', data: entries[2]!.data as never },
        { theme: '示例主题', place: '甲市乙区' },
      ),
    );
    expect(inputs[0]).toMatchObject({
      siteName: siteConfig.siteName,
      title: '社区读书会',
      place: '甲市乙区 · 社区教育',
      honour: '2031年 · 示例级 · 示例荣誉',
      theme: '示例主题',
      sample: true,
    });
    expect(inputs[0]!.url).toMatch(/rc1\/$/);
  });

  it('name a city without a file by its id, and leave out an entry whose edition is missing', () => {
    const [, star] = posterInputs(entries);
    expect(star!.place).toBe('示例·张某 · nofile');
    expect(posterInputs(entries).map((i) => i.title)).not.toContain('无届次');
  });
});
