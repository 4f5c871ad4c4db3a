import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { schemaDigest, schemaKeyedCacheDir } from '../../src/integrations/cache-dir.ts';

const root = mkdtempSync(join(tmpdir(), 'xxz-cache-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
mkdirSync(join(root, 'src/schemas/api'), { recursive: true });
writeFileSync(join(root, 'src/content.config.ts'), 'export const collections = {};\n');
writeFileSync(join(root, 'src/schemas/a.ts'), "export const a = 'one';\n");
writeFileSync(join(root, 'src/schemas/api/b.ts'), "export const b = 'two';\n");

describe('the content cache folder', () => {
  it('changes when a schema changes, and only then', () => {
    const before = schemaDigest(root);
    expect(schemaDigest(root)).toBe(before);
    writeFileSync(join(root, 'src/schemas/api/b.ts'), "export const b = 'three';\n");
    expect(schemaDigest(root)).not.toBe(before);
  });

  it("drops the folders of earlier schemas and keeps the current one's", () => {
    const first = schemaKeyedCacheDir(root, '.cache/astro');
    mkdirSync(join(root, first), { recursive: true });
    writeFileSync(join(root, 'src/schemas/a.ts'), "export const a = 'changed';\n");
    const second = schemaKeyedCacheDir(root, '.cache/astro');
    expect(second).not.toBe(first);
    mkdirSync(join(root, second), { recursive: true });
    expect(schemaKeyedCacheDir(root, '.cache/astro')).toBe(second);
    expect(readdirSync(join(root, '.cache/astro'))).toEqual([second.split('/').at(-1)]);
  });
});
