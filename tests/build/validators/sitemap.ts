/** Sitemaps (sitemaps.org 0.9): the structure of each file, and whether together they list exactly the site's indexable pages. */
import type { DistIndex } from '../../../scripts/lib/link-check/collect-dist.ts';
import { fileOfUrl, type SiteOptions } from '../../../scripts/lib/link-check/offline.ts';
import { childrenOf, isAbsoluteUrl, parseXml, textOf, type Outcome, type Validator } from './common.ts';

const NAMESPACE = 'http://www.sitemaps.org/schemas/sitemap/0.9';
/** Protocol limits per file. */
const MAX_ENTRIES = 50_000;
const MAX_BYTES = 50 * 1024 * 1024;
const MAX_URL_LENGTH = 2048;
const W3C_DATETIME = /^\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?)?)?$/;
const CHANGEFREQ = new Set(['always', 'hourly', 'daily', 'weekly', 'monthly', 'yearly', 'never']);

type SitemapKind = 'urlset' | 'sitemapindex';
const ENTRY: Record<SitemapKind, string> = { urlset: 'url', sitemapindex: 'sitemap' };

/** Reads the <loc> of every entry in a sitemap or sitemap index, checking what the protocol requires of each. */
export function readSitemap(bytes: Uint8Array, kind: SitemapKind): Outcome<string[]> {
  const entry = ENTRY[kind];
  const xml = parseXml(bytes, [`${kind}.${entry}`]);
  if (!xml.value) return xml;
  const root = xml.value[kind];
  if (!root || typeof root === 'string' || Array.isArray(root))
    return { problems: [`the root element must be <${kind}>`] };
  const problems: string[] = [];
  if (root['@xmlns'] !== NAMESPACE) problems.push(`<${kind}> must declare xmlns="${NAMESPACE}"`);
  if (bytes.length > MAX_BYTES) problems.push(`larger than the protocol's ${MAX_BYTES} bytes`);
  const entries = childrenOf(root, entry);
  if (entries.length > MAX_ENTRIES)
    problems.push(`${entries.length} entries; the protocol allows ${MAX_ENTRIES} per file`);
  const locs: string[] = [];
  entries.forEach((node, i) => {
    const where = `<${entry}> #${i + 1}`;
    const loc = textOf(childrenOf(node, 'loc')[0]);
    if (!isAbsoluteUrl(loc)) problems.push(`${where}: <loc> must be an absolute http(s) URL (saw "${loc}")`);
    else if (new URL(loc).href !== loc)
      problems.push(`${where}: <loc> ${loc} must be written percent-encoded, as ${new URL(loc).href}`);
    if (loc.length > MAX_URL_LENGTH) problems.push(`${where}: <loc> is longer than ${MAX_URL_LENGTH} characters`);
    if (locs.includes(loc)) problems.push(`${where}: ${loc} is listed twice`);
    locs.push(loc);
    const lastmod = childrenOf(node, 'lastmod')[0];
    if (lastmod !== undefined && !W3C_DATETIME.test(textOf(lastmod)))
      problems.push(`${where}: <lastmod> "${textOf(lastmod)}" is not a W3C date-time`);
    const changefreq = childrenOf(node, 'changefreq')[0];
    if (changefreq !== undefined && !CHANGEFREQ.has(textOf(changefreq)))
      problems.push(`${where}: <changefreq> "${textOf(changefreq)}" is not one of ${[...CHANGEFREQ].join(', ')}`);
    const priority = childrenOf(node, 'priority')[0];
    if (priority !== undefined && !/^(0(\.\d+)?|1(\.0+)?)$/.test(textOf(priority)))
      problems.push(`${where}: <priority> "${textOf(priority)}" is not between 0.0 and 1.0`);
  });
  return problems.length ? { problems } : { value: locs, problems: [] };
}

export const validateSitemap: Validator = (bytes) => readSitemap(bytes, 'urlset').problems;
export const validateSitemapIndex: Validator = (bytes) => readSitemap(bytes, 'sitemapindex').problems;

/** The index file @astrojs/sitemap writes, and the pattern of the sitemaps it lists. */
export const SITEMAP_INDEX = 'sitemap-index.xml';
export const SITEMAP_FILE = /^sitemap-\d+\.xml$/;

/**
 * Compares the sitemaps with the built pages: the sitemap index lists every sitemap file, and
 * the sitemaps list exactly the canonical URL of every page without robots noindex, each URL
 * served by the page whose canonical it is.
 */
export function sitemapCoverage(dist: DistIndex, read: (file: string) => Uint8Array, options: SiteOptions): string[] {
  if (!dist.files.has(SITEMAP_INDEX)) return [`${SITEMAP_INDEX} is missing`];
  const index = readSitemap(read(SITEMAP_INDEX), 'sitemapindex');
  if (!index.value) return index.problems.map((p) => `${SITEMAP_INDEX}: ${p}`);
  const problems: string[] = [];
  const listed = new Map<string, string>();
  const sitemapFiles = new Set<string>();
  for (const loc of index.value) {
    const { status, file } = fileOfUrl(new URL(loc), dist.files, options);
    if (status !== 'ok' || !file || !SITEMAP_FILE.test(file)) {
      problems.push(`${SITEMAP_INDEX} lists ${loc}, which is not a sitemap file in dist/`);
      continue;
    }
    sitemapFiles.add(file);
    const sitemap = readSitemap(read(file), 'urlset');
    problems.push(...sitemap.problems.map((p) => `${file}: ${p}`));
    for (const url of sitemap.value ?? []) {
      if (listed.has(url)) problems.push(`${file}: ${url} is also listed in ${listed.get(url)}`);
      listed.set(url, file);
    }
  }
  for (const file of dist.files) {
    if (SITEMAP_FILE.test(file) && !sitemapFiles.has(file)) problems.push(`${file} is not listed in ${SITEMAP_INDEX}`);
  }
  for (const [url, sitemap] of listed) {
    const { status, file } = fileOfUrl(new URL(url), dist.files, options);
    const page = file === undefined ? undefined : dist.pages.get(file);
    if (status !== 'ok' || !page) problems.push(`${sitemap} lists ${url}, which no page in dist/ serves`);
    else if (page.noindex)
      problems.push(`${sitemap} lists ${url}, but ${file} asks not to be indexed (robots noindex)`);
    else if (page.canonical !== url)
      problems.push(`${sitemap} lists ${url}, but the canonical of ${file} is ${page.canonical ?? 'missing'}`);
  }
  for (const [file, page] of dist.pages) {
    if (page.noindex) continue;
    if (!page.canonical) problems.push(`${file} has no <link rel="canonical">, so no sitemap can list it`);
    else if (!listed.has(page.canonical))
      problems.push(`${file} (canonical ${page.canonical}) is missing from the sitemaps`);
  }
  return problems;
}
