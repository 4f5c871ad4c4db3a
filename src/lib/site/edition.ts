/** Facts about an edition that several sections read. Pure. */
import { formatChineseDate } from '../shared/datetime.ts';

/** Finds the reporting deadline whose description mentions a phrase; throws (stopping the build) when the edition has none. */
export function findDeadline<D extends { date: string; what: string }>(deadlines: readonly D[], phrase: string): D {
  const found = deadlines.find((d) => d.what.includes(phrase));
  if (!found)
    throw new Error(`本届活动的 deadlines 中没有提到“${phrase}”的报送截止日期：请在 content/editions/ 中补上`);
  return found;
}

/**
 * The parenthesis that follows a notice's title: its number and date when the content gives them,
 * "（晋教职成〔2023〕12号，2023年8月10日）"; nothing at all when it gives neither, so a province whose notice
 * has no number never prints an empty "（）".
 */
export function noticeReference(
  notice: { number?: string | undefined; date?: string | undefined },
  withDate = false,
): string {
  const parts = [notice.number, withDate && notice.date ? formatChineseDate(notice.date) : undefined].filter(Boolean);
  return parts.length ? `（${parts.join('，')}）` : '';
}

/** Finds the edition whose notice is the page at a site path ("/notice-2030/"), if any. */
export function noticeEditionOf(
  editions: readonly { id: string; data: { notice: { page?: string | undefined } } }[],
  path: string,
): string | undefined {
  return editions.find((e) => e.data.notice.page !== undefined && path === `/${e.data.notice.page}/`)?.id;
}
