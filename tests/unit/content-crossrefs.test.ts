import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content/check.ts';
import { formatProblem } from '../../src/lib/content/problems.ts';

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));

describe('cross references to a file with a mistake', () => {
  it('report the one real problem: the city still exists for the lecture and the news that name it', async () => {
    const { problems } = await checkContent(fixture('city-typo'));
    expect(problems.map(formatProblem)).toEqual([
      'content/cities/shili.json 第 4 行，字段 countyDivision：没有这个字段，可能拼错了。是不是想写 "countyDivisions"？可用的字段：name、code、countyDivisions、plan、site、liaison、workSummary、stats、sample',
    ]);
  });
});
