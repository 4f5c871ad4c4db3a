/**
 * JSON documents that name their JSON Schema in "$schema", and the schemas themselves, checked by a
 * real JSON Schema validator (Ajv, draft 2020-12, with the standard formats). A document must keep to
 * its published schema as a platform reads it, and also to the stricter reading that it holds no field
 * the schema leaves undescribed: the promise "fields are added" means they are added to the schema too.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { decodeUtf8, type Validator } from './common.ts';
import { validateJson } from './generic.ts';

type Schema = Record<string, unknown>;

function newAjv() {
  // strictTypes would only log: every schema here is generated, and its problems must fail, not scroll by.
  const ajv = new Ajv2020({ allErrors: true, strict: true, strictTypes: false });
  addFormats(ajv);
  return ajv;
}

/** Forbids properties the schema does not name wherever it names some and leaves the rest open. */
export function closed(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(closed);
  if (schema === null || typeof schema !== 'object') return schema;
  const copy: Schema = Object.fromEntries(
    Object.entries(schema).map(([k, v]) => [
      k,
      k === 'properties' ? Object.fromEntries(Object.entries(v as Schema).map(([p, s]) => [p, closed(s)])) : closed(v),
    ]),
  );
  if (copy.properties && copy.additionalProperties === undefined) copy.additionalProperties = false;
  delete copy.$id;
  return copy;
}

const describeError = (e: ErrorObject) =>
  `${e.instancePath || '(document)'} ${e.message ?? 'is invalid'}${e.keyword === 'additionalProperties' ? ` ("${String(e.params.additionalProperty)}")` : ''}`;

const compiled = new Map<string, { open: ValidateFunction; strict: ValidateFunction } | string>();

/** Loads and compiles the schema file a document names, once per file. */
function schemaAt(file: string): { open: ValidateFunction; strict: ValidateFunction } | string {
  let entry = compiled.get(file);
  if (entry === undefined) {
    try {
      const schema = JSON.parse(readFileSync(file, 'utf8')) as Schema;
      entry = { open: newAjv().compile(schema), strict: newAjv().compile(closed(schema) as Schema) };
    } catch (error) {
      entry = (error as Error).message;
    }
    compiled.set(file, entry);
  }
  return entry;
}

/**
 * Maps a "$schema" URL of this site to the file in the folder being checked. The folder is the site
 * without its base path, which this process need not know (a sub-path build is checked from a test
 * run at "/"), so leading path segments are dropped until what is left is a file there.
 */
function localFile(url: string, dir: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (!parsed.pathname.endsWith('.schema.json')) return undefined;
  const segments = parsed.pathname.split('/').filter(Boolean);
  const found = segments.map((_, i) => join(dir, ...segments.slice(i))).find((file) => existsSync(file));
  return found ?? join(dir, ...segments);
}

/** Checks a JSON file: it parses, and when it names a "$schema" of this site, it keeps to that schema. */
export const validateJsonDocument: Validator = (bytes, where) => {
  const parsed = validateJson(bytes, where);
  if (parsed.length > 0) return parsed;
  const document = JSON.parse(decodeUtf8(bytes).value!) as unknown;
  if (document === null || typeof document !== 'object' || Array.isArray(document) || !('$schema' in document))
    return [];
  const ref = String(document.$schema);
  const file = localFile(ref, where.dir);
  if (!file) return [`"$schema" must name a .schema.json file of this site (saw ${JSON.stringify(ref)})`];
  if (!existsSync(file)) return [`"$schema" names ${ref}, which is not a file of this site`];
  const schema = schemaAt(file);
  if (typeof schema === 'string') return [`its schema ${ref} cannot be used: ${schema}`];
  if (!schema.open(document)) return (schema.open.errors ?? []).map((e) => `breaks its schema: ${describeError(e)}`);
  if (!schema.strict(document))
    return (schema.strict.errors ?? []).map((e) => `has a field its schema does not describe: ${describeError(e)}`);
  return [];
};

/** Lists the properties, at any depth, that carry no description. */
function undescribed(schema: unknown, path: string): string[] {
  if (Array.isArray(schema)) return schema.flatMap((s, i) => undescribed(s, `${path}[${i}]`));
  if (schema === null || typeof schema !== 'object') return [];
  return Object.entries(schema as Schema).flatMap(([key, value]) =>
    key === 'properties'
      ? Object.entries(value as Schema).flatMap(([name, property]) => [
          ...((property as Schema).description ? [] : [`${path}.${name}`]),
          ...undescribed(property, `${path}.${name}`),
        ])
      : undescribed(value, path),
  );
}

/** Checks a published JSON Schema: valid draft 2020-12 that Ajv compiles in strict mode, with an $id, a title and a description on every property. */
export const validateJsonSchema: Validator = (bytes, where) => {
  const parsed = validateJson(bytes, where);
  if (parsed.length > 0) return parsed;
  const schema = JSON.parse(decodeUtf8(bytes).value!) as Schema;
  const problems: string[] = [];
  if (schema.$schema !== 'https://json-schema.org/draft/2020-12/schema')
    problems.push(
      `"$schema" must be "https://json-schema.org/draft/2020-12/schema" (saw ${JSON.stringify(schema.$schema)})`,
    );
  for (const key of ['$id', 'title', 'description'] as const)
    if (typeof schema[key] !== 'string' || schema[key] === '') problems.push(`needs a non-empty "${key}"`);
  try {
    newAjv().compile(schema);
  } catch (error) {
    problems.push(`Ajv cannot compile it: ${(error as Error).message}`);
  }
  const missing = undescribed(schema, '');
  if (missing.length > 0) problems.push(`properties without a description: ${missing.join(', ')}`);
  return problems;
};
