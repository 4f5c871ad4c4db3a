/**
 * The same validity checks on a build mounted under a base path, with a redirect. The default
 * build (base "/") cannot show a link that forgets withBase(), nor a redirect notice in the sitemap.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { collectDist } from '../../scripts/lib/link-check/collect-dist.ts';
import { checkDist } from '../../scripts/lib/link-check/offline.ts';
import { formatProblems } from '../../scripts/lib/link-check/report.ts';
import { siteConfig } from '../../src/site.config.ts';
import { copyProject } from '../../scripts/lib/project-copy.ts';
import { fixtureContent, fixtureSiteConfig } from '../helpers/province.ts';
import { htmlProblems } from './validators/html.ts';
import { validateArtefacts } from './validators/index.ts';
import { sitemapCoverage } from './validators/sitemap.ts';

const options = { site: siteConfig.site, base: '/xuexizhou/' };
// The province fixture's content: every template, and both editions, in a build of seconds.
const copy = copyProject({ province: { content: fixtureContent, siteConfig: fixtureSiteConfig } });
afterAll(() => copy.remove());
writeFileSync(
  join(copy.dir, 'content/redirects.json'),
  JSON.stringify([
    ...JSON.parse(readFileSync(join(copy.dir, 'content/redirects.json'), 'utf8')),
    { from: '/old-notice/', to: '/notice-2031/', note: '测试用的旧网址' },
  ]),
);
const run = copy.build({ SITE_BASE: options.base });
const distDir = join(copy.dir, 'dist');
const dist = run.status === 0 ? collectDist(distDir) : { files: new Set<string>(), pages: new Map() };

describe('a build under /xuexizhou/ with a redirect', () => {
  it('builds, with the redirect notice', () => {
    expect(run.status, run.output).toBe(0);
    expect(dist.pages.get('old-notice/index.html')?.noindex).toBe(true);
  });

  it('has no broken internal link or fragment', () => {
    const results = checkDist(dist, options);
    expect(results.filter((r) => r.url.startsWith('/xuexizhou/')).length).toBeGreaterThan(dist.pages.size * 3);
    expect(formatProblems(results)).toBe('');
  });

  it('lists every indexable page in the sitemap, and not the redirect notice', () => {
    expect(sitemapCoverage(dist, (file) => readFileSync(join(distDir, file)), options)).toEqual([]);
  });

  it('passes html-validate, the redirect notice included', async () => {
    const found = await Promise.all(
      [...dist.pages.keys()].map((file) => htmlProblems(readFileSync(join(distDir, file), 'utf8'), file)),
    );
    expect(found.flat().join('\n')).toBe('');
  });

  it('writes data files that validate, each JSON file against the schema it names under the base path', () => {
    const results = validateArtefacts(distDir);
    expect(results.filter((r) => r.file === 'api/cases.json')).toEqual([
      { file: 'api/cases.json', kind: 'JSON', problems: [] },
    ]);
    expect(JSON.parse(readFileSync(join(distDir, 'api/cases.json'), 'utf8')).$schema).toBe(
      new URL('/xuexizhou/api/cases.schema.json', options.site).href,
    );
    expect(results.filter((r) => r.problems.length > 0).map((r) => `${r.file}: ${r.problems.join('; ')}`)).toEqual([]);
  });
});
