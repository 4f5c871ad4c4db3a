/**
 * Cuts a published file down to an example short enough to read on a phone, from the real text:
 * the 数据接口 page shows these, so an example can never drift from what the endpoint serves.
 */

/** Keeps the first `items` entries of every list and cuts long strings; the shape is unchanged. */
export function excerptJson(value: unknown, options: { items: number; maxText: number }): unknown {
  if (Array.isArray(value)) return value.slice(0, options.items).map((v) => excerptJson(v, options));
  if (typeof value === 'string') return value.length > options.maxText ? `${value.slice(0, options.maxText)}…` : value;
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, excerptJson(v, options)]));
}

export interface TextExcerpt {
  text: string;
  lines: number;
}

/**
 * Takes the opening lines of a text file, up to and including the first line matching `until`
 * (the end of the first entry) or `maxLines`, whichever comes first; lines longer than `maxChars`
 * are cut. `splitTags` puts each XML element of a one-line entry on its own line first.
 */
export function excerptText(
  text: string,
  options: { until?: RegExp; maxLines: number; maxChars: number; splitTags?: boolean },
): TextExcerpt {
  const body = text.replace(/^\uFEFF/, '');
  const all = (options.splitTags ? body.replace(/></g, '>\n<') : body).split(/\r?\n/);
  const end = options.until ? all.findIndex((line) => options.until!.test(line)) : -1;
  const kept = all.slice(0, Math.min(options.maxLines, end === -1 ? all.length : end + 1));
  const cut = kept.map((line) => (line.length > options.maxChars ? `${line.slice(0, options.maxChars)}…` : line));
  return { text: cut.join('\n'), lines: cut.length };
}
