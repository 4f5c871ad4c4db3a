/**
 * The 数据接口 page and the files it promises, on the built site: every endpoint it lists is built,
 * every JSON endpoint names the schema published next to it, the page shows real excerpts, and
 * every page's footer leads to it. (That each JSON file keeps to its schema is validity-artefacts.)
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { distDir, htmlFiles, page } from '../../scripts/lib/dist-files.ts';
import { dataEndpoints, schemaPathOf } from '../../src/lib/data/endpoints.ts';
import { sitePath, siteUrl } from '../../src/lib/site/urls.ts';
import { siteConfig } from '../../src/site.config.ts';

const read = (path: string) => readFileSync(join(distDir, path), 'utf8');
const schedule = JSON.parse(read('lectures/schedule.json')) as { lectures: { id: string }[] };
const endpoints = dataEndpoints({ edition: siteConfig.currentEdition, firstLecture: schedule.lectures[0]?.id });
const dataPage = page('data/index.html');
const hrefs = new Set(dataPage.querySelectorAll('a').map((a) => a.getAttribute('href')));

describe('the data endpoints', () => {
  it.each(endpoints.map((e) => [e.path, e] as const))(
    '%s is built and listed on the 数据接口 page',
    (path, endpoint) => {
      expect(existsSync(join(distDir, path)), path).toBe(true);
      expect(hrefs).toContain(sitePath(path));
      expect(hrefs).toContain(endpoint.format === 'json' ? sitePath(endpoint.schemaPath) : endpoint.spec);
    },
  );

  it.each(endpoints.filter((e) => e.format === 'json').map((e) => [e.path] as const))(
    '%s names the schema published next to it',
    (path) => {
      const schemaPath = schemaPathOf(path);
      expect(JSON.parse(read(path)).$schema).toBe(siteUrl(schemaPath));
      const schema = JSON.parse(read(schemaPath));
      expect(schema.$id).toBe(siteUrl(schemaPath));
      // A platform may validate with last year's copy: the schema must let new fields through.
      expect(JSON.stringify(schema)).not.toContain('"additionalProperties":false');
    },
  );
});

describe('the 数据接口 page', () => {
  it('shows an example of every endpoint, cut from the data it serves', () => {
    const examples = dataPage.querySelectorAll('.endpoint pre');
    expect(examples).toHaveLength(endpoints.length);
    const cases = JSON.parse(read('api/cases.json')) as { items: { id: string }[] };
    const first = examples[0]!.text;
    expect(first).toContain(`"$schema": "${siteUrl('/api/cases.schema.json')}"`);
    if (cases.items[0]) expect(first).toContain(`"id": "${cases.items[0].id}"`);
    // The first example is open, the rest a click away.
    expect(dataPage.querySelectorAll('.endpoint details[open]')).toHaveLength(1);
  });

  it('is linked from the footer of every page', () => {
    const missing = htmlFiles().filter((file) => !page(file).querySelector(`footer a[href="${sitePath('/data/')}"]`));
    expect(missing).toEqual([]);
  });
});
