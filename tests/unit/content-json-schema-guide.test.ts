import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { withFieldTables } from '../../scripts/lib/json-schema-files.ts';
import { checkEntry } from '../../src/lib/content/check.ts';
import { formatProblem } from '../../src/lib/content/problems.ts';
import { collectionSpecs, type CollectionName } from '../../src/schemas/index.ts';

const guidePath = fileURLToPath(new URL('../../docs/编辑指南.md', import.meta.url));
const guide = readFileSync(guidePath, 'utf8');
const examples = [...guide.matchAll(/```(?:json|mdx) title="(content\/([a-z]+)\/[^"]+)"\n([\s\S]*?)```/g)].map(([, file, dir, text]) => ({ file: file!, dir: dir!, text: text! }));
const names = Object.keys(collectionSpecs) as CollectionName[];

describe('docs/编辑指南.md', () => {
  it('has its field tables in sync with src/schemas (run npm run schemas)', () => {
    expect(guide).toBe(withFieldTables(guide));
  });

  it.each(names)('gives a complete example and a field table for %s', (name) => {
    expect(examples.some((e) => e.dir === collectionSpecs[name].dir), 'example').toBe(true);
    expect(guide).toContain(`<!-- 字段表 ${name}：`);
  });

  it.each(examples.map((e) => [e.file, e] as const))('example %s passes the content check', (_file, example) => {
    const name = names.find((n) => collectionSpecs[n].dir === example.dir)!;
    const { problems } = checkEntry(example.file, example.text, collectionSpecs[name].schema(() => z.string()));
    expect(problems.map(formatProblem)).toEqual([]);
  });
});
