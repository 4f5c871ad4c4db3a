/**
 * Site facts in one typed place. Another province runs its own week by editing
 * this file and `content/` only (see README, "Understanding the site").
 */
export const siteConfig = {
  /** Public origin of the site; canonical URLs, feeds and the sitemap are built from it. */
  site: process.env.SITE_URL ?? 'https://xuexizhou.example.org',
  /**
   * Sub-path when the site is mounted as a column (专栏) of a portal, e.g. '/xuexizhou/'.
   * Leave as '/' for a site of its own.
   */
  base: process.env.SITE_BASE ?? '/',
  /** Province whose week this is; used in titles. */
  province: '山西省',
  /** Short name of the site, shown in the header and in <title>. */
  siteName: '山西省全民终身学习活动周',
  /** Id of the edition (a file in content/editions/) the home page presents. */
  currentEdition: '2023',
  /** Language of every page. */
  lang: 'zh-CN',
} as const;

export type SiteConfig = typeof siteConfig;

/**
 * Main navigation in display order. A section appears here only once its pages
 * exist; `key` names its label in src/i18n/zh-CN.ts.
 */
export const navigation = [
  { key: 'nav.notice', path: '/notice-2023/' },
  { key: 'nav.platforms', path: '/platforms/' },
  { key: 'nav.cities', path: '/cities/' },
  { key: 'nav.stats', path: '/stats/' },
  { key: 'nav.lectures', path: '/lectures/' },
  { key: 'nav.search', path: '/search/' },
] as const;
