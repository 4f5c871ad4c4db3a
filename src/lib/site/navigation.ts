/** The main navigation as configured, with the entries that follow the current edition resolved to paths. Pure. */
import type { MessageKey } from '../../i18n/zh-CN.ts';

/**
 * One entry of `navigation` in site.config.ts: a fixed section path, or `current: 'notice'` for the
 * current edition's notice page, which moves on by itself when a new edition becomes current.
 */
export type NavigationEntry = { key: MessageKey; path: string } | { key: MessageKey; current: 'notice' };

export interface NavigationItem {
  key: MessageKey;
  /** Site path without the base. */
  path: string;
}

/** Resolves the configured entries; an edition without a notice page simply has no 通知 entry. */
export function resolveNavigation(
  entries: readonly NavigationEntry[],
  edition: { notice: { page?: string | undefined } },
): NavigationItem[] {
  return entries.flatMap((entry) => {
    if ('path' in entry) return [{ key: entry.key, path: entry.path }];
    return edition.notice.page ? [{ key: entry.key, path: `/${edition.notice.page}/` }] : [];
  });
}
