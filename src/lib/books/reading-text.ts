/** The reading section's description, naming the edition's own activities. Pure. */
import { t } from '../../i18n/zh-CN.ts';

/** Each edition's notice lists its own reading activities; the description names them from content/reading/. */
export function readingDescription(activities: readonly { name: string }[]): string {
  return t('reading.description', { activities: activities.map((a) => a.name).join('、') });
}
