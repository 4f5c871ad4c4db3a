/**
 * The published-URL contract: every URL the site has ever published — pages and the data files
 * platforms pull (.csv, .json, .ics, .xml, posters) — stays reachable, either as built or through
 * content/redirects.json.
 */
import { storyPagePattern, type Redirect } from '../../schemas/redirects.ts';

/**
 * Output that is not an address anyone links to: content-hashed assets (a new build names them
 * anew), the search index's internals, the 404 page and the server's configuration snippets.
 */
const unpublished = [
  /^\/_astro\//,
  /^\/pagefind\//,
  /^\/404\.html$/,
  /^\/404\/$/,
  /^\/nginx-[a-z-]+\.conf$/,
  /^\/redirects\.map$/,
];

/**
 * The URL a file in dist/ is published at ("stats/2030.csv" → "/stats/2030.csv", "cities/index.html"
 * → "/cities/"), or undefined for output that is not a published address.
 */
export function publishedUrlOf(file: string): string | undefined {
  const url = `/${file.replace(/\\/g, '/')}`.replace(/(^|\/)index\.html$/, '$1');
  return unpublished.some((pattern) => pattern.test(url)) ? undefined : url;
}

export interface UrlAudit {
  /** Published before, now neither built nor redirected: the build must fail. */
  lost: string[];
  /** Built now but not yet in the manifest: to be recorded. */
  added: string[];
  /** Redirects whose target is not a built page. */
  danglingRedirects: (Redirect & { to: string })[];
}

/** Compares the committed manifest with the pages just built and the redirect table. */
export function auditUrls(
  manifest: readonly string[],
  built: readonly string[],
  redirects: readonly Redirect[],
): UrlAudit {
  const builtSet = new Set(built);
  // A page's redirect also covers the files under it (its poster, its print version): they move with it.
  const covered = (url: string) =>
    redirects.some((r) => r.from === url || (r.from.endsWith('/') && url.startsWith(r.from)));
  return {
    lost: manifest.filter((url) => !builtSet.has(url) && !covered(url)),
    added: built.filter((url) => !manifest.includes(url)),
    // A withdrawal without a replacement has no target: its notice page is built at `from`.
    danglingRedirects: redirects.filter(
      (r): r is Redirect & { to: string } => r.to !== undefined && !builtSet.has(r.to),
    ),
  };
}

/** Explains lost URLs and dangling redirects in Chinese, with the fix. */
export function describeAudit(audit: UrlAudit): string[] {
  return [
    ...audit.lost.map((url) =>
      storyPagePattern.test(url)
        ? // Cases and stars are pulled by other platforms: their retirement must be announced, so the fix names it.
          `已发布的网址 ${url} 不见了：外部网站可能正链接着它。若是改名或删除，请在 content/redirects.json 中加一条 { "from": "${url}", "to": "/新网址/" }，并写撤下登记 "withdrawn": { "date": "撤下日期" }；没有替代页面时不写 to（见 docs/编辑指南.md 第六节）。若是误删，请恢复原文件。`
        : `已发布的网址 ${url} 不见了：外部网站可能正链接着它。若是改名或删除，请在 content/redirects.json 中加一条 { "from": "${url}", "to": "/新网址/" }；若是误删，请恢复原文件。`,
    ),
    ...audit.danglingRedirects.map(
      (r) => `content/redirects.json 中 ${r.from} 指向的 ${r.to} 不是本站的页面：请改成现有页面的网址。`,
    ),
  ];
}
