import { describe, expect, it } from 'vitest';
import { readAhead } from '../../src/lib/content/check.ts';

describe('readAhead', () => {
  const paths = Array.from({ length: 10 }, (_, i) => `f${i}`);

  it('gives each text in the order asked, starting at most `depth` reads ahead', async () => {
    const started: string[] = [];
    const read = readAhead(paths, 3, async (path) => {
      started.push(path);
      return `text of ${path}`;
    });
    expect(await read(0)).toBe('text of f0');
    expect(started).toEqual(['f0', 'f1', 'f2']);
    expect(await read(1)).toBe('text of f1');
    expect(started).toEqual(['f0', 'f1', 'f2', 'f3']);
    for (let i = 2; i < paths.length; i++) expect(await read(i)).toBe(`text of f${i}`);
    expect(started).toEqual(paths);
  });

  it('rejects with a failed read only when that text is asked for', async () => {
    const read = readAhead(paths, 4, async (path) => {
      if (path === 'f2') throw new Error('unreadable');
      return path;
    });
    // f2 is read (and fails) while f0 is asked for; no unhandled rejection may escape meanwhile.
    expect(await read(0)).toBe('f0');
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(await read(1)).toBe('f1');
    await expect(read(2)).rejects.toThrow('unreadable');
    expect(await read(3)).toBe('f3');
  });

  it('rejects when asked past the end', async () => {
    await expect(readAhead([], 2, async () => '')(0)).rejects.toThrow(RangeError);
  });
});
