import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { withFieldTables } from '../../scripts/lib/json-schema-files.ts';
import { checkContent, checkEntry } from '../../src/lib/content/check.ts';
import { formatProblem } from '../../src/lib/content/problems.ts';
import { siteSettingsOf } from '../../src/lib/content/site-rules.ts';
import { collectionSpecs, type CollectionName, type CollectionSpec } from '../../src/schemas/index.ts';
import { mdxComponentSchemas } from '../../src/schemas/mdx.ts';

const guidePath = fileURLToPath(new URL('../../docs/编辑指南.md', import.meta.url));
const guide = readFileSync(guidePath, 'utf8');
const examples = [...guide.matchAll(/```(?:json|mdx) title="(content\/([a-z]+)\/[^"]+)"\n([\s\S]*?)```/g)].map(
  ([, file, dir, text]) => ({ file: file!, dir: dir!, text: text! }),
);
const names = Object.keys(collectionSpecs) as CollectionName[];

describe('docs/编辑指南.md', () => {
  it('has its field tables and component list in sync with src/schemas (run npm run schemas)', () => {
    expect(guide).toBe(withFieldTables(guide));
  });

  it.each(names)('gives a complete example and a field table for %s', (name) => {
    expect(
      examples.some((e) => e.dir === collectionSpecs[name].dir),
      'example',
    ).toBe(true);
    expect(guide).toContain(`<!-- 字段表 ${name}：`);
  });

  it.each(Object.keys(mdxComponentSchemas))(
    'lists the MDX component %s with its attributes, and who may use it',
    (component) => {
      const section = /<!-- 组件表：[^\n]*\n([\s\S]*?)<!-- 组件表结束 -->/.exec(guide)?.[1] ?? '';
      expect(section).toContain(`### \`<${component}>\``);
      const users = names.filter((n) =>
        ((collectionSpecs[n] as CollectionSpec).body?.components as readonly string[] | undefined)?.includes(component),
      );
      expect(users.length).toBeGreaterThan(0);
      for (const name of users) expect(section).toMatch(new RegExp(`^- \\*\\*.*${name}.*\`<${component}>\``, 'm'));
    },
  );

  it.each(examples.map((e) => [e.file, e] as const))('example %s passes the content check', (_file, example) => {
    const name = names.find((n) => collectionSpecs[n].dir === example.dir)!;
    const spec: CollectionSpec = collectionSpecs[name];
    const { problems } = checkEntry(
      example.file,
      example.text,
      spec.schema(() => z.string()),
      spec.body,
    );
    expect(problems.map(formatProblem)).toEqual([]);
  });

  // The examples are one fictional province's edition: together they must pass every rule the
  // build enforces (the one content check, cross-file rules included), with their edition current.
  it('examples together form a project that passes the whole content check, their edition current', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'xxz-guide-'));
    try {
      for (const example of examples) {
        mkdirSync(join(dir, dirname(example.file)), { recursive: true });
        writeFileSync(join(dir, example.file), example.text);
        // The images an example names are files the editor puts next to it (§五); here, empty stand-ins.
        for (const [image] of example.text.matchAll(/\.\/images\/[^\s)"']+/g)) {
          mkdirSync(join(dir, dirname(example.file), 'images'), { recursive: true });
          writeFileSync(join(dir, dirname(example.file), image), '');
        }
      }
      writeFileSync(join(dir, 'content/redirects.json'), '[]\n');
      const edition = examples.find((e) => e.dir === 'editions')!.file.replace(/^.*\/|\.json$/g, '');
      const { problems, warnings } = await checkContent(
        dir,
        siteSettingsOf({ currentEdition: edition, divisions: { whole: '全省', provincial: '省级', part: '市' } }),
      );
      expect(problems.map(formatProblem)).toEqual([]);
      expect(warnings.map(formatProblem)).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
