/**
 * Retiring a case, as docs/编辑指南.md tells an editor to: a real build of a project copy (the
 * province fixture's content, tests/fixtures/province/) with a fixture case, which is published, then deleted and recorded in content/redirects.json with
 * "withdrawn". The JSON API announces it, the old URL becomes a notice, the short URL leads there.
 */
import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { copyProject } from '../../scripts/lib/project-copy.ts';
import { fixtureContent, fixtureSiteConfig } from '../helpers/province.ts';
import { siteConfig } from '../../src/site.config.ts';

const copy = copyProject({ province: { content: fixtureContent, siteConfig: fixtureSiteConfig } });
afterAll(() => copy.remove());
const at = (path: string) => join(copy.dir, path);
const dist = (path: string) => readFileSync(at(`dist/${path}`), 'utf8');
const id = 'case-to-retire';
const url = (path: string) => new URL(path, siteConfig.site).href;
// Any province's content has cities; the fixture takes the first, so the test names none.
const city = readdirSync(at('content/cities'))
  .find((f) => f.endsWith('.json'))!
  .replace(/\.json$/, '');
// …and its first edition, for the fixture case's edition field.
const edition = readdirSync(at('content/editions'))
  .find((f) => f.endsWith('.json'))!
  .replace(/\.json$/, '');
/** The content's own redirects, which every redirect written here keeps. */
const redirects = JSON.parse(readFileSync(at('content/redirects.json'), 'utf8'));

describe('a retired case', () => {
  it('leaves items for withdrawn in /api/cases.json, with its date and reason, and its URL becomes a notice', () => {
    writeFileSync(
      at(`content/cases/${id}.mdx`),
      readFileSync(new URL('../fixtures/good/case-to-retire.mdx', import.meta.url), 'utf8')
        .replace('city: CITY', `city: ${city}`)
        .replace(/^edition: .*$/m, `edition: "${edition}"`),
    );
    let run = copy.build();
    expect(run.status, run.output).toBe(0);
    expect(JSON.parse(dist('api/cases.json')).items.map((i: { id: string }) => i.id)).toContain(id);

    rmSync(at(`content/cases/${id}.mdx`));
    // The case page alone is not enough: its short URL was published too, and the guard says so.
    writeFileSync(
      at('content/redirects.json'),
      JSON.stringify([
        ...redirects,
        { from: `/cases/${id}/`, withdrawn: { date: '2100-03-01', reason: '项目已停办' } },
      ]),
    );
    run = copy.build();
    expect(run.status).not.toBe(0);
    expect(run.output).toContain('已发布的网址 /c/2100-999/ 不见了');

    writeFileSync(
      at('content/redirects.json'),
      JSON.stringify([
        ...redirects,
        { from: `/cases/${id}/`, withdrawn: { date: '2100-03-01', reason: '项目已停办' } },
        { from: '/c/2100-999/', to: `/cases/${id}/` },
      ]),
    );
    run = copy.build();
    expect(run.status, run.output).toBe(0);

    const api = JSON.parse(dist('api/cases.json'));
    expect(api.items.map((i: { id: string }) => i.id)).not.toContain(id);
    expect(api.count).toBe(api.items.length);
    expect(api.withdrawn).toEqual([{ id, url: url(`/cases/${id}/`), withdrawnOn: '2100-03-01', reason: '项目已停办' }]);
    expect(JSON.parse(dist('api/stars.json')).withdrawn).toEqual([]);

    const notice = dist(`cases/${id}/index.html`);
    expect(notice).toContain('<h1>此内容已撤下</h1>');
    expect(notice).toContain('本页内容已于 2100年3月1日撤下，不再公开。');
    expect(notice).toContain('撤下原因：项目已停办');
    expect(notice).toContain('<meta name="robots" content="noindex">');
    expect(notice).toContain('<a class="button-link" href="/cases/">查看其他内容</a>');
    expect(notice).not.toContain('http-equiv="refresh"');
    expect(dist('c/2100-999/index.html')).toContain(`<meta http-equiv="refresh" content="0; url=/cases/${id}/">`);
    // nginx sends the short URL to the notice and serves the notice itself as a page, not a 301.
    const map = dist('redirects.map').split('\n');
    expect(map).toContain(`/c/2100-999/ /cases/${id}/;`);
    expect(map.some((line) => line.startsWith(`/cases/${id}/ `))).toBe(false);
    expect(dist('sitemap-0.xml')).not.toContain(`/cases/${id}/</loc>`);
    expect(dist('data/index.html')).toContain('目前共有 1 条撤下记录。');
    // Three full builds: on a loaded 2-core machine one build can take 40 s.
  }, 300_000);
});
