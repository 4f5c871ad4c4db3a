/**
 * Every content collection in one table: its folder under content/, its file
 * type and its schema. content.config.ts and the content checker both read it,
 * so the build and `npm run validate` can never disagree.
 */
import { z } from 'astro/zod';
import { bookSchema } from './book.ts';
import { booklistSchema } from './booklist.ts';
import { caseSchema } from './case.ts';
import { citySchema } from './city.ts';
import { editionSchema } from './edition.ts';
import { lectureSchema, reservedLectureIdProblem } from './lecture.ts';
import { booklistBody, pageBody, storyBody, type MdxBody } from './mdx.ts';
import { newsSchema } from './news.ts';
import { pageSchema, reservedPageIdProblem } from './page.ts';
import { platformSchema } from './platform.ts';
import { readingSchema } from './reading.ts';
import { starSchema } from './star.ts';

/** The image helper Astro passes to schemas; scripts pass a plain string schema instead. */
export type ImageHelper = () => z.ZodType;

export interface CollectionSpec {
  /** Folder under content/. */
  dir: string;
  /** File extension of one entry. */
  ext: 'json' | 'mdx';
  /** Chinese name used in messages, e.g. "讲座". */
  label: string;
  schema: (image: ImageHelper) => z.ZodType;
  /** What an MDX body may contain (components, and rules beyond MDX's own syntax). */
  body?: MdxBody;
  /** Tells why a file name cannot be used (its URL belongs to the site), or returns undefined. */
  reservedId?: (id: string) => string | undefined;
}

/**
 * Lets a JSON file name its JSON Schema in "$schema" (editor autocompletion, see schemas/).
 * The key is not content: it is dropped before the strict schema sees the data, so the
 * build and `npm run validate` accept it in exactly one place.
 */
export function withSchemaKey<T extends z.ZodType>(schema: T) {
  return z.preprocess((data) => {
    if (data === null || typeof data !== 'object' || Array.isArray(data) || !('$schema' in data)) return data;
    const { $schema: _ignored, ...rest } = data as Record<string, unknown>;
    return rest;
  }, schema);
}

export const collectionSpecs = {
  editions: { dir: 'editions', ext: 'json', label: '活动届次', schema: () => withSchemaKey(editionSchema) },
  cities: { dir: 'cities', ext: 'json', label: '城市', schema: () => withSchemaKey(citySchema) },
  platforms: { dir: 'platforms', ext: 'json', label: '学习平台', schema: () => withSchemaKey(platformSchema) },
  books: { dir: 'books', ext: 'json', label: '图书', schema: <T extends z.ZodType>(image: () => T) => withSchemaKey(bookSchema({ image })) },
  booklists: { dir: 'booklists', ext: 'mdx', label: '书单', schema: () => booklistSchema, body: booklistBody },
  reading: { dir: 'reading', ext: 'json', label: '全民阅读活动', schema: () => withSchemaKey(readingSchema) },
  lectures: { dir: 'lectures', ext: 'json', label: '讲座', schema: () => withSchemaKey(lectureSchema), reservedId: reservedLectureIdProblem },
  cases: { dir: 'cases', ext: 'mdx', label: '品牌项目', schema: <T extends z.ZodType>(image: () => T) => caseSchema({ image }), body: storyBody },
  stars: { dir: 'stars', ext: 'mdx', label: '学习之星', schema: <T extends z.ZodType>(image: () => T) => starSchema({ image }), body: storyBody },
  news: { dir: 'news', ext: 'mdx', label: '活动动态', schema: () => newsSchema, body: storyBody },
  pages: { dir: 'pages', ext: 'mdx', label: '页面', schema: () => pageSchema, body: pageBody, reservedId: reservedPageIdProblem },
} as const satisfies Record<string, CollectionSpec>;

export type CollectionName = keyof typeof collectionSpecs;
