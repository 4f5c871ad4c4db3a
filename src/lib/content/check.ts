/**
 * The one content check: every file under content/ the way the build will read it, the rules
 * across files, the editor rules and the rules the pages rely on, every problem (not just the
 * first) as an editor-friendly message. The build (src/integrations/content-guard.ts) and
 * `npm run validate` both run exactly this, so they cannot disagree; tests run it too.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { z } from 'astro/zod';
import { collectionSpecs, type CollectionName, type CollectionSpec } from '../../schemas/index.ts';
import type { MdxBody } from '../../schemas/mdx.ts';
import { redirectsSchema } from '../../schemas/redirects.ts';
import { checkCrossReferences, type CheckedEntry, type EntryData } from './crossrefs.ts';
import { checkEditorRules } from './editor-rules.ts';
import { missingImages } from './image-files.ts';
import { bodyImageRefs, dataImageRefs, type ImageRef } from './image-refs.ts';
import { frontmatterLine, jsonLine } from './locate.ts';
import { bodyProblems } from './mdx-body.ts';
import { mdxTraps } from './mdx-traps.ts';
import { readMdxBody } from './mdx-tree.ts';
import { findPlaceholders, placeholderMessage } from './placeholders.ts';
import { parseContentFile } from './parse.ts';
import { byPlace, showValue, type Problem } from './problems.ts';
import { allowedKeysAt } from './schema-walk.ts';
import { checkSiteRules, type SiteSettings } from './site-rules.ts';
import { chineseErrorMap, unknownKeyMessage } from './zod-messages.ts';

export interface ContentCheck {
  /** Errors: the build stops and validate fails on any of them. */
  problems: Problem[];
  /** Worth a look, publishable as they are: both print them. */
  warnings: Problem[];
  entries: CheckedEntry[];
}

type CollectionCheck = Omit<ContentCheck, 'warnings'>;

/** Every entry that exists, valid or not, by collection: what other files may refer to. */
type KnownIds = Map<string, Set<string>>;

// Scripts have no astro:assets; an image reference is checked as a relative path.
const imageStub = () => z.string().regex(/^\.{1,2}\//, { error: '图片路径应以 ./ 开头，例如 "./images/photo.jpg"' });

const fileName = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Checks all collections and content/redirects.json under `root` (the project folder). `site` is
 * src/site.config.ts's say (the current edition); without it the rules about it are skipped, which
 * only tests on bare content folders do.
 */
export async function checkContent(root: string, site?: SiteSettings): Promise<ContentCheck> {
  const problems: Problem[] = [];
  const entries: CheckedEntry[] = [];
  const known: KnownIds = new Map();
  for (const name of Object.keys(collectionSpecs) as CollectionName[]) {
    const result = await checkCollection(root, name, known);
    problems.push(...result.problems);
    entries.push(...result.entries);
  }
  // Rules across files point at a field; the line is found here unless the rule knows it (a body line).
  const across: Problem[] = [...checkCrossReferences(entries, known), ...checkSiteRules(entries, known, site)];
  for (const p of across) problems.push(p.line === undefined ? withLine(p, entries) : p);
  const editor = checkEditorRules(entries);
  problems.push(...editor.errors);
  problems.push(...(await checkRedirects(root)));
  return { problems: problems.sort(byPlace), warnings: editor.warnings.sort(byPlace), entries };
}

async function checkCollection(root: string, name: CollectionName, known: KnownIds): Promise<CollectionCheck> {
  const spec: CollectionSpec = collectionSpecs[name];
  const dir = join(root, 'content', spec.dir);
  const files = (await readdir(dir, { withFileTypes: true }).catch(() => [])).filter((f) => f.isFile() && !f.name.startsWith('.'));
  const result: CollectionCheck = { problems: [], entries: [] };
  const checked: { file: string; id: string; path: string }[] = [];
  for (const f of files) {
    const file = relative(root, join(dir, f.name));
    const id = f.name.replace(/\.[^.]+$/, '');
    if (!f.name.endsWith(`.${spec.ext}`)) {
      result.problems.push({ file, message: `这个文件夹只放 .${spec.ext} 文件（${spec.label}）：请改扩展名，或把文件移到别处` });
      continue;
    }
    if (!fileName.test(id)) {
      result.problems.push({ file, message: `文件名就是网址，只能用小写英文字母、数字和连字符（-），例如 "moushi.${spec.ext}"；中文请写在文件里面` });
      continue;
    }
    const reserved = spec.reservedId?.(id);
    if (reserved) {
      result.problems.push({ file, message: reserved });
      continue;
    }
    // A file with a mistake still exists: its own problem is reported once, and files naming it are not blamed.
    known.set(name, (known.get(name) ?? new Set()).add(id));
    checked.push({ file, id, path: join(dir, f.name) });
  }
  // One schema per collection: zod compiles an object schema on first use, and building it per
  // file cost more than checking the file.
  const schema = spec.schema(imageStub);
  const read = readAhead(checked.map((c) => c.path));
  for (const [i, { file, id }] of checked.entries()) {
    const text = await read(i);
    const entry = checkEntry(file, text, schema, spec.body);
    result.problems.push(...entry.problems, ...missingImages(root, file, text, entry.images));
    if (entry.data) result.entries.push({ collection: name, id, file, text, data: entry.data });
  }
  return result;
}

/** Files being read at once: enough that the check never waits for the disk. */
const READ_AHEAD = 32;

/**
 * Reads `paths` in order, up to `depth` files ahead of the one asked for: reading one file at a
 * time left the check idle on every read. Ask for the texts in increasing order; a failed read
 * rejects when its text is asked for.
 */
export function readAhead(
  paths: readonly string[],
  depth = READ_AHEAD,
  read: (path: string) => Promise<string> = (path) => readFile(path, 'utf8'),
): (i: number) => Promise<string> {
  const reads: Promise<string>[] = [];
  return (i) => {
    for (let k = reads.length; k < Math.min(paths.length, i + depth); k++) {
      const text = read(paths[k]!);
      text.catch(() => undefined);
      reads.push(text);
    }
    return reads[i] ?? Promise.reject(new RangeError(`no file ${i} to read`));
  };
}

/**
 * Parses and validates one file's text against a schema. An MDX body is read as the build reads it:
 * what MDX refuses and images without alt text always, and `body`'s rules (components and their props…) when given.
 */
export function checkEntry(
  file: string,
  text: string,
  schema: z.ZodType,
  body?: MdxBody,
): { problems: Problem[]; data?: EntryData; images: ImageRef[] } {
  const parsed = parseContentFile(file, text);
  if ('message' in parsed) return { problems: [parsed], images: [] };
  const images: ImageRef[] = [];
  // Placeholders from `npm run new` come first: they explain most of the schema messages that follow.
  const problems: Problem[] = findPlaceholders(text).map((hit) => ({ file, line: hit.line, message: placeholderMessage, found: hit.found }));
  if (parsed.body !== undefined) {
    const read = readMdxBody(parsed.body, parsed.bodyLine ?? 1);
    for (const trap of [...mdxTraps(read), ...(body ? bodyProblems(read, body) : [])]) problems.push({ file, ...trap });
    images.push(...bodyImageRefs(read));
  }
  const locate = (path: readonly (string | number)[]) => (file.endsWith('.json') ? jsonLine(text, path) : frontmatterLine(text, path));
  const result = schema.safeParse(parsed.data, { error: chineseErrorMap });
  if (!result.success) {
    for (const issue of result.error.issues) problems.push(...issueToProblems(file, issue, parsed.data, schema, locate));
  }
  // Data that passes the schema is kept even when the body has traps, so references can still be checked.
  if (!result.success) return { problems, images };
  return { problems, data: result.data as EntryData, images: [...dataImageRefs(result.data), ...images] };
}


function issueToProblems(
  file: string,
  issue: z.core.$ZodIssue,
  input: unknown,
  schema: z.ZodType,
  locate: (path: readonly (string | number)[]) => number | undefined,
): Problem[] {
  const path = issue.path.map((p) => (typeof p === 'number' ? p : String(p)));
  if (issue.code === 'unrecognized_keys') {
    const allowed = allowedKeysAt(schema, path);
    return issue.keys.map((key) => {
      const line = locate([...path, key]);
      return {
        file,
        ...(line === undefined ? {} : { line }),
        field: [...path, key].join('.'),
        message: unknownKeyMessage(key, allowed),
      };
    });
  }
  const line = locate(path);
  // A bad record key is the key itself, not the value under it.
  const value = issue.code === 'invalid_key' ? path.at(-1) : valueAt(input, path);
  return [
    {
      file,
      ...(line === undefined ? {} : { line }),
      ...(path.length ? { field: path.join('.') } : {}),
      message: issue.message,
      ...(value === undefined ? {} : { found: showValue(value) }),
    },
  ];
}

function valueAt(data: unknown, path: readonly (string | number)[]): unknown {
  return path.reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined), data);
}

/** Adds the line of the offending field, found in the entry's own text. */
function withLine(problem: Omit<Problem, 'line'>, entries: readonly CheckedEntry[]): Problem {
  const entry = entries.find((e) => e.file === problem.file);
  if (!entry || !problem.field) return problem;
  const path = problem.field.split('.').map((s) => (/^\d+$/.test(s) ? Number(s) : s));
  const line = entry.file.endsWith('.json') ? jsonLine(entry.text, path) : frontmatterLine(entry.text, path);
  return line === undefined ? problem : { ...problem, line };
}

async function checkRedirects(root: string): Promise<Problem[]> {
  const file = 'content/redirects.json';
  const text = await readFile(join(root, file), 'utf8').catch(() => undefined);
  if (text === undefined) return [{ file, message: '缺少网址改动登记文件：没有改动时内容应为 []' }];
  return checkEntry(file, text, redirectsSchema).problems;
}
