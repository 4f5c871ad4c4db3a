import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { jsonSchemaFiles, schemaRef, withSchemaRef } from '../../scripts/lib/json-schema-files.ts';
import { checkEntry } from '../../src/lib/content/check.ts';
import { formatProblem } from '../../src/lib/content/problems.ts';
import { collectionJsonSchema } from '../../src/lib/content/json-schemas.ts';
import { collectionSpecs, type CollectionName } from '../../src/schemas/index.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const jsonCollections = (Object.keys(collectionSpecs) as CollectionName[]).filter(
  (n) => collectionSpecs[n].ext === 'json',
);

describe('JSON Schemas for editors', () => {
  it.each(jsonSchemaFiles().map((f) => [f.file, f] as const))(
    '%s is committed and in sync with src/schemas (run npm run schemas)',
    (file, generated) => {
      expect(readFileSync(join(root, file), 'utf8')).toBe(generated.text);
    },
  );

  it('has no stale schema files left in schemas/', () => {
    expect(readdirSync(join(root, 'schemas')).sort()).toEqual(
      jsonSchemaFiles()
        .map((f) => f.file.slice('schemas/'.length))
        .sort(),
    );
  });

  it.each(jsonCollections)('every %s file names its schema in "$schema"', (name) => {
    const dir = join(root, 'content', collectionSpecs[name].dir);
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.json'))) {
      expect(JSON.parse(readFileSync(join(dir, f), 'utf8')).$schema, f).toBe(schemaRef(name));
    }
  });

  it.each(jsonCollections)(
    '%s: the content check accepts and drops "$schema", and still refuses unknown keys',
    (name) => {
      const schema = collectionSpecs[name].schema(() => z.string());
      const result = schema.safeParse({ $schema: schemaRef(name), notAField: 1 });
      expect(result.success).toBe(false);
      const paths = result.error!.issues.map((i) => i.path.join('.'));
      expect(paths).not.toContain('$schema');
      expect(result.error!.issues.some((i) => i.code === 'unrecognized_keys' && i.keys.includes('notAField'))).toBe(
        true,
      );
      // The JSON Schema lists "$schema" so VS Code does not flag it, and forbids other unknown keys like the zod schema.
      expect(collectionJsonSchema(name).properties!.$schema).toBeDefined();
      expect(collectionJsonSchema(name).additionalProperties).toBe(false);
    },
  );

  it('describes fields in Chinese and keeps input types (a lecture time is a string with its pattern)', () => {
    const lecture = collectionJsonSchema('lectures');
    expect(lecture.required).toEqual([
      'edition',
      'title',
      'description',
      'speakers',
      'start',
      'end',
      'mode',
      'organiser',
    ]);
    expect(lecture.properties!.start).toMatchObject({
      type: 'string',
      description: '开始时间，例如 "2030-10-16T09:30"（北京时间）',
    });
    expect(lecture.properties!.mode!.enum).toEqual(['online', 'offline', 'hybrid']);
  });

  it('adds "$schema" to a JSON file without touching the rest of its text', () => {
    const text = '{\n  "name": "太原市",\n  "code": "140100"\n}\n';
    const out = withSchemaRef(text, 'cities');
    expect(out).toBe(
      '{\n  "$schema": "../../schemas/cities.schema.json",\n  "name": "太原市",\n  "code": "140100"\n}\n',
    );
    expect(withSchemaRef(out, 'cities')).toBe(out);
    expect(
      checkEntry('content/cities/taiyuan.json', out, collectionSpecs.cities.schema()).problems.map(formatProblem),
    ).toEqual([]);
  });
});
