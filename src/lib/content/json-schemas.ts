/**
 * JSON Schemas of the content collections, generated from the zod schemas: the input an
 * editor writes (io: 'input'), with the Chinese field descriptions. Used for editor
 * autocompletion (schemas/*.schema.json) and by `npm run new` to lay out skeletons.
 */
import { z } from 'astro/zod';
import { collectionSpecs, type CollectionName } from '../../schemas/index.ts';

export type JsonSchema = {
  type?: string | string[];
  description?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  const?: unknown;
  default?: unknown;
  pattern?: string;
  minItems?: number;
  minimum?: number;
  additionalProperties?: boolean | JsonSchema;
  [key: string]: unknown;
};

// Outside Astro an image is a relative path, as the content checker reads it.
const imagePath = () => z.string().describe('图片文件的相对路径，例如 "./images/photo.jpg"');

/** Unwraps the "$schema"-dropping preprocess step, which JSON Schema cannot express. */
function withoutPreprocess(schema: z.ZodType): z.ZodType {
  const def = (schema as unknown as { _zod: { def: { type: string; in?: z.ZodType; out?: z.ZodType } } })._zod.def;
  const inDef = def.in && (def.in as unknown as { _zod: { def: { type: string } } })._zod.def;
  return def.type === 'pipe' && inDef?.type === 'transform' && def.out ? def.out : schema;
}

/** Generates the JSON Schema of one collection's files. */
export function collectionJsonSchema(name: CollectionName): JsonSchema {
  const spec = collectionSpecs[name];
  const schema = z.toJSONSchema(withoutPreprocess(spec.schema(imagePath)), { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  const described = { ...schema, title: `${spec.label}（content/${spec.dir}/*.${spec.ext}）` };
  if (spec.ext !== 'json') return described;
  // JSON files name their schema in "$schema"; the registry drops the key before validation.
  return { ...described, properties: { $schema: { type: 'string', description: '本文件所用的 JSON Schema（编辑器据此提示字段），不用改' }, ...schema.properties } };
}
