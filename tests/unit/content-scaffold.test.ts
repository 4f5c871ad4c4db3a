import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import yaml from 'js-yaml';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { checkEntry } from '../../src/lib/content/check.ts';
import { formatProblem } from '../../src/lib/content/problems.ts';
import { collectionJsonSchema, type JsonSchema } from '../../src/lib/content/json-schemas.ts';
import { PLACEHOLDER, placeholderMessage } from '../../src/lib/content/placeholders.ts';
import { buildSkeleton, idProblem } from '../../src/lib/content/scaffold.ts';
import { collectionSpecs, type CollectionName } from '../../src/schemas/index.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const names = Object.keys(collectionSpecs) as CollectionName[];
const imageStub = () => z.string();

// Rules across fields that no single placeholder can satisfy: an online lecture needs a platform,
// a submitted plan its date. An editor reads these from the messages; the test writes them directly.
const crossFieldExtras: Partial<Record<CollectionName, Record<string, unknown>>> = {
  lectures: { platform: 'sxlll' },
  booklists: { source: { title: '山西省教育厅关于广泛开展全民终身学习活动的通知' } },
};

const candidates = [
  '2023-10-16',
  '2023-10-16T09:30+08:00',
  'taiyuan',
  '2023-001',
  '140100',
  '0351-1234567',
  '测试内容',
];

/** What an editor would write for one placeholder: the schema's example, its first option, or a value of the right shape. */
function fillValue(schema: JsonSchema): unknown {
  if (schema.const !== undefined) return schema.const;
  if (schema.enum) return schema.enum[0];
  const example = /例如\s*(?:"([^"]+)"|(\d+))/.exec(schema.description ?? '');
  if (schema.type === 'integer' || schema.type === 'number')
    return example?.[2] ? Number(example[2]) : (schema.minimum ?? 1);
  if (schema.type === 'boolean') return false;
  const fits = (v: string) => !schema.pattern || new RegExp(schema.pattern, 'u').test(v);
  if (example?.[1] && fits(example[1])) return example[1];
  return candidates.find(fits);
}

function schemaAt(schema: JsonSchema, path: (string | number)[]): JsonSchema {
  return path.reduce<JsonSchema>(
    (node, key) => (typeof key === 'number' ? node.items! : node.properties![key]!),
    schema,
  );
}

function fill(node: unknown, schema: JsonSchema, path: (string | number)[] = []): unknown {
  if (typeof node === 'string' && node.startsWith(PLACEHOLDER)) return fillValue(schemaAt(schema, path));
  if (Array.isArray(node)) return node.map((item, i) => fill(item, schema, [...path, i]));
  if (node && typeof node === 'object')
    return Object.fromEntries(
      Object.entries(node).map(([k, v]) => [k, k === '$schema' ? v : fill(v, schema, [...path, k])]),
    );
  return node;
}

/** Fills every placeholder of a skeleton's text, JSON or MDX. */
function filled(name: CollectionName, text: string): string {
  const schema = collectionJsonSchema(name);
  if (collectionSpecs[name].ext === 'json') {
    return JSON.stringify({ ...(fill(JSON.parse(text), schema) as object), ...crossFieldExtras[name] }, null, 2);
  }
  const [, front, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text)!;
  const data = { ...(fill(yaml.load(front!), schema) as object), ...crossFieldExtras[name] };
  return `---\n${yaml.dump(data)}---\n${body!.replace(/【待填写】.*/, '这是正文。')}`;
}

describe('npm run new skeletons', () => {
  it.each(names)('%s: validates once the placeholders are filled', (name) => {
    const { file, text } = buildSkeleton(name, 'new-entry');
    expect(file).toBe(`content/${collectionSpecs[name].dir}/new-entry.${collectionSpecs[name].ext}`);
    const result = checkEntry(file, filled(name, text), collectionSpecs[name].schema(imageStub));
    expect(result.problems.map(formatProblem)).toEqual([]);
  });

  it.each(names)('%s: refuses the untouched skeleton, pointing at each line to fill', (name) => {
    const { file, text, toFill } = buildSkeleton(name, 'new-entry');
    const { problems } = checkEntry(file, text, collectionSpecs[name].schema(imageStub));
    const left = problems.filter((p) => p.message === placeholderMessage);
    expect(left.length).toBe(toFill.length);
    expect(left.length).toBeGreaterThan(0);
    for (const p of left) expect(text.split('\n')[p.line! - 1]).toContain(PLACEHOLDER);
  });

  it('says exactly what a lecture skeleton needs', () => {
    const { text, toFill, optional } = buildSkeleton('lectures', 'x');
    expect(JSON.parse(text).$schema).toBe('../../schemas/lectures.schema.json');
    expect(toFill.map((f) => f.field)).toEqual([
      'edition',
      'title',
      'description',
      'speakers.0.name',
      'start',
      'end',
      'mode',
      'organiser',
    ]);
    expect(toFill.find((f) => f.field === 'start')!.hint).toBe('开始时间，例如 “2030-10-16T09:30”（北京时间）');
    expect(optional.map((f) => f.field)).toContain('venue');
    const { problems } = checkEntry('content/lectures/x.json', text, collectionSpecs.lectures.schema());
    expect(problems.map(formatProblem)).toContain(
      `content/lectures/x.json 第 11 行，字段 start：应为 ISO 8601 时间，例如 "2030-10-16T09:30"（不写时区即为北京时间）或 "2030-10-16T09:30+08:00"（看到的值："【待填写】开始时间，例如 “2030-10-16T09:30”（北京时间）"）`,
    );
  });

  it('refuses invalid and reserved file names', () => {
    expect(idProblem('news', 'Taiyuan_News')).toBe(
      '文件名 "Taiyuan_News" 不行：文件名就是网址，只能用小写英文字母、数字和连字符（-），例如 "moushi-reading-2030"',
    );
    expect(idProblem('pages', 'lectures')).toBe('网址 /lectures/ 属于网站的栏目，页面不能用这个文件名：请换一个名字');
    expect(idProblem('lectures', '2023-10-16')).toMatch(/^网址 \/lectures\/2023-10-16\/ 留给这一天的日程页/);
    expect(idProblem('news', 'taiyuan-opening')).toBeUndefined();
  });

  it('writes the file, and refuses an existing id without touching it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'xxz-new-'));
    try {
      mkdirSync(join(dir, 'content/news'), { recursive: true });
      const run = (...args: string[]) =>
        spawnSync(process.execPath, [join(root, 'scripts/new.ts'), ...args], {
          encoding: 'utf8',
          env: { ...process.env, CONTENT_ROOT: dir },
        });
      const first = run('news', 'taiyuan-opening');
      expect(first.status).toBe(0);
      expect(first.stdout).toContain('已创建 content/news/taiyuan-opening.mdx');
      expect(first.stdout).toContain('  title：标题');
      const written = readFileSync(join(dir, 'content/news/taiyuan-opening.mdx'), 'utf8');
      const again = run('news', 'taiyuan-opening');
      expect(again.status).toBe(1);
      expect(again.stderr).toBe('content/news/taiyuan-opening.mdx 已经存在：请换一个文件名，或直接修改这个文件\n');
      expect(readFileSync(join(dir, 'content/news/taiyuan-opening.mdx'), 'utf8')).toBe(written);
      expect(run('news', 'Bad Name').status).toBe(1);
      expect(run('posters', 'x').stderr).toMatch(/^没有 "posters" 这种内容。可用的类型：\n {2}editions/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
