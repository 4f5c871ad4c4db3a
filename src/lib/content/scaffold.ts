/**
 * Builds the skeleton file `npm run new -- <type> <id>` writes: every required field,
 * fields with a default at their default, and 【待填写】 wherever the editor must write
 * something. The checker refuses leftover 【待填写】, so a skeleton cannot be published as is.
 */
import yaml from 'js-yaml';
import { collectionSpecs, type CollectionName, type CollectionSpec } from '../../schemas/index.ts';
import { collectionJsonSchema, type JsonSchema } from './json-schemas.ts';
import { PLACEHOLDER } from './placeholders.ts';

export interface Skeleton {
  /** Path from the project root, e.g. "content/news/opening.mdx". */
  file: string;
  text: string;
  /** Fields to fill, as "path — what to write". */
  toFill: { field: string; hint: string }[];
  /** Top-level optional fields the editor may add. */
  optional: { field: string; hint: string }[];
}

const fileName = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Tells why `id` cannot name a new file of this collection, or returns undefined. */
export function idProblem(name: CollectionName, id: string): string | undefined {
  if (!fileName.test(id)) return `文件名 "${id}" 不行：文件名就是网址，只能用小写英文字母、数字和连字符（-），例如 "moushi-reading-2030"`;
  const spec: CollectionSpec = collectionSpecs[name];
  return spec.reservedId?.(id);
}

const readable = (text: string) => text.replace(/"([^"]*)"/g, '“$1”');

function hintOf(schema: JsonSchema): string {
  const options = schema.enum ? `只能是：${schema.enum.map((v) => JSON.stringify(v)).join('、')}` : '';
  const wanted = schema.const !== undefined ? `必须写 ${JSON.stringify(schema.const)}` : '';
  return readable([schema.description, options, wanted].filter(Boolean).join('；') || '请填写');
}

/** Lays out the value for one schema node, collecting the placeholders it writes. */
function skeletonValue(schema: JsonSchema, path: string[], toFill: Skeleton['toFill']): unknown {
  if (schema.type === 'object' && schema.properties) {
    const out: Record<string, unknown> = {};
    for (const [key, child] of Object.entries(schema.properties)) {
      if (key === '$schema') continue;
      if (schema.required?.includes(key)) out[key] = skeletonValue(child, [...path, key], toFill);
      else if (child.default !== undefined) out[key] = child.default;
    }
    return out;
  }
  if (schema.type === 'object') return {};
  if (schema.type === 'array') {
    return (schema.minItems ?? 0) > 0 && schema.items ? [skeletonValue({ description: schema.description, ...schema.items }, [...path, '0'], toFill)] : [];
  }
  const hint = hintOf(schema);
  toFill.push({ field: path.join('.'), hint });
  return `${PLACEHOLDER}${hint}`;
}

/** Builds the skeleton of a new entry; the id must already be accepted by idProblem. */
export function buildSkeleton(name: CollectionName, id: string): Skeleton {
  const spec = collectionSpecs[name];
  const schema = collectionJsonSchema(name);
  const toFill: Skeleton['toFill'] = [];
  const data = skeletonValue(schema, [], toFill) as Record<string, unknown>;
  const optional = Object.entries(schema.properties ?? {})
    .filter(([key, child]) => key !== '$schema' && !schema.required?.includes(key) && child.default === undefined)
    .map(([field, child]) => ({ field, hint: hintOf(child) }));
  const file = `content/${spec.dir}/${id}.${spec.ext}`;
  if (spec.ext === 'json') {
    const text = `${JSON.stringify({ $schema: `../../schemas/${name}.schema.json`, ...data }, null, 2)}\n`;
    return { file, text, toFill, optional };
  }
  const frontmatter = yaml.dump(data, { lineWidth: -1, quotingType: '"' });
  toFill.push({ field: '正文', hint: '--- 下面的正文（Markdown）' });
  return { file, text: `---\n${frontmatter}---\n\n${PLACEHOLDER}正文：用 Markdown 写，段落之间空一行。\n`, toFill, optional };
}
