import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectDist } from '../../scripts/lib/link-check/collect-dist.ts';
import { siteConfig } from '../../src/site.config.ts';
import { distDir } from '../../scripts/lib/dist-files.ts';
import { validateArtefacts } from './validators/index.ts';
import { sitemapCoverage } from './validators/sitemap.ts';

describe('generated artefacts in dist/', () => {
  const results = validateArtefacts(distDir);

  it('each parse with a real parser and follow their format', () => {
    const failed = results
      .filter((r) => r.problems.length > 0)
      .map((r) => `${r.file} (${r.kind}):\n  ${r.problems.join('\n  ')}`);
    expect(failed.join('\n')).toBe('');
  });

  it('include the sitemaps, every HTML page and the icon', () => {
    const kinds = new Set(results.map((r) => r.kind));
    for (const kind of ['sitemap index', 'sitemap', 'JSON-LD in HTML', 'SVG']) expect(kinds, kind).toContain(kind);
  });

  it('the sitemaps list exactly the canonical URL of every page that may be indexed', () => {
    expect(sitemapCoverage(collectDist(distDir), (file) => readFileSync(join(distDir, file)), siteConfig)).toEqual([]);
  });
});
