import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content/check.ts';
import { formatProblem } from '../../src/lib/content/problems.ts';
import { beijingDay } from '../../src/lib/shared/datetime.ts';

/** The fictional province (tests/fixtures/province/): a folder with a content/ of its own. */
const root = fileURLToPath(new URL('../fixtures/province', import.meta.url));
const { entries } = await checkContent(root);
const lectures = entries.filter((e) => e.collection === 'lectures');

describe('the province fixture’s programme', () => {
  it('is a clearly sample programme over two editions, with every mode and several cities', () => {
    expect(lectures.length).toBeGreaterThanOrEqual(6);
    for (const l of lectures) {
      expect(l.data.sample, l.file).toBe(true);
      expect(l.data.start.slice(0, 4), l.file).toBe(l.data.edition);
    }
    expect(new Set(lectures.map((l) => l.data.edition))).toEqual(new Set(['2030', '2031']));
    expect(new Set(lectures.map((l) => beijingDay(l.data.start))).size).toBeGreaterThanOrEqual(4);
    expect(new Set(lectures.map((l) => l.data.mode))).toEqual(new Set(['online', 'offline', 'hybrid']));
    expect(new Set(lectures.map((l) => l.data.city).filter(Boolean)).size).toBeGreaterThanOrEqual(3);
  });

  it('has a 示例开放大学 series on 示例省终身学习平台', () => {
    const series = lectures.filter((l) => l.data.series === '示例开放大学系列公开课');
    expect(series.length).toBeGreaterThanOrEqual(2);
    for (const l of series)
      expect([l.data.platform, l.data.organiser.startsWith('示例开放大学')], l.file).toEqual(['shengpingtai', true]);
  });

  it('covers cancelled, changed and replay cases and invents no phone numbers or real join links', () => {
    expect(lectures.some((l) => l.data.status === 'cancelled')).toBe(true);
    expect(lectures.some((l) => l.data.status === 'changed')).toBe(true);
    expect(lectures.some((l) => l.data.replayPlatform || l.data.replayUrl)).toBe(true);
    for (const l of lectures) {
      expect(l.text, l.file).not.toMatch(/\d{3,4}-\d{7,8}|1[3-9]\d{9}/);
      if (l.data.joinUrl) expect(new URL(l.data.joinUrl).hostname, l.file).toMatch(/(^|\.)example\.org$/);
    }
  });
});

describe('lecture file names', () => {
  const copy = mkdtempSync(join(tmpdir(), 'xxz-lectures-'));
  afterAll(() => rmSync(copy, { recursive: true, force: true }));
  it("may not take a day page or the schedule's own URLs", async () => {
    cpSync(join(root, 'content'), join(copy, 'content'), { recursive: true });
    const good = lectures[0]!.text;
    writeFileSync(join(copy, 'content/lectures/2031-10-16.json'), good);
    writeFileSync(join(copy, 'content/lectures/print.json'), good);
    const { problems } = await checkContent(copy);
    expect(problems.map(formatProblem).sort()).toEqual([
      'content/lectures/2031-10-16.json：网址 /lectures/2031-10-16/ 留给这一天的日程页，讲座文件不能用日期作文件名：请换一个名字，例如 "moushi-10-16"',
      'content/lectures/print.json：网址 /lectures/print/ 属于讲座栏目本身，讲座文件不能用这个文件名：请换一个名字',
    ]);
  });
});
