/** Facts about an edition that several sections read. Pure. */
import { formatChineseDate } from '../shared/datetime.ts';

/**
 * The reports whose deadlines the site shows (cities, statistics and home pages), each found by a
 * phrase of the notice's own wording: a plan (方案), the statistics form by its title, and the work
 * summary (工作总结). The content check requires every edition to have all three (site-rules.ts).
 */
export function reportDeadlinePhrases(edition: { statsForm: { title: string } }) {
  return { plan: '方案', stats: edition.statsForm.title, workSummary: '工作总结' } as const;
}

/** What the content check and findDeadline say when an edition's deadlines never mention a phrase. */
export const missingDeadlineMessage = (phrase: string) =>
  `本届活动的 deadlines 中没有提到“${phrase}”的报送截止日期：各市页面和统计页面据此显示截止日期，请在 what 里用这个说法写上这一项`;

/** Finds the reporting deadline whose description mentions a phrase; throws (stopping the build) when the edition has none. */
export function findDeadline<D extends { date: string; what: string }>(deadlines: readonly D[], phrase: string): D {
  const found = deadlines.find((d) => d.what.includes(phrase));
  // The content check refuses such an edition first; this only guards a loader called on unchecked data.
  if (!found) throw new Error(missingDeadlineMessage(phrase));
  return found;
}

/**
 * The parenthesis that follows a notice's title: its number and date when the content gives them,
 * "（示教〔2030〕1号，2030年8月10日）"; nothing at all when it gives neither, so a province whose notice
 * has no number never prints an empty "（）".
 */
export function noticeReference(
  notice: { number?: string | undefined; date?: string | undefined },
  withDate = false,
): string {
  const parts = [notice.number, withDate && notice.date ? formatChineseDate(notice.date) : undefined].filter(Boolean);
  return parts.length ? `（${parts.join('，')}）` : '';
}

/** The notice's order of roles, so a file that lists its hosts in another order still reads as the notice does. */
const roleOrder = ['主办', '承办', '协办', '共同举办'];

/**
 * The opening ceremony's hosts in one clause, "A主办，B、C承办，D协办": only the roles someone holds,
 * so an edition without a 协办 host never prints a bare "协办".
 */
export function hostsClause(hosts: readonly { name: string; role: string }[]): string {
  const rank = (role: string) => (roleOrder.includes(role) ? roleOrder.indexOf(role) : roleOrder.length);
  const roles = [...new Set(hosts.map((h) => h.role))].sort((a, b) => rank(a) - rank(b));
  return roles
    .map((role) => {
      const names = hosts.filter((h) => h.role === role && h.name.trim()).map((h) => h.name);
      return names.length ? `${names.join('、')}${role}` : '';
    })
    .filter(Boolean)
    .join('，');
}

/** Finds the edition whose notice is the page at a site path ("/notice-2030/"), if any. */
export function noticeEditionOf(
  editions: readonly { id: string; data: { notice: { page?: string | undefined } } }[],
  path: string,
): string | undefined {
  return editions.find((e) => e.data.notice.page !== undefined && path === `/${e.data.notice.page}/`)?.id;
}
