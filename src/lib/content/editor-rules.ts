/**
 * Rules a schema cannot see (text in MDX bodies, values across files), and the warnings. Part of
 * the one content check (check.ts), so the build and `npm run validate` refuse the same things.
 */
import { collectionSpecs } from '../../schemas/index.ts';
import type { CheckedEntry } from './crossrefs.ts';
import { extractFromMarkdown } from './extract-urls.ts';
import { jsonLine, frontmatterLine } from './locate.ts';
import { parseContentFile } from './parse.ts';
import type { Problem } from './problems.ts';

export interface EditorFindings {
  errors: Problem[];
  warnings: Problem[];
}

const localTime = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?$/;

/** Runs every editor rule over the entries that passed the schemas. */
export function checkEditorRules(entries: readonly CheckedEntry[]): EditorFindings {
  const errors: Problem[] = [];
  const warnings: Problem[] = [];
  for (const entry of entries) {
    if (entry.file.endsWith('.mdx')) {
      errors.push(...bareUrls(entry));
    }
    warnings.push(...timesWithoutOffset(entry));
  }
  errors.push(...duplicateTitles(entries));
  return { errors, warnings };
}

/** A bare URL glued to Chinese punctuation: the link checker's own rule, so both report it alike. */
function bareUrls(entry: CheckedEntry): Problem[] {
  return extractFromMarkdown(entry.file, entry.text).errors.map((e) => ({
    file: e.source.file,
    line: e.source.line,
    message: e.message,
    found: e.url,
  }));
}

/** Date-times written without an offset: the site reads them as Beijing time, which is worth saying out loud. */
function timesWithoutOffset(entry: CheckedEntry): Problem[] {
  const parsed = parseContentFile(entry.file, entry.text);
  if ('message' in parsed) return [];
  const found: Problem[] = [];
  const visit = (value: unknown, path: (string | number)[]) => {
    if (typeof value === 'string' && localTime.test(value)) {
      const line = entry.file.endsWith('.json') ? jsonLine(entry.text, path) : frontmatterLine(entry.text, path);
      found.push({
        file: entry.file,
        ...(line === undefined ? {} : { line }),
        field: path.join('.'),
        message: `时间没有写时区，网站按北京时间处理：若确是北京时间，建议写成 "${value}+08:00"，一看就明白`,
        found: JSON.stringify(value),
      });
    } else if (Array.isArray(value)) {
      value.forEach((item, i) => visit(item, [...path, i]));
    } else if (value && typeof value === 'object' && !(value instanceof Date)) {
      for (const [key, item] of Object.entries(value)) visit(item, [...path, key]);
    }
  };
  visit(parsed.data, []);
  return found;
}

/** Two entries of one collection with the same title (or name) look like one page twice to a reader. */
function duplicateTitles(entries: readonly CheckedEntry[]): Problem[] {
  const problems: Problem[] = [];
  const seen = new Map<string, CheckedEntry>();
  // In file-name order, so the same file is named as the duplicate on every machine.
  for (const entry of [...entries].sort((a, b) => a.file.localeCompare(b.file))) {
    const field =
      typeof entry.data.title === 'string' ? 'title' : typeof entry.data.name === 'string' ? 'name' : undefined;
    if (!field) continue;
    const key = `${entry.collection}\u0000${entry.data[field].trim()}`;
    const first = seen.get(key);
    if (!first) {
      seen.set(key, entry);
      continue;
    }
    const label = (collectionSpecs as Record<string, { label: string }>)[entry.collection]?.label ?? entry.collection;
    const line = entry.file.endsWith('.json') ? jsonLine(entry.text, [field]) : frontmatterLine(entry.text, [field]);
    problems.push({
      file: entry.file,
      ...(line === undefined ? {} : { line }),
      field,
      message: `与 ${first.file} 重名：同一类${label}的${field === 'title' ? '标题' : '名称'}不能相同，读者分不清。请改得更具体，例如加上地名或日期`,
      found: JSON.stringify(entry.data[field]),
    });
  }
  return problems;
}
