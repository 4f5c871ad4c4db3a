/**
 * The compatibility promise of the 数据接口 page, checked: every field the JSON endpoints have
 * published (tests/fixtures/api-fields.json) is still there, with the same type, and still present
 * whenever it was. A new field is added to that list on purpose; nothing may leave it.
 */
import { readFileSync } from 'node:fs';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { apiSchemas, type ApiSchemaKey } from '../../src/lib/data/schemas.ts';

type Schema = {
  type?: string | string[];
  const?: unknown;
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  additionalProperties?: boolean | Schema;
  anyOf?: Schema[];
  oneOf?: Schema[];
  description?: string;
};

const typeOf = (s: Schema) => (s.type === undefined ? 'any' : [s.type].flat().sort().join('|'));

/** Lists every field as "path type", with "?" when it may be absent; union branches share their paths. */
function fields(schema: Schema, path = '$', out = new Set<string>()): Set<string> {
  for (const [name, property] of Object.entries(schema.properties ?? {})) {
    out.add(`${path}.${name} ${typeOf(property)}${schema.required?.includes(name) ? '' : '?'}`);
    fields(property, `${path}.${name}`, out);
  }
  if (schema.items) fields(schema.items, `${path}[]`, out);
  if (typeof schema.additionalProperties === 'object') fields(schema.additionalProperties, `${path}{}`, out);
  for (const branch of [...(schema.anyOf ?? []), ...(schema.oneOf ?? [])]) fields(branch, path, out);
  return out;
}

/** Lists the properties whose description has no Chinese in it. */
function undocumented(schema: Schema, path = '$'): string[] {
  return [
    ...Object.entries(schema.properties ?? {}).flatMap(([name, p]) => [
      ...(/\p{Script=Han}/u.test(p.description ?? '') ? [] : [`${path}.${name}`]),
      ...undocumented(p, `${path}.${name}`),
    ]),
    ...(schema.items ? undocumented(schema.items, `${path}[]`) : []),
    ...(typeof schema.additionalProperties === 'object' ? undocumented(schema.additionalProperties, `${path}{}`) : []),
    ...[...(schema.anyOf ?? []), ...(schema.oneOf ?? [])].flatMap((b) => undocumented(b, path)),
  ];
}

const published = JSON.parse(readFileSync(new URL('../fixtures/api-fields.json', import.meta.url), 'utf8')) as Record<
  ApiSchemaKey,
  string[]
>;
const keys = Object.keys(apiSchemas) as ApiSchemaKey[];
const current = (key: ApiSchemaKey) => fields(z.toJSONSchema(apiSchemas[key], { io: 'input' }) as Schema);

describe.each(keys)('the %s endpoint', (key) => {
  it('keeps every field it has published: same name, same type, present whenever it was', () => {
    const now = current(key);
    // A field that became optional is listed with "?" now: the old line is then missing, as it should be.
    expect((published[key] ?? []).filter((line) => !now.has(line))).toEqual([]);
  });

  it('lists every field it publishes in tests/fixtures/api-fields.json (add new ones there)', () => {
    expect([...current(key)].filter((line) => !(published[key] ?? []).includes(line))).toEqual([]);
  });

  it('describes every field in Chinese', () => {
    expect(undocumented(z.toJSONSchema(apiSchemas[key], { io: 'input' }) as Schema)).toEqual([]);
  });
});
