/**
 * The site's Content-Security-Policy, built from the finished HTML: every inline script,
 * inline style and style attribute the build emitted is allowed by its SHA-256 hash, so the
 * policy needs no 'unsafe-inline' and is exact for the pages actually shipped.
 */
import { createHash } from 'node:crypto';

/** What the built pages contain inline, as CSP hash sources ('sha256-…'). */
export interface InlineHashes {
  scripts: Set<string>;
  styles: Set<string>;
  styleAttributes: Set<string>;
}

/** The longest policy the build accepts; some proxies and CDNs drop response headers past 8 KB. */
export const MAX_POLICY_LENGTH = 8000;

/** Hashes a script or style body the way browsers do: parsed HTML has CR/CRLF turned into LF. */
export function cspHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text.replace(/\r\n?/g, '\n'), 'utf8').digest('base64')}'`;
}

/** Tells whether a <script> with this type attribute is executed (and so governed by script-src) rather than a data block such as JSON-LD. */
export function isExecutableScriptType(type: string | undefined): boolean {
  const value = (type ?? '').trim().toLowerCase();
  return (
    value === '' ||
    value === 'module' ||
    value === 'importmap' ||
    value === 'speculationrules' ||
    /(java|ecma|j|live)script/.test(value)
  );
}

/** Returns an attribute's value from the raw attribute text of a start tag; the first occurrence wins, as in HTML. */
function attribute(attributes: string, name: string): string | undefined {
  for (const [, key = '', double, single, bare] of attributes.matchAll(
    /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g,
  )) {
    if (key.toLowerCase() === name) return double ?? single ?? bare ?? '';
  }
  return undefined;
}

/** Decodes the character references HTML allows in attribute values, so style attributes hash as the browser sees them. */
function decodeAttribute(value: string): string {
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
  return value.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, ref: string) => {
    const key = ref.toLowerCase();
    if (key.startsWith('#x')) return String.fromCodePoint(parseInt(key.slice(2), 16));
    if (key.startsWith('#')) return String.fromCodePoint(Number(key.slice(1)));
    return named[key] ?? whole;
  });
}

/** The attribute text of a start tag; quoted values may contain ">". */
const ATTRIBUTES = `((?:"[^"]*"|'[^']*'|[^'">])*)`;
const SCRIPT = new RegExp(`<script\\b${ATTRIBUTES}>([\\s\\S]*?)</script\\s*>`, 'gi');
const STYLE = new RegExp(`<style\\b${ATTRIBUTES}>([\\s\\S]*?)</style\\s*>`, 'gi');
const START_TAG = new RegExp(`<[a-z][a-z0-9-]*${ATTRIBUTES}>`, 'gi');

/** Adds the hashes of one page's inline scripts, <style> elements and style attributes to `into`. */
export function collectInlineHashes(html: string, into: InlineHashes): InlineHashes {
  // Scripts and styles are raw-text elements: their body ends at the first closing tag.
  for (const [, attrs = '', body = ''] of html.matchAll(SCRIPT)) {
    if (attribute(attrs, 'src') === undefined && body !== '' && isExecutableScriptType(attribute(attrs, 'type')))
      into.scripts.add(cspHash(body));
  }
  for (const [, , body = ''] of html.matchAll(STYLE)) into.styles.add(cspHash(body));
  // Most pages have no style attribute at all; scanning every tag is the slow part, so test first.
  if (!/\sstyle\s*=/i.test(html)) return into;
  // Raw text is blanked first so that "<b style=…>" inside a script's string is not taken for markup.
  const markup = html.replace(SCRIPT, '').replace(STYLE, '');
  for (const [, attrs = ''] of markup.matchAll(START_TAG)) {
    const style = /style/i.test(attrs) ? attribute(attrs, 'style') : undefined;
    if (style !== undefined) into.styleAttributes.add(cspHash(decodeAttribute(style)));
  }
  return into;
}

/** Creates an empty hash collection. */
export function emptyHashes(): InlineHashes {
  return { scripts: new Set(), styles: new Set(), styleAttributes: new Set() };
}

/** Builds the policy: same origin only, inline code only by hash, no framing by other sites, WebAssembly only when the site ships it (Pagefind search). */
export function buildPolicy(hashes: InlineHashes, options: { webAssembly: boolean }): string {
  const sorted = (set: Set<string>) => [...set].sort();
  const directives = [
    "default-src 'self'",
    ['script-src', "'self'", ...(options.webAssembly ? ["'wasm-unsafe-eval'"] : []), ...sorted(hashes.scripts)].join(
      ' ',
    ),
    ['style-src', "'self'", ...sorted(hashes.styles)].join(' '),
    // Without style attributes this directive is omitted and style-src (which allows none) applies.
    ...(hashes.styleAttributes.size > 0
      ? [['style-src-attr', "'unsafe-hashes'", ...sorted(hashes.styleAttributes)].join(' ')]
      : []),
    // Vite inlines small images referenced from CSS as data: URIs.
    "img-src 'self' data:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    // 'self' rather than 'none': a portal may show this site as a column (专栏) on its own origin.
    "frame-ancestors 'self'",
  ];
  const policy = directives.join('; ');
  if (policy.length > MAX_POLICY_LENGTH) {
    throw new Error(
      `内容安全策略（CSP）长 ${policy.length} 个字符，超过 ${MAX_POLICY_LENGTH}：页面中各不相同的内联脚本或样式太多（脚本 ${hashes.scripts.size} 种，样式 ${hashes.styles.size} 种，style 属性 ${hashes.styleAttributes.size} 种）。` +
        '请把每页不同的数据放进 data- 属性或 CSS 类，由打包的脚本读取。' +
        ` (The CSP is ${policy.length} characters, over ${MAX_POLICY_LENGTH}: too many distinct inline scripts or styles; move per-page data into data- attributes or classes.)`,
    );
  }
  return policy;
}

/** Renders the policy as the nginx include the shipped configuration reads (deploy/nginx/). */
export function toNginxCspInclude(policy: string): string {
  if (/["\\$]/.test(policy)) throw new Error(`CSP contains a character nginx would misread: ${policy}`);
  return `# Generated by the build (src/integrations/csp.ts) from the inline code in dist/; do not edit.\nadd_header Content-Security-Policy "${policy}" always;\n`;
}
