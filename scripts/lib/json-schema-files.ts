/** The committed JSON Schema files (schemas/*.schema.json) and the "$schema" line of JSON content files. */
import { z } from 'astro/zod';
import { collectionJsonSchema } from '../../src/lib/content/json-schemas.ts';
import { mdxComponentSchemas, type MdxBody, type MdxComponentName } from '../../src/schemas/mdx.ts';
import { redirectsSchema } from '../../src/schemas/redirects.ts';
import { collectionSpecs, type CollectionName, type CollectionSpec } from '../../src/schemas/index.ts';

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
  const redirects = {
    ...z.toJSONSchema(redirectsSchema, { io: 'input' }),
    title: '网址改动登记（content/redirects.json）',
  };
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

type Node = {
  type?: unknown;
  description?: string;
  properties?: Record<string, Node>;
  required?: string[];
  items?: Node;
  additionalProperties?: unknown;
  enum?: unknown[];
  const?: unknown;
  default?: unknown;
};

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** Lists every field of a collection, nested ones as "speakers[].name", for the editors' guide. */
export function fieldRows(name: CollectionName): string[] {
  return schemaRows(collectionJsonSchema(name) as Node);
}

/** Lists every attribute of an MDX component, for the editors' guide. */
export function componentRows(name: MdxComponentName): string[] {
  return schemaRows(z.toJSONSchema(mdxComponentSchemas[name], { io: 'input' }) as Node);
}

function schemaRows(schema: Node): string[] {
  const rows: string[] = [];
  const walk = (node: Node, prefix: string, required: readonly string[]) => {
    for (const [key, child] of Object.entries(node.properties ?? {})) {
      if (key === '$schema') continue;
      const path = `${prefix}${key}`;
      const need = required.includes(key)
        ? '必填'
        : child.default !== undefined
          ? `可不写（默认 ${JSON.stringify(child.default)}）`
          : '可选';
      const options = child.enum
        ? `；只能是 ${child.enum.map((v) => JSON.stringify(v)).join('、')}`
        : child.const !== undefined
          ? `；必须是 ${JSON.stringify(child.const)}`
          : '';
      rows.push(`| \`${path}\` | ${need} | ${cell(`${child.description ?? ''}${options}`)} |`);
      const element = child.items ?? child;
      if (element.properties) walk(element, `${path}${child.items ? '[]' : ''}.`, element.required ?? []);
      else if (typeof element.additionalProperties === 'object')
        walk(
          element.additionalProperties as Node,
          `${path}.<标识>.`,
          (element.additionalProperties as Node).required ?? [],
        );
    }
  };
  walk(schema, '', schema.required ?? []);
  return rows;
}

/** The guide's "可以用的组件" block: which collections may use which components, and each component's attributes. */
export function componentSection(): string[] {
  const bodies = new Map<MdxBody, string[]>();
  for (const name of Object.keys(collectionSpecs) as CollectionName[]) {
    const spec: CollectionSpec = collectionSpecs[name];
    if (spec.body) bodies.set(spec.body, [...(bodies.get(spec.body) ?? []), `${spec.label} ${name}`]);
  }
  const tag = (name: string) => `\`<${name}>\``;
  const lines = [...bodies].map(([body, users]) =>
    body.components.length
      ? `- **${body.noun}**（${users.join('、')}）可以用：${body.components.map(tag).join('、')}`
      : `- **${body.noun}**（${users.join('、')}）正文不用组件，只写 Markdown`,
  );
  const components = [...new Set([...bodies.keys()].flatMap((b) => b.components))];
  for (const name of components) {
    // "写法：" starts the example; in backticks, so Markdown viewers show the tag instead of swallowing it.
    const [what, usage] = (mdxComponentSchemas[name].description ?? '').split('写法：');
    const rows = componentRows(name);
    lines.push(
      '',
      `### ${tag(name)}`,
      '',
      `${what}${usage ? `写法：\`${usage}\`` : ''}`,
      ...(rows.length ? ['', '| 属性 | 是否必填 | 说明 |', '| --- | --- | --- |', ...rows] : []),
    );
  }
  return lines;
}

const fieldsBlock = /<!-- 字段表 (\w+)：由 npm run schemas 生成，请勿手改 -->\n[\s\S]*?<!-- 字段表结束 -->/g;

const componentsBlock = /<!-- 组件表：由 npm run schemas 生成，请勿手改 -->\n[\s\S]*?<!-- 组件表结束 -->/g;

/** Regenerates every field table and the component list between their markers in the guide, leaving the prose as written. */
export function withFieldTables(guide: string): string {
  return guide
    .replace(componentsBlock, () =>
      ['<!-- 组件表：由 npm run schemas 生成，请勿手改 -->', ...componentSection(), '<!-- 组件表结束 -->'].join('\n'),
    )
    .replace(fieldsBlock, (_m, name: string) =>
      [
        `<!-- 字段表 ${name}：由 npm run schemas 生成，请勿手改 -->`,
        '| 字段 | 是否必填 | 说明 |',
        '| --- | --- | --- |',
        ...fieldRows(name as CollectionName),
        '<!-- 字段表结束 -->',
      ].join('\n'),
    );
}
