/**
 * The records of /api/cases.json and /api/stars.json: every public field and the permalink.
 * Pure: the loader resolves images and city names (stories/load.ts, apiFacts).
 */
import { siteConfig } from '../../site.config.ts';
import type { WithdrawnRecord } from '../../schemas/api/common.ts';
import type { ApiImage, CaseRecord, CasesDocument, StarRecord } from '../../schemas/api/stories.ts';
import type { Case } from '../../schemas/case.ts';
import { storyPagePattern, type Redirect } from '../../schemas/redirects.ts';
import type { Star } from '../../schemas/star.ts';
import { siteUrl } from '../site/urls.ts';
import { posterPath, shortCodePath, storyPath } from './permalinks.ts';

export type { ApiImage };

/** What a record needs that the entry itself does not hold. */
export interface ApiFacts {
  images: ApiImage[];
  cityName: string;
}

/** A case or star as the API reads it; images come resolved in ApiFacts. */
export type StoryEntry<D> = { id: string; data: Omit<D, 'images'> };

function common(section: 'cases' | 'stars', entry: StoryEntry<Case | Star>, facts: ApiFacts) {
  const d = entry.data;
  return {
    id: entry.id,
    url: siteUrl(storyPath(section, entry.id)),
    title: d.title,
    summary: d.summary,
    city: { id: d.city, name: facts.cityName },
    ...(d.county ? { county: d.county } : {}),
    year: d.year,
    edition: d.edition,
    honour: d.honour,
    published: d.published,
    ...(d.updated ? { updated: d.updated } : {}),
    poster: siteUrl(posterPath(section, entry.id)),
    images: facts.images,
    sample: d.sample,
  };
}

/** Lists the public fields of a case. */
export function caseRecord(entry: StoryEntry<Case>, facts: ApiFacts): CaseRecord {
  const d = entry.data;
  return {
    ...common('cases', entry, facts),
    shortCode: d.shortCode,
    shortUrl: siteUrl(shortCodePath(d.shortCode)),
    organisation: d.organisation,
    category: d.category,
    ...(d.contact ? { contact: d.contact } : {}),
  };
}

/** Lists the public fields of a star; the consent note is kept private. */
export function starRecord(entry: StoryEntry<Star>, facts: ApiFacts): StarRecord {
  const d = entry.data;
  return { ...common('stars', entry, facts), name: d.name, ...(d.role ? { role: d.role } : {}) };
}

/** Lists the cases or stars content/redirects.json retires, newest first, so a platform can take them down or follow them. */
export function withdrawnRecords(section: 'cases' | 'stars', redirects: readonly Redirect[]): WithdrawnRecord[] {
  return redirects
    .flatMap((r) => {
      const match = storyPagePattern.exec(r.from);
      if (!match || match[1] !== section || !r.withdrawn) return [];
      return [
        {
          id: match[2]!,
          url: siteUrl(r.from),
          withdrawnOn: r.withdrawn.date,
          ...(r.withdrawn.reason ? { reason: r.withdrawn.reason } : {}),
          ...(r.to ? { replacedBy: siteUrl(r.to) } : {}),
        },
      ];
    })
    .sort((a, b) => b.withdrawnOn.localeCompare(a.withdrawnOn) || a.id.localeCompare(b.id));
}

/** What wraps the records of one endpoint: where its schema is, what it holds, and what was withdrawn. */
export interface DocumentFacts {
  schemaPath: string;
  description: string;
  withdrawn: WithdrawnRecord[];
}

/** Wraps the records of one endpoint with what a consumer needs to know about them. */
export function apiDocument<R extends CaseRecord | StarRecord>(
  section: 'cases' | 'stars',
  facts: DocumentFacts,
  items: readonly R[],
): Omit<CasesDocument, 'items'> & { items: R[] } {
  return {
    $schema: siteUrl(facts.schemaPath),
    site: siteConfig.siteName,
    description: facts.description,
    home: siteUrl(`/${section}/`),
    count: items.length,
    items: [...items],
    withdrawn: facts.withdrawn,
  };
}
