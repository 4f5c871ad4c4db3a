import { describe, expect, it } from 'vitest';
import { collectDist } from '../../scripts/lib/link-check/collect-dist.ts';
import { checkDist } from '../../scripts/lib/link-check/offline.ts';
import { formatProblems } from '../../scripts/lib/link-check/report.ts';
import { siteConfig } from '../../src/site.config.ts';
import { distDir } from '../../scripts/lib/dist-files.ts';

describe('links inside the built site', () => {
  const dist = collectDist(distDir);
  const results = checkDist(dist, siteConfig);

  it('all resolve to a file in dist/, and every #fragment to an id on its page', () => {
    expect(formatProblems(results)).toBe('');
  });

  it('were all looked at: every page links to its own #main and to pages, the stylesheet and the icon', () => {
    for (const page of dist.pages.keys()) {
      const own = results.filter((r) => r.sources[0]!.file === page && r.status === 'ok');
      expect(
        own.some((r) => r.fragment === 'main' && r.target === page),
        page,
      ).toBe(true);
      expect(
        own.filter((r) => r.target?.endsWith('.html') && !r.url.startsWith('#')).length,
        page,
      ).toBeGreaterThanOrEqual(2);
      expect(
        own.some((r) => r.target?.endsWith('.css')),
        page,
      ).toBe(true);
      expect(
        own.some((r) => r.target === 'favicon.svg'),
        page,
      ).toBe(true);
    }
  });
});
