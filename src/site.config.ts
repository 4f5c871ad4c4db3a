/**
 * Site facts in one typed place. Another province runs its own week by editing
 * this file and `content/` only (see README, "Understanding the site"). The values are
 * checked once when the build starts (src/schemas/site.ts); a mistake stops it with a
 * Chinese message that names the field or the environment variable.
 */
import { parseWithFriendlyErrors } from './lib/content/friendly-parse.ts';
import type { NavigationEntry } from './lib/site/navigation.ts';
import { siteConfigEnv, siteConfigSchema, type SiteConfigInput } from './schemas/site.ts';

const settings: SiteConfigInput = {
  /** Public origin of the site; canonical URLs, feeds and the sitemap are built from it. */
  site: process.env.SITE_URL ?? 'https://xuexizhou.example.org',
  /**
   * Sub-path when the site is mounted as a column (专栏) of a portal, e.g. '/xuexizhou/'.
   * Leave as '/' for a site of its own.
   */
  base: process.env.SITE_BASE ?? '/',
  /** Province whose week this is; used in titles. */
  province: '山西省',
  /**
   * How running text names the whole province, its own level and its parts (各市, 本市, 市级
   * come from part): 全省合计, 省级平台, 各市一地一案, and the honour levels 全国 / 省级 / 市级.
   * An autonomous region writes { whole: '全区', provincial: '自治区级', part: '市' } (or part
   * '盟市'); a municipality { whole: '全市', provincial: '市级', part: '区' }.
   */
  divisions: { whole: '全省', provincial: '省级', part: '市' },
  /** Short name of the site, shown in the header and in <title>. */
  siteName: '山西省全民终身学习活动周',
  /** Id of the edition (a file in content/editions/) the home page presents. */
  currentEdition: '2023',
  /** Language of every page. */
  lang: 'zh-CN',
  /**
   * Where the site's sources live, for the 纠错 link at the end of every page (GitHub or
   * Gitee style: <url>/edit/<branch>/<file>). Leave url empty to show no 纠错 link.
   */
  repository: { url: process.env.SITE_REPOSITORY ?? '', branch: 'main' },
  /**
   * Fonts for the share posters rendered to PNG at build time, tried in order; files
   * missing on this machine are skipped (Debian/Ubuntu: apt-get install fonts-noto-cjk).
   */
  posterFonts: [
    '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc',
    '/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc',
  ],
};

export const siteConfig = parseWithFriendlyErrors(siteConfigSchema, settings, 'src/site.config.ts', (field) =>
  siteConfigEnv[field] ? `${field}（环境变量 ${siteConfigEnv[field]}）` : field,
);

export type SiteConfig = typeof siteConfig;

/**
 * Main navigation in display order. A section appears here only once its pages
 * exist; `key` names its label in src/i18n/zh-CN.ts. `current: 'notice'` links the
 * current edition's notice page, so the menu follows currentEdition by itself.
 */
export const navigation: readonly NavigationEntry[] = [
  { key: 'nav.reading', path: '/reading/' },
  { key: 'nav.lectures', path: '/lectures/' },
  { key: 'nav.cases', path: '/cases/' },
  { key: 'nav.stars', path: '/stars/' },
  { key: 'nav.cities', path: '/cities/' },
  { key: 'nav.stats', path: '/stats/' },
  { key: 'nav.platforms', path: '/platforms/' },
  { key: 'nav.news', path: '/news/' },
  { key: 'nav.notice', current: 'notice' },
  { key: 'nav.editions', path: '/editions/' },
];
