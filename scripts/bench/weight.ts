/**
 * Weighs built pages: every file a browser fetches to show a page (the HTML, the CSS and JS
 * it references, transitively, and its images and fonts), raw and compressed, plus the
 * budget facts that follow from the markup (render-blocking scripts, requests to other origins).
 * Used by `npm run bench` and by tests/build/page-weight.test.ts, so both count the same bytes.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';

export type ResourceKind = 'html' | 'css' | 'js' | 'image' | 'font' | 'other';
export const resourceKinds: readonly ResourceKind[] = ['html', 'css', 'js', 'image', 'font', 'other'];

export interface Sizes {
  raw: number;
  gzip: number;
  brotli: number;
}

export interface Reference {
  url: string;
  kind: ResourceKind;
}

export interface PageRequests {
  /** Resources the page itself loads, as written in the markup (relative or absolute). */
  refs: Reference[];
  /** `<script src>` in `<head>` without defer, async or type="module": they stop rendering until fetched and run. */
  renderBlocking: string[];
  /** Source of inline module scripts, whose static imports are fetched too. */
  inlineModules: string[];
}

export interface PageWeight {
  /** Site path, e.g. "/notice-2023/" (the 404 page is "/404.html"). */
  path: string;
  /** File under dist/, e.g. "notice-2023/index.html". */
  file: string;
  /** True for the static pages that stand in for moved URLs (meta refresh). */
  redirect: boolean;
  /** The HTML first, then each distinct same-origin file it loads, by site path. */
  resources: { url: string; kind: ResourceKind; sizes: Sizes }[];
  totals: Record<ResourceKind, Sizes>;
  /** Gzipped HTML + CSS + JS: the figure the page-weight budget limits. */
  budgetBytes: number;
  renderBlocking: string[];
  /** Absolute URLs of resources on any other origin. */
  otherOrigins: string[];
  /** Same-origin resources that are not in dist/ (a broken reference). */
  missing: string[];
}

/**
 * Measures bytes raw, gzipped and brotli-compressed, both at level 6 as servers compress on the fly.
 * (Brotli 11, for precompressed files, saves about 10 % more on our pages but takes ~70× as long,
 * which the page-weight test over every page cannot afford.)
 */
export function compressedSizes(bytes: Uint8Array): Sizes {
  return {
    raw: bytes.byteLength,
    gzip: gzipSync(bytes, { level: 6 }).byteLength,
    brotli: brotliCompressSync(bytes, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 6, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.byteLength },
    }).byteLength,
  };
}

const imageExt = /\.(?:png|jpe?g|gif|webp|avif|svg|ico|bmp)$/i;
const fontExt = /\.(?:woff2?|ttf|otf|eot)$/i;

/** Classifies a URL by its file extension, falling back to the element's hint. */
export function kindOf(url: string, hint: ResourceKind = 'other'): ResourceKind {
  const path = url.split(/[?#]/)[0]!;
  if (/\.css$/i.test(path)) return 'css';
  if (/\.m?js$/i.test(path)) return 'js';
  if (imageExt.test(path)) return 'image';
  if (fontExt.test(path)) return 'font';
  if (/\.html?$/i.test(path) || path.endsWith('/')) return 'html';
  return hint;
}

const fetchedLinkRels = new Set([
  'stylesheet',
  'icon',
  'shortcut',
  'apple-touch-icon',
  'mask-icon',
  'preload',
  'modulepreload',
  'manifest',
]);
const asKind: Record<string, ResourceKind> = { style: 'css', script: 'js', image: 'image', font: 'font' };

const srcsetUrls = (srcset: string) =>
  srcset
    .split(',')
    .map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
    .filter(Boolean);

/** Lists what a page's markup makes the browser fetch before and while it renders (links to other pages excluded). */
export function pageRequests(html: string): PageRequests {
  const doc = parse(html, { comment: false });
  const refs: Reference[] = [];
  const renderBlocking: string[] = [];
  const inlineModules: string[] = [];
  const add = (url: string | undefined, hint: ResourceKind) => {
    if (url && !url.startsWith('data:') && !url.startsWith('#')) refs.push({ url, kind: kindOf(url, hint) });
  };
  for (const script of doc.querySelectorAll('script')) {
    const src = script.getAttribute('src');
    const type = script.getAttribute('type') ?? '';
    if (src) {
      add(src, 'js');
      const deferred = script.hasAttribute('defer') || script.hasAttribute('async') || type === 'module';
      if (!deferred && script.closest('head')) renderBlocking.push(src);
    } else if (type === 'module') {
      inlineModules.push(script.rawText);
    }
  }
  for (const link of doc.querySelectorAll('link[href]')) {
    const rels = (link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
    if (!rels.some((rel) => fetchedLinkRels.has(rel))) continue;
    const hint = rels.includes('stylesheet')
      ? 'css'
      : rels.includes('modulepreload')
        ? 'js'
        : rels.some((r) => r.includes('icon'))
          ? 'image'
          : (asKind[link.getAttribute('as') ?? ''] ?? 'other');
    add(link.getAttribute('href'), hint);
  }
  for (const el of doc.querySelectorAll('img, source, video, audio, iframe, embed, object, input[type="image"]')) {
    const tag = el.tagName.toLowerCase();
    const hint: ResourceKind = tag === 'iframe' ? 'html' : tag === 'img' || tag === 'input' ? 'image' : 'other';
    add(el.getAttribute('src') ?? el.getAttribute('data'), hint);
    add(el.getAttribute('poster'), 'image');
    for (const url of srcsetUrls(el.getAttribute('srcset') ?? '')) add(url, 'image');
  }
  for (const style of doc.querySelectorAll('style')) {
    for (const url of cssRequests(style.rawText)) add(url, 'image');
  }
  for (const el of doc.querySelectorAll('[style]')) {
    for (const url of cssRequests(el.getAttribute('style') ?? '')) add(url, 'image');
  }
  return { refs, renderBlocking, inlineModules };
}

/** Lists the URLs a stylesheet fetches: @import rules and url() values (data: URIs excluded). */
export function cssRequests(css: string): string[] {
  const urls = new Set<string>();
  const withoutComments = css.replace(/\/\*[\s\S]*?\*\//g, '');
  for (const m of withoutComments.matchAll(/@import\s+(?:url\(\s*)?["']?([^"')\s;]+)/g)) urls.add(m[1]!);
  for (const m of withoutComments.matchAll(/url\(\s*(["']?)([^"')]+?)\1\s*\)/g)) urls.add(m[2]!);
  return [...urls].filter((u) => !u.startsWith('data:') && !u.startsWith('#'));
}

/** Lists the modules a script imports statically; dynamic import() is left out because it loads only when used. */
export function jsImports(code: string): string[] {
  const found = new Set<string>();
  const patterns = [/\bimport\s*["']([^"']+)["']/g, /\b(?:import|export)\s*[\w*{}\s,$]*?\bfrom\s*["']([^"']+)["']/g];
  for (const pattern of patterns) for (const m of code.matchAll(pattern)) found.add(m[1]!);
  return [...found];
}

const emptySizes = (): Sizes => ({ raw: 0, gzip: 0, brotli: 0 });

export interface WeigherOptions {
  distDir: string;
  /** Base path the site is mounted at, e.g. "/" or "/xuexizhou/". */
  base: string;
  /** The site's public origin; absolute URLs on it count as same-origin. */
  site: string;
}

/** Returns a function that weighs one built HTML file; sizes of shared files are computed once. */
export function createWeigher({ distDir, base, site }: WeigherOptions): (file: string) => PageWeight {
  const origin = new URL(site).origin;
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const sizeCache = new Map<string, Sizes>();
  const sizesOf = (distFile: string, bytes?: Uint8Array) => {
    let sizes = sizeCache.get(distFile);
    if (!sizes) {
      sizes = compressedSizes(bytes ?? readFileSync(join(distDir, distFile)));
      sizeCache.set(distFile, sizes);
    }
    return sizes;
  };
  // Maps a same-origin URL to its file in dist/, or undefined when the path lies outside the base.
  const distFileOf = (url: URL) => {
    const pathname = decodeURIComponent(url.pathname);
    if (!pathname.startsWith(prefix)) return undefined;
    const rel = pathname.slice(prefix.length);
    const file = rel === '' || rel.endsWith('/') ? `${rel}index.html` : rel;
    const full = join(distDir, file);
    if (existsSync(full) && statSync(full).isDirectory()) return join(file, 'index.html');
    return file;
  };

  return (file: string) => {
    const path =
      file === 'index.html'
        ? '/'
        : file.endsWith('/index.html')
          ? `/${file.slice(0, -'index.html'.length)}`
          : `/${file}`;
    const pageUrl = new URL(`${prefix}${path.slice(1)}`, origin);
    const bytes = readFileSync(join(distDir, file));
    const html = bytes.toString('utf8');
    const requests = pageRequests(html);
    const weight: PageWeight = {
      path,
      file,
      redirect: /<meta\s+http-equiv=["']?refresh/i.test(html),
      resources: [{ url: path, kind: 'html', sizes: sizesOf(file, bytes) }],
      totals: Object.fromEntries(resourceKinds.map((k) => [k, emptySizes()])) as Record<ResourceKind, Sizes>,
      budgetBytes: 0,
      renderBlocking: requests.renderBlocking,
      otherOrigins: [],
      missing: [],
    };
    const seen = new Set<string>([file]);
    const queue: { url: URL; kind: ResourceKind }[] = [];
    const enqueue = (raw: string, from: URL, kind: ResourceKind) => {
      let url: URL;
      try {
        url = new URL(raw, from);
      } catch {
        weight.missing.push(raw);
        return;
      }
      if (url.protocol !== 'http:' && url.protocol !== 'https:') return;
      if (url.origin !== origin) {
        if (!weight.otherOrigins.includes(url.href)) weight.otherOrigins.push(url.href);
        return;
      }
      queue.push({ url, kind });
    };
    for (const ref of requests.refs) enqueue(ref.url, pageUrl, ref.kind);
    for (const code of requests.inlineModules) for (const spec of jsImports(code)) enqueue(spec, pageUrl, 'js');
    while (queue.length > 0) {
      const { url, kind } = queue.shift()!;
      const distFile = distFileOf(url);
      if (distFile === undefined || !existsSync(join(distDir, distFile))) {
        if (!weight.missing.includes(url.pathname)) weight.missing.push(url.pathname);
        continue;
      }
      if (seen.has(distFile)) continue;
      seen.add(distFile);
      weight.resources.push({ url: url.pathname, kind, sizes: sizesOf(distFile) });
      if (kind === 'css')
        for (const ref of cssRequests(readFileSync(join(distDir, distFile), 'utf8')))
          enqueue(ref, url, kindOf(ref, 'image'));
      if (kind === 'js')
        for (const spec of jsImports(readFileSync(join(distDir, distFile), 'utf8'))) enqueue(spec, url, 'js');
    }
    for (const r of weight.resources) {
      const total = weight.totals[r.kind];
      total.raw += r.sizes.raw;
      total.gzip += r.sizes.gzip;
      total.brotli += r.sizes.brotli;
    }
    weight.budgetBytes = weight.totals.html.gzip + weight.totals.css.gzip + weight.totals.js.gzip;
    return weight;
  };
}
