/**
 * Astro's content data store (in cacheDir) keeps each entry as its schema last parsed it, and is not
 * invalidated when a schema in src/schemas/ changes: a build after a schema change then renders
 * stale data (a new field with a default reads as undefined) without any error. Keying the cache
 * folder by the schemas' text makes a schema change start from a fresh store, while an editor's
 * rebuild (content changed, schemas not) keeps the warm one.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Files whose text decides how content entries are parsed. */
function schemaFiles(root: string): string[] {
  const dir = join(root, 'src/schemas');
  const schemas = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts'))
    .map((e) => join(e.parentPath, e.name));
  return [...schemas, join(root, 'src/content.config.ts')].sort();
}

/** A short digest of the schema sources, stable across machines (paths are taken relative to root). */
export function schemaDigest(root: string): string {
  const hash = createHash('sha256');
  for (const file of schemaFiles(root))
    hash.update(relative(root, file)).update('\0').update(readFileSync(file)).update('\0');
  return hash.digest('hex').slice(0, 12);
}

/** The cache folder for the current schemas under `base`; folders left by earlier schemas are removed. */
export function schemaKeyedCacheDir(root: string, base: string): string {
  const key = schemaDigest(root);
  const parent = join(root, base);
  try {
    // The folder holds only schema-keyed caches: anything else is left by earlier schemas or layouts.
    for (const e of readdirSync(parent)) if (e !== key) rmSync(join(parent, e), { recursive: true, force: true });
  } catch {
    // No cache yet.
  }
  return `./${join(base, key)}`;
}
