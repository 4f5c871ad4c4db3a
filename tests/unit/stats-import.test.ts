import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { decodeCsv } from '../../scripts/lib/import-stats/decode.ts';
import { collectionSpecs } from '../../src/schemas/index.ts';

const root = new URL('../../', import.meta.url).pathname;
const fixture = (name: string) => join(root, 'tests/fixtures/stats', name);
const work = mkdtempSync(join(tmpdir(), 'xxz-import-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/**
 * A fresh copy of the content the import reads and writes: the tests' own (tests/fixtures/stats/content/,
 * a five-activity 2031 form and the three cities the forms name), not the real content/.
 */
beforeEach(() => {
  rmSync(join(work, 'content'), { recursive: true, force: true });
  cpSync(fixture('content'), join(work, 'content'), { recursive: true });
});
const snapshot = () =>
  Object.fromEntries(
    readdirSync(join(work, 'content/cities')).map((f) => [f, readFileSync(join(work, 'content/cities', f), 'utf8')]),
  );
const edition = '2031';
const cityFile = (id: string) => JSON.parse(readFileSync(join(work, 'content/cities', `${id}.json`), 'utf8'));
/** A city file seen as the import writes it: the edition's figures as `stats`, everything else as it was. */
const city = (id: string) => {
  const { editions, ...rest } = cityFile(id);
  const { stats, ...record } = editions[edition] ?? {};
  return { ...rest, editions: { ...editions, [edition]: record }, stats };
};

function importStats(...args: string[]) {
  const run = spawnSync(
    process.execPath,
    [join(root, 'scripts/import-stats.ts'), '--root', work, '--edition', edition, ...args],
    {
      encoding: 'utf8',
      cwd: root,
    },
  );
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('npm run import:stats', () => {
  it('writes a good form into the city’s file, replacing only its sample statistics', () => {
    const before = city('taiyuan');
    const run = importStats('--date', '2031-11-14', fixture('taiyuan-good.csv'));
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('已导入');
    expect(run.stdout).toContain('content/cities/taiyuan.json（太原市，报送日期 2031-11-14）');
    expect(run.stdout).toContain('表头信息没有写入网站');
    const after = city('taiyuan');
    expect(collectionSpecs.cities.schema().safeParse(cityFile('taiyuan')).success).toBe(true);
    expect({ ...after, stats: undefined }).toEqual({ ...before, stats: undefined });
    expect(after.stats.sample).toBeUndefined();
    expect(after.stats.reportedOn).toBe('2031-11-14');
    expect(after.stats.countyCities).toBe(10);
    expect(after.stats.activities['theme-reading']).toEqual({
      prefecture: { held: true, activities: 24, participants: 18600 },
      county: { cities: 10, activities: 86, participants: 32400 },
    });
    expect(after.stats.activities.lectures.prefecture).toEqual({ held: false, activities: 0, participants: 0 });
    expect(after.stats.activities['digital-reading'].prefecture.participants).toBe(15300);
    expect(Object.keys(after.stats.activities)).toEqual([
      'theme-reading',
      'press-picks',
      'lectures',
      'digital-reading',
      'week',
    ]);
  });

  it('reads Excel’s GB18030 "CSV (逗号分隔)" and adds statistics to a city that had none', () => {
    expect(decodeCsv(readFileSync(fixture('yangquan-gb18030.csv'))).encoding).toBe('GB18030');
    expect(decodeCsv(readFileSync(fixture('taiyuan-good.csv'))).encoding).toBe('UTF-8');
    const datong = join(work, 'datong.csv');
    writeFileSync(
      datong,
      readFileSync(fixture('yangquan-gb18030.csv'))
        .toString('latin1')
        .replace('\xd1\xf4\xc8\xaa\xca\xd0', '\xb4\xf3\xcd\xac\xca\xd0'),
      'latin1',
    );
    const run = importStats('--date', '2031-11-16', datong);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const stats = city('datong').stats;
    expect(stats.reportedOn).toBe('2031-11-16');
    expect(stats.activities['digital-reading']).toEqual({
      prefecture: { held: false, activities: 0, participants: 0 },
      county: { cities: 2, activities: 4, participants: 650 },
    });
  });

  it('lists every bad cell in Chinese with file, row, column and reason, and writes nothing', () => {
    const before = snapshot();
    const bad = fixture('taiyuan-bad-cells.csv');
    const unknown = fixture('unknown-city.csv');
    const run = importStats(fixture('yangquan-gb18030.csv'), bad, unknown);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr.split('\n').filter(Boolean)).toEqual([
      '统计表有 10 处问题，没有写入任何文件。请改正后重新导入：',
      `1. ${bad} 第 3 行 F 列（县级城市数）：县级城市数不能大于太原市的县级行政区数（10）（看到的值："12"）`,
      `2. ${bad} 第 8 行 C 列（主题阅读活动-地市级-活动数）：不是数字：只填阿拉伯数字，例如 1200（看到的值："约30"）`,
      `3. ${bad} 第 9 行 E 列（线上社会大讲堂-地市级-参加人次）：不能为负数（看到的值："-5"）`,
      `4. ${bad} 第 11 行 E 列（线上社会大讲堂-县级-活动数）：应为整数（看到的值："3.5"）`,
      `5. ${bad} 第 7 行 F 列（数字阅读分享活动-地市级-是否开展）：请填“是”或“否”（看到的值：空白）`,
      `6. ${bad} 第 8 行 D 列（“社长（总编）荐书”活动-地市级-活动数）：地市级层面未开展（是否开展填“否”）时，活动数应为 0（看到的值："6"）`,
      `7. ${bad} 第 9 行 D 列（“社长（总编）荐书”活动-地市级-参加人次）：地市级层面未开展（是否开展填“否”）时，参加人次应为 0（看到的值："2400"）`,
      `8. ${bad} 第 10 行 G 列（全民终身学习活动周活动-县级-城市数）：开展活动的县级城市数不能大于本市县级城市数（12）（看到的值："13"）`,
      `9. ${unknown} 第 2 行 B 列（市教育局（盖章））：找不到这个城市：应为 太原市、大同市、阳泉市 之一（看到的值："太愿市"）`,
      `10. ${unknown} 第 3 行 F 列（县级城市数）：不是数字：只填阿拉伯数字，例如 1200（看到的值："十"）`,
    ]);
    expect(snapshot()).toEqual(before);
  });

  it('refuses two forms of one city in one run', () => {
    const before = snapshot();
    const run = importStats(fixture('taiyuan-good.csv'), fixture('taiyuan-good.csv'));
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('是同一个市（太原市）的统计表，一次只能导入一份');
    expect(snapshot()).toEqual(before);
  });

  it('explains usage errors with exit code 2', () => {
    expect(importStats()).toMatchObject({ status: 2, stderr: expect.stringContaining('没有给出要导入的文件') });
    expect(importStats('--date', '14/11/2023', fixture('taiyuan-good.csv'))).toMatchObject({
      status: 2,
      stderr: expect.stringContaining('--date 应为 年-月-日'),
    });
    expect(importStats('太原市.xlsx')).toMatchObject({
      status: 2,
      stderr: expect.stringContaining('暂不支持 Excel 文件'),
    });
    expect(importStats(join(work, 'missing.csv'))).toMatchObject({
      status: 2,
      stderr: expect.stringContaining('读不到文件'),
    });
  });
});
