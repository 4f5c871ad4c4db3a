import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sitemapFilter, unlistedPaths } from '../../src/lib/site/sitemap.ts';

describe('sitemap', () => {
  it('leaves out the 404 page and every redirect notice, under the base path', () => {
    expect(unlistedPaths([{ from: '/about/' }], '/')).toEqual(new Set(['/404/', '/about/']));
    expect(unlistedPaths([{ from: '/about/' }], '/xuexizhou/')).toEqual(
      new Set(['/xuexizhou/404/', '/xuexizhou/about/']),
    );
  });

  const root = mkdtempSync(join(tmpdir(), 'xxz-sitemap-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('filters page URLs by the redirects in content/redirects.json', () => {
    mkdirSync(join(root, 'content'));
    writeFileSync(join(root, 'content/redirects.json'), JSON.stringify([{ from: '/old/', to: '/new/' }]));
    const listed = sitemapFilter('/xuexizhou/', root);
    expect(
      ['', 'new/', 'old/', '404/', 'older/'].filter((p) => listed(`https://xuexizhou.example.org/xuexizhou/${p}`)),
    ).toEqual(['', 'new/', 'older/']);
  });
});
