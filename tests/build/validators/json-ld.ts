/** JSON-LD blocks inside HTML pages: each parses as JSON and describes schema.org things with a @context and a @type. */
import { parse } from 'node-html-parser';
import { decodeUtf8, type Validator } from './common.ts';

const SCHEMA_ORG = new Set(['https://schema.org', 'https://schema.org/', 'http://schema.org', 'http://schema.org/']);
const TYPE_NAME = /^[A-Z][A-Za-z0-9]*$/;

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Tells whether a @context is schema.org: the URL itself, an array holding it, or an object with it as @vocab. */
function isSchemaOrg(context: unknown): boolean {
  if (typeof context === 'string') return SCHEMA_ORG.has(context);
  if (Array.isArray(context)) return context.some(isSchemaOrg);
  return isObject(context) && SCHEMA_ORG.has(String(context['@vocab']));
}

/** Tells whether a @type names schema.org types ("Event", or ["Event", "EducationEvent"]). */
function isTypeName(type: unknown): boolean {
  if (typeof type === 'string') return TYPE_NAME.test(type);
  return Array.isArray(type) && type.length > 0 && type.every((t) => typeof t === 'string' && TYPE_NAME.test(t));
}

/** Checks one parsed top-level node: a @context, and a @type on it or on every node of its @graph. */
function nodeProblems(node: unknown, where: string): string[] {
  if (!isObject(node)) return [`${where} must be a JSON object`];
  const problems = isSchemaOrg(node['@context'])
    ? []
    : [`${where}: "@context" must be "https://schema.org" (saw ${JSON.stringify(node['@context'])})`];
  if (node['@graph'] === undefined) {
    if (!isTypeName(node['@type']))
      problems.push(`${where}: "@type" must name a schema.org type (saw ${JSON.stringify(node['@type'])})`);
  } else if (!Array.isArray(node['@graph'])) problems.push(`${where}: "@graph" must be an array`);
  else
    node['@graph'].forEach((item: unknown, i) => {
      if (!isObject(item) || !isTypeName(item['@type']))
        problems.push(`${where}: @graph[${i}] needs a "@type" naming a schema.org type`);
    });
  return problems;
}

/** Checks every `<script type="application/ld+json">` of an HTML page (a page without any passes). */
export const validateJsonLd: Validator = (bytes) => {
  const text = decodeUtf8(bytes);
  if (text.value === undefined) return text.problems;
  const html = text.value;
  const scripts = parse(html)
    .querySelectorAll('script')
    .filter((s) => s.getAttribute('type')?.trim().toLowerCase() === 'application/ld+json');
  return scripts.flatMap((script) => {
    const where = `JSON-LD on line ${html.slice(0, script.range[0]).split('\n').length}`;
    let data: unknown;
    try {
      data = JSON.parse(script.rawText);
    } catch (error) {
      return [`${where} is not valid JSON: ${(error as Error).message}`];
    }
    return Array.isArray(data)
      ? data.flatMap((node, i) => nodeProblems(node, `${where}, item ${i + 1}`))
      : nodeProblems(data, where);
  });
};
