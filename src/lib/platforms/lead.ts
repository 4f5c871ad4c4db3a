/** The platforms page's opening sentence, naming the province's own platforms from content. Pure. */
import { t } from '../../i18n/zh-CN.ts';

interface PlatformLike {
  name: string;
  level: 'national' | 'provincial';
  order: number;
}

/**
 * The notice asks provinces to link their own platform with the national ones; which platform that
 * is comes from content (level "provincial"), so no province's platform is named in code. Without
 * one the sentence simply names none.
 */
export function platformsLead(platforms: readonly PlatformLike[]): string {
  const provincial = platforms
    .filter((p) => p.level === 'provincial')
    .sort((a, b) => a.order - b.order)
    .map((p) => p.name);
  return provincial.length ? t('platforms.leadConnected', { platforms: provincial.join('、') }) : t('platforms.lead');
}
