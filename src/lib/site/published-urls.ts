/**
 * The published-URL contract: every URL the site has ever published stays reachable,
 * either as a page or through content/redirects.json.
 */
import type { Redirect } from '../../schemas/redirects.ts';

export interface UrlAudit {
  /** Published before, now neither built nor redirected: the build must fail. */
  lost: string[];
  /** Built now but not yet in the manifest: to be recorded. */
  added: string[];
  /** Redirects whose target is not a built page. */
  danglingRedirects: (Redirect & { to: string })[];
}

/** Compares the committed manifest with the pages just built and the redirect table. */
export function auditUrls(manifest: readonly string[], built: readonly string[], redirects: readonly Redirect[]): UrlAudit {
  const builtSet = new Set(built);
  const redirected = new Set(redirects.map((r) => r.from));
  return {
    lost: manifest.filter((url) => !builtSet.has(url) && !redirected.has(url)),
    added: built.filter((url) => !manifest.includes(url)),
    // A withdrawal without a replacement has no target: its notice page is built at `from`.
    danglingRedirects: redirects.filter((r): r is Redirect & { to: string } => r.to !== undefined && !builtSet.has(r.to)),
  };
}

/** Explains lost URLs and dangling redirects in Chinese, with the fix. */
export function describeAudit(audit: UrlAudit): string[] {
  return [
    ...audit.lost.map(
      (url) =>
        `已发布的网址 ${url} 不见了：外部网站可能正链接着它。若是改名或删除，请在 content/redirects.json 中加一条 { "from": "${url}", "to": "/新网址/" }；若是误删，请恢复原文件。`,
    ),
    ...audit.danglingRedirects.map((r) => `content/redirects.json 中 ${r.from} 指向的 ${r.to} 不是本站的页面：请改成现有页面的网址。`),
  ];
}
