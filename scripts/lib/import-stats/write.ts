/** Stage 3: the city's content file with one edition's `stats` replaced; everything else in the file is kept as written. */
import { applyEdits, modify } from 'jsonc-parser';
import type { CityStats } from '../../../src/schemas/city.ts';
import { collectionSpecs } from '../../../src/schemas/index.ts';

/** Returns the city file's new text with editions.<edition>.stats set; throws when the result would not pass the content check. */
export function withStats(fileText: string, edition: string, stats: Omit<CityStats, 'sample'>): string {
  // A city with nothing yet for this edition gets a pending plan beside its figures, as the schema needs.
  const hasRecord = (JSON.parse(fileText) as { editions?: Record<string, unknown> }).editions?.[edition] !== undefined;
  const path = hasRecord ? ['editions', edition, 'stats'] : ['editions', edition];
  const value = hasRecord ? stats : { plan: { status: 'pending' }, stats };
  const edits = modify(fileText, path, value, {
    formattingOptions: { insertSpaces: true, tabSize: 2, eol: '\n' },
  });
  const text = applyEdits(fileText, edits);
  const checked = collectionSpecs.cities.schema().safeParse(JSON.parse(text));
  if (!checked.success)
    throw new Error(
      `导入后的文件没有通过内容检查：${checked.error.issues.map((i) => `${i.path.join('.')}：${i.message}`).join('；')}`,
    );
  return text;
}
