/** Wires each folder of content/ to its schema; the schemas and folders live in src/schemas/index.ts. */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { collectionSpecs as specs, type CollectionName } from './schemas/index.ts';

// A file's name is its id and its URL slug, exactly as the editor wrote it.
const files = (name: CollectionName) =>
  glob({
    base: `./content/${specs[name].dir}`,
    pattern: `*.${specs[name].ext}`,
    generateId: ({ entry }) => entry.replace(/\.[a-z]+$/, ''),
  });

export const collections = {
  editions: defineCollection({ loader: files('editions'), schema: specs.editions.schema }),
  cities: defineCollection({ loader: files('cities'), schema: specs.cities.schema }),
  platforms: defineCollection({ loader: files('platforms'), schema: specs.platforms.schema }),
  books: defineCollection({ loader: files('books'), schema: ({ image }) => specs.books.schema(image) }),
  booklists: defineCollection({ loader: files('booklists'), schema: specs.booklists.schema }),
  reading: defineCollection({ loader: files('reading'), schema: specs.reading.schema }),
  lectures: defineCollection({ loader: files('lectures'), schema: specs.lectures.schema }),
  cases: defineCollection({ loader: files('cases'), schema: ({ image }) => specs.cases.schema(image) }),
  stars: defineCollection({ loader: files('stars'), schema: ({ image }) => specs.stars.schema(image) }),
  news: defineCollection({ loader: files('news'), schema: specs.news.schema }),
  pages: defineCollection({ loader: files('pages'), schema: specs.pages.schema }),
};
