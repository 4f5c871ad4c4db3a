/**
 * What a collection's MDX body may contain (src/schemas/mdx.ts declares it per collection in
 * collectionSpecs): no imports or exports, only the collection's components, each with the props
 * its schema allows, and, for stories, no raw media tags and no phone numbers in the text.
 */
import { phonePattern } from '../../schemas/common.ts';
import { mdxComponentSchemas, type MdxBody, type MdxComponentName } from '../../schemas/mdx.ts';
import { isJsx, openingTag, walk, type MdxBodyTree, type MdxNode, type Trap } from './mdx-tree.ts';
import { showValue } from './problems.ts';
import { chineseErrorMap, unknownKeyMessage } from './zod-messages.ts';

// Lower case only: <Video> is the story component, <video> the raw tag.
const rawMedia = new Set(['script', 'style', 'iframe', 'img', 'video', 'audio', 'object', 'embed', 'form', 'input']);

// Addresses are not text a reader dials: the digits of https://example.org/news/13912345678.html are no phone number.
const phones = new RegExp(phonePattern.source, 'g');
// ASCII only: Chinese text runs on without spaces, and a phone number right after an address is still one.
const address = /(?:[a-z][a-z0-9+.-]*:\/\/|www\.)[!-~]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+/gi;

/** Checks a body already read against its collection's rules; syntax and alt text are mdxTraps' concern. */
export function bodyProblems({ tree, source }: MdxBodyTree, body: MdxBody): Trap[] {
  if (!tree) return [];
  const problems: Trap[] = [];
  const allowed = body.components.map((n) => `<${n}>`).join('、');
  walk(tree, (node) => {
    const line = node.position?.start.line ?? 1;
    if (node.type === 'mdxjsEsm') {
      problems.push({
        line,
        found: (node.value ?? '').split('\n')[0]!.trim(),
        message: `${body.noun}正文里不能写 import 或 export：${body.components.length ? `组件直接写 ${allowed}` : '正文只写 Markdown'}，图片用 ![替代文字](./images/文件名.jpg)`,
      });
    }
    if (isJsx(node) && node.name) {
      if (isComponent(node.name)) {
        if (!(body.components as readonly string[]).includes(node.name)) {
          problems.push({
            line,
            found: `<${node.name}`,
            message: body.components.length ? `${body.noun}里只能用这些组件：${allowed}` : `${body.noun}正文里不能用组件：只写 Markdown`,
          });
        } else {
          problems.push(...propProblems(node, node.name as MdxComponentName, line, source));
        }
      } else if (body.noRawMedia && rawMedia.has(node.name)) {
        problems.push({ line, found: `<${node.name}`, message: `${body.noun}里不能直接写 HTML 媒体或脚本标签：图片用 ![替代文字](路径) 放在 <Figure> 里，视频用 <Video>` });
      }
    }
    if (body.noPhones && node.type === 'text') {
      const text = (node.value ?? '').replace(address, (m) => ' '.repeat(m.length));
      for (const phone of text.matchAll(phones)) {
        const lineInNode = text.slice(0, phone.index).split('\n').length - 1;
        problems.push({ line: line + lineInNode, found: phone[0], message: `${body.noun}里不写电话号码：只写单位名称，读者可通过单位公开的渠道联系` });
      }
    }
  });
  return problems.sort((a, b) => a.line - b.line);
}

// JSX reads a capitalised or dotted name as a component, anything else as an HTML tag.
const isComponent = (name: string) => /^[A-Z]/.test(name) || name.includes('.');

/** Checks one component's attributes against its props schema, in the words of the content schemas. */
function propProblems(node: MdxNode, name: MdxComponentName, line: number, source: string): Trap[] {
  const schema = mdxComponentSchemas[name];
  const props: Record<string, unknown> = {};
  const problems: Trap[] = [];
  for (const attribute of node.attributes ?? []) {
    if (attribute.type === 'mdxJsxAttribute' && (attribute.value == null || typeof attribute.value === 'string')) {
      props[attribute.name] = attribute.value ?? true;
      continue;
    }
    problems.push({
      line,
      found: attribute.type === 'mdxJsxAttribute' ? `${attribute.name}={…}` : '{…}',
      message: `<${name}> 的属性请写成 名称="文字"：内容里不写 { } 代码`,
    });
    // An attribute given as code still counts as given; its value is not known here.
    if (attribute.type === 'mdxJsxAttribute') props[attribute.name] = undefined;
  }
  const result = schema.safeParse(props, { error: chineseErrorMap });
  if (result.success) return problems;
  const where = openingTag(source, node);
  for (const issue of result.error.issues) {
    if (issue.code === 'unrecognized_keys') {
      const allowed = Object.keys(schema.shape);
      for (const key of issue.keys) {
        const hint = allowed.length ? unknownKeyMessage(key, allowed, '属性') : '这个组件不写属性';
        problems.push({ line, found: where, message: `<${name}> 的属性 ${key}：${hint}` });
      }
      continue;
    }
    const key = String(issue.path[0] ?? '');
    if (key in props && props[key] === undefined) continue;
    const value = props[key];
    // A missing attribute is best explained by what it is for.
    const purpose = value === undefined ? (schema.shape as Record<string, { description?: string }>)[key]?.description : undefined;
    problems.push({
      line,
      found: value === undefined ? where : showValue(value),
      message: `<${name}> 的属性 ${key}：${issue.message}${purpose ? `。${key} 是${purpose}` : ''}`,
    });
  }
  return problems;
}
