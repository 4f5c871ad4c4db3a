import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { distDir, htmlFiles } from '../../scripts/lib/dist-files.ts';
import { htmlProblems as problems } from './validators/html.ts';

const page = (body: string) =>
  `<!DOCTYPE html><html lang="zh-CN"><head><title>测试</title></head><body>${body}</body></html>`;

describe('html-validate', () => {
  it('finds real errors with the project settings', async () => {
    expect(await problems(page('<p id="a"></p><p id="a"></p>'), 'probe.html')).toEqual([
      'probe.html:1:92 no-dup-id Duplicate ID "a"',
    ]);
    expect((await problems(page('<a href="tel:0351-3193088">0351-3193088</a>'), 'probe.html')).join()).toContain(
      'tel-non-breaking',
    );
  });

  it('accepts a phone link with class="tel", because global.css keeps it on one line', async () => {
    expect(await problems(page('<a class="tel" href="tel:0351-3193088">0351-3193088</a>'), 'probe.html')).toEqual([]);
    expect(readFileSync(new URL('../../src/styles/global.css', import.meta.url), 'utf8')).toMatch(
      /\.tel\s*\{[^}]*white-space:\s*nowrap/,
    );
  });

  it('finds no error in any page in dist/', async () => {
    const files = htmlFiles();
    expect(files.length).toBeGreaterThanOrEqual(3);
    const found = (
      await Promise.all(files.map((file) => problems(readFileSync(join(distDir, file), 'utf8'), file)))
    ).flat();
    expect(found.join('\n')).toBe('');
  });
});
