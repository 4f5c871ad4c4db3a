import { afterEach, describe, expect, it } from 'vitest';
import { posterPool, POSTER_WORKER, type PosterPool } from '../../src/lib/stories/poster-pool.ts';
import { svgToPng } from '../../src/lib/site/png.ts';
import { posterSvg, type PosterInput } from '../../src/lib/stories/poster.ts';
import { fontDrawer } from '../../src/lib/stories/poster-text.ts';
import { siteConfig } from '../../src/site.config.ts';

const echo = new URL('../fixtures/workers/poster-echo.ts', import.meta.url).pathname;
const input = (title: string): PosterInput => ({
  siteName: '示例站',
  kind: '终身学习品牌项目',
  title,
  place: '示例市 · 社区教育',
  honour: '2024年 · 示例级 · 品牌项目',
  url: 'https://example.org/c/abc/',
  theme: '让学习成为一种生活方式',
  sample: true,
});
const text = (png: Uint8Array) => new TextDecoder().decode(png);

let pool: PosterPool | undefined;
afterEach(async () => {
  await pool?.close();
  pool = undefined;
});

describe('the poster pool', () => {
  it('gives each draw its own poster, on no more threads than its size', async () => {
    pool = posterPool(echo, 2);
    const titles = Array.from({ length: 9 }, (_, i) => `第${i}张`);
    const got = (await Promise.all(titles.map((t) => pool!.draw(input(t), [])))).map(text);
    expect(got.map((g) => g.split('@')[0])).toEqual(titles);
    expect(new Set(got.map((g) => g.split('@')[1])).size).toBe(2);
  });

  it('draws an input asked for twice once, and gives both askers the same poster', async () => {
    pool = posterPool(echo, 2);
    const first = pool.draw(input('同一张'), []);
    const other = pool.draw(input('另一张'), []);
    expect(pool.draw(input('同一张'), [])).toBe(first);
    expect(other).not.toBe(first);
    // Both awaited: closing the pool under a poster still being drawn would fail that poster.
    expect((await Promise.all([first, other])).map(text)).toEqual([
      expect.stringMatching(/^同一张@/),
      expect.stringMatching(/^另一张@/),
    ]);
  });

  it('fails the poster that cannot be drawn, and the one whose thread dies, and draws the rest', async () => {
    pool = posterPool(echo, 1);
    const drawn = await Promise.allSettled(['甲', 'throw', '乙', 'exit', '丙'].map((t) => pool!.draw(input(t), [])));
    expect(drawn.map((d) => d.status)).toEqual(['fulfilled', 'rejected', 'fulfilled', 'rejected', 'fulfilled']);
    expect(String((drawn[1] as PromiseRejectedResult).reason)).toContain('throw');
    expect(String((drawn[3] as PromiseRejectedResult).reason)).toContain('exited with code 3');
    expect(text((drawn[4] as PromiseFulfilledResult<Uint8Array>).value)).toMatch(/^丙@/);
  });

  it('draws in the real worker exactly what the build thread would', async () => {
    pool = posterPool(POSTER_WORKER, 1);
    // A title of this run only: the worker draws it rather than reading it from the poster cache.
    const title = `线程里画的海报 ${process.pid}-${Date.now()}`;
    const fonts = siteConfig.posterFonts;
    const inThread = svgToPng(posterSvg(input(title), fontDrawer(fonts)), fonts);
    const inWorker = await pool.draw(input(title), fonts);
    expect(inWorker.subarray(1, 4)).toEqual(new TextEncoder().encode('PNG'));
    expect(Buffer.from(inWorker).equals(Buffer.from(inThread))).toBe(true);
  });
});
