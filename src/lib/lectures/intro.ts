/** The schedule page's opening and sample-data sentences, built from content. Pure. */
import { t } from '../../i18n/zh-CN.ts';
import { tp } from '../../i18n/divisions.ts';

/**
 * Who runs the lectures besides the cities and schools: the organisers of the lectures that belong
 * to no city (the province-wide series), as the content names them, in first-seen order. Only the
 * lectures of `edition`: the sentence quotes that edition's notice, and the schedule also lists
 * other years' lectures.
 */
export function lecturesIntro(
  lectures: readonly { edition: string; city?: unknown; organiser: string }[],
  edition: string,
): string {
  const provinceWide = [
    ...new Set(lectures.filter((l) => l.edition === edition && l.city === undefined).map((l) => l.organiser)),
  ];
  return provinceWide.length ? tp('lectures.introWith', { organisers: provinceWide.join('、') }) : tp('lectures.intro');
}

/**
 * The sample-data note quotes what the notice says about the timing, from the edition's own
 * periodNote: the last line that has one (the week, which the notice lists last), or no quote at all.
 */
export function lecturesSampleNote(lines: readonly { name: string; periodNote?: string | undefined }[]): string {
  const line = lines.findLast((l) => l.periodNote);
  return line?.periodNote
    ? t('lectures.sampleNoteQuoted', { line: line.name, note: line.periodNote })
    : t('lectures.sampleNote');
}
