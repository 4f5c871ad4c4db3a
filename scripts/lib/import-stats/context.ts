/** Stage 0: what the import checks against — an edition's form and the cities in content/. */
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { collectionSpecs } from '../../../src/schemas/index.ts';
import type { FormCity, StatsFormShape } from '../../../src/lib/stats/form.ts';

export interface ImportContext {
  /** The edition the figures are for (a file name in content/editions/). */
  edition: string;
  form: StatsFormShape;
  cities: (FormCity & { code: string; file: string })[];
}

/** Reads an edition's statsForm and every city's id, name and county-level division count. */
export async function loadContext(root: string, editionId: string): Promise<ImportContext> {
  const editionFile = join(root, 'content/editions', `${editionId}.json`);
  const text = await readFile(editionFile, 'utf8').catch(() => {
    throw new Error(`找不到届次文件 content/editions/${editionId}.json：请检查 --edition 的值`);
  });
  const edition = collectionSpecs.editions.schema().parse(JSON.parse(text));
  const dir = join(root, 'content/cities');
  const files = (await readdir(dir)).filter((f) => f.endsWith('.json')).sort();
  const cities = await Promise.all(
    files.map(async (f) => {
      const data = JSON.parse(await readFile(join(dir, f), 'utf8')) as {
        name: string;
        code: string;
        countyDivisions?: number;
      };
      return {
        id: f.replace(/\.json$/, ''),
        name: data.name,
        code: data.code,
        countyDivisions: data.countyDivisions,
        file: join(dir, f),
      };
    }),
  );
  // In division-code order, as the site lists them, so messages name the cities in a familiar order.
  return { edition: editionId, form: edition.statsForm, cities: cities.sort((a, b) => a.code.localeCompare(b.code)) };
}
