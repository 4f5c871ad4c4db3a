/** schema.org JSON-LD for cases, stars and news, so search engines and platforms read the facts. */
import type { Article, NewsArticle, Organization, Person, WithContext } from 'schema-dts';

export interface StoryLd {
  kind: 'case' | 'star' | 'news';
  url: string;
  title: string;
  description: string;
  published: string;
  updated?: string | undefined;
  image?: string | undefined;
  siteName: string;
  /** City and county, e.g. "某某市某某区". */
  place?: string | undefined;
  /** Honour title, e.g. "2023年示例省终身学习品牌项目". */
  award?: string | undefined;
  /** The project's organisation (cases). */
  organisation?: string | undefined;
  /** The person's public name (stars). */
  person?: string | undefined;
  category?: string | undefined;
  /** Short code of a case, e.g. "2023-001". */
  identifier?: string | undefined;
  sample: boolean;
}

/** Builds the JSON-LD object of a story page: an Article (NewsArticle for news) about a project or a person. */
export function storyJsonLd(s: StoryLd): WithContext<Article | NewsArticle> {
  const about: Person | Organization | undefined =
    s.kind === 'star' && s.person
      ? { '@type': 'Person', name: s.person, ...(s.award ? { award: s.award } : {}) }
      : s.kind === 'case' && s.organisation
        ? { '@type': 'Organization', name: s.organisation }
        : undefined;
  return {
    '@context': 'https://schema.org',
    '@type': s.kind === 'news' ? 'NewsArticle' : 'Article',
    '@id': s.url,
    url: s.url,
    mainEntityOfPage: s.url,
    headline: s.title,
    description: s.description,
    inLanguage: 'zh-CN',
    datePublished: s.published,
    dateModified: s.updated ?? s.published,
    isAccessibleForFree: true,
    publisher: { '@type': 'Organization', name: s.siteName },
    ...(s.image ? { image: s.image } : {}),
    ...(s.place ? { contentLocation: { '@type': 'Place', name: s.place } } : {}),
    ...(s.award && s.kind === 'case' ? { award: s.award } : {}),
    ...(about ? { about } : {}),
    ...(s.category ? { genre: s.category } : {}),
    ...(s.identifier ? { identifier: s.identifier } : {}),
    // schema.org has no "sample" flag; creativeWorkStatus is the field meant for a work's status.
    ...(s.sample ? { creativeWorkStatus: '示例数据（演示用，并非真实发生）' } : {}),
  };
}
