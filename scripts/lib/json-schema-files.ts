/** The committed JSON Schema files (schemas/*.schema.json) and the "$schema" line of JSON content files. */
import { z } from 'astro/zod';
import { collectionJsonSchema } from '../../src/lib/json-schemas.ts';
import { redirectsSchema } from '../../src/schemas/redirects.ts';
import { collectionSpecs, type CollectionName } from '../../src/schemas/index.ts';

export interface SchemaFile {
  name: CollectionName | 'redirects';
  /** Path from the project root, e.g. "schemas/cities.schema.json". */
  file: string;
  text: string;
  /** Content folder whose files reference it, for JSON collections. */
  dir?: string;
}

const format = (schema: unknown) => `${JSON.stringify(schema, null, 2)}\n`;

/** Generates one JSON Schema file per collection, and one for content/redirects.json, formatted as committed. */
export function jsonSchemaFiles(): SchemaFile[] {
  // content/redirects.json is a list, so it cannot name its schema; .vscode/settings.json maps it.
  const redirects = { ...z.toJSONSchema(redirectsSchema, { io: 'input' }), title: '网址改动登记（content/redirects.json）' };
  const collections = (Object.keys(collectionSpecs) as CollectionName[]).map((name) => {
    const spec = collectionSpecs[name];
    return {
      name,
      file: `schemas/${name}.schema.json`,
      text: format(collectionJsonSchema(name)),
      ...(spec.ext === 'json' ? { dir: `content/${spec.dir}` } : {}),
    };
  });
  return [...collections, { name: 'redirects', file: 'schemas/redirects.schema.json', text: format(redirects) }];
}

/** The "$schema" value a file in content/<dir>/ uses. */
export const schemaRef = (name: string) => `../../schemas/${name}.schema.json`;

/** Adds "$schema" as the first key of a JSON object file, keeping the rest of the text as written. */
export function withSchemaRef(text: string, name: string): string {
  if (/^\s*\{\s*"\$schema"\s*:/.test(text)) return text;
  return text.replace(/^(\s*)\{(\s*)/, (_m, lead: string, gap: string) => {
    const indent = /\n([ \t]*)$/.exec(gap)?.[1] ?? '  ';
    return `${lead}{\n${indent}"$schema": ${JSON.stringify(schemaRef(name))},${gap.includes('\n') ? gap : `\n${indent}`}`;
  });
}
