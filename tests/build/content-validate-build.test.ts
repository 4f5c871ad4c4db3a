/**
 * validate ≡ build: on a project copy whose content breaks the rules the pages rely on (and an
 * editor rule), `npm run validate` and `astro build` refuse with exactly the same problem lines.
 * Property-based: it reads the current edition from the copy's own files, whatever the province.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { copyProject } from '../../scripts/lib/project-copy.ts';
import { siteConfig } from '../../src/site.config.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const copy = copyProject();
afterAll(() => copy.remove());

/** The numbered problem lines of a report ("1. content/… ：…"), without their numbers. */
const problemLines = (output: string) =>
  output
    .split('\n')
    .filter((line) => /^\d+\. /.test(line))
    .map((line) => line.replace(/^\d+\. /, ''))
    .sort();

describe('npm run validate and the build', () => {
  it('refuse the same content with the same messages, cross-file rules included', () => {
    const edition = `content/editions/${siteConfig.currentEdition}.json`;
    const data = JSON.parse(readFileSync(join(copy.dir, edition), 'utf8'));
    // No deadline names any report, the reading overview is gone, two news items share a title, and one names a missing image.
    data.deadlines = data.deadlines.map((d: { date: string }) => ({ ...d, what: '报送材料' }));
    writeFileSync(join(copy.dir, edition), `${JSON.stringify(data, null, 2)}\n`);
    rmSync(join(copy.dir, `content/reading/${siteConfig.currentEdition}.json`));
    const news = `---\ntitle: 示例：同名动态\ndate: 2030-10-16\nsummary: 摘要\nsample: true\nedition: "${siteConfig.currentEdition}"\n---\n\n正文\n`;
    writeFileSync(join(copy.dir, 'content/news/same-a.mdx'), news);
    writeFileSync(join(copy.dir, 'content/news/same-b.mdx'), news.replace('正文', '![会场](./images/none.jpg)'));

    const validate = spawnSync(process.execPath, [join(root, 'scripts/validate.ts'), copy.dir], { encoding: 'utf8' });
    const build = copy.build();
    expect(validate.status).toBe(1);
    expect(build.status).not.toBe(0);
    const refused = problemLines(validate.stdout);
    expect(refused.length).toBeGreaterThanOrEqual(4);
    expect(refused.some((l) => l.startsWith(`content/reading/${siteConfig.currentEdition}.json：缺少这个文件`))).toBe(
      true,
    );
    expect(refused.filter((l) => l.startsWith(edition) && l.includes('，字段 deadlines：'))).toHaveLength(3);
    expect(
      refused.some((l) => l.startsWith('content/news/same-b.mdx 第 2 行，字段 title：与 content/news/same-a.mdx 重名')),
    ).toBe(true);
    expect(refused.some((l) => l.includes('找不到图片文件 content/news/images/none.jpg'))).toBe(true);
    expect(problemLines(build.output)).toEqual(refused);
    expect(build.output).not.toContain('TypeError');
  });
});
