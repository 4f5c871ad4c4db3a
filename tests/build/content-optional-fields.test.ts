/**
 * Every optional field of the current edition left out at once: the site still builds, and no page
 * prints what was not given — no empty "（）", no bare 协办, no "undefined". Property-based: it
 * strips whatever the copy's own current edition has, so it holds for any province's content.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { afterAll, describe, expect, it } from 'vitest';
import { htmlFiles } from '../../scripts/lib/dist-files.ts';
import { copyProject } from '../../scripts/lib/project-copy.ts';
import { siteConfig } from '../../src/site.config.ts';

const copy = copyProject();
afterAll(() => copy.remove());

describe('an edition without its optional fields', () => {
  it('builds, and no page prints an empty parenthesis, a bare role or undefined', () => {
    const file = join(copy.dir, `content/editions/${siteConfig.currentEdition}.json`);
    const edition = JSON.parse(readFileSync(file, 'utf8'));
    delete edition.notice.number;
    delete edition.notice.date;
    delete edition.notice.url;
    delete edition.opening.city;
    for (const line of edition.lines) delete line.periodNote;
    edition.opening.hosts = edition.opening.hosts.filter((h: { role: string }) => h.role !== '协办');
    edition.contacts = [];
    writeFileSync(file, `${JSON.stringify(edition, null, 2)}\n`);

    const { status, output } = copy.build();
    expect(output).not.toContain('TypeError');
    expect(status).toBe(0);
    const dist = join(copy.dir, 'dist');
    const garbled: string[] = [];
    for (const page of htmlFiles(dist)) {
      const root = parse(readFileSync(join(dist, page), 'utf8'));
      for (const node of root.querySelectorAll('script, style')) node.remove();
      const text = root.textContent;
      for (const pattern of [/（\s*）/, /\bundefined\b/, /\bNaN\b/, /(?:^|[，：、])\s*协办[，。]/m])
        if (pattern.test(text)) garbled.push(`${page}: ${pattern}`);
    }
    expect(garbled).toEqual([]);
  });
});
