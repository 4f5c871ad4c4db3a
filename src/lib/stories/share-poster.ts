/** The PNG share poster of a case or star: its bytes, for the poster endpoint and for the feeds' enclosure length. */
import { join } from 'node:path';
import { cachedSvgToPng } from '../site/png.ts';
import { posterSvg, type PosterInput } from './poster.ts';
import { fontDrawer, type TextDrawer } from './poster-text.ts';

// Where npm tools conventionally cache build output; ignored by git with node_modules.
const cacheDir = join(process.cwd(), 'node_modules/.cache/xuexizhou-posters');

// The fonts are parsed once per thread, for every poster it draws.
const drawers = new Map<string, TextDrawer | undefined>();

/** Renders the poster, or takes it from the cache, as PNG bytes (in the poster workers: src/lib/stories/poster-pool.ts). */
export function posterPng(input: PosterInput, fonts: readonly string[]): Uint8Array<ArrayBuffer> {
  const key = fonts.join('\n');
  if (!drawers.has(key)) drawers.set(key, fontDrawer(fonts));
  return new Uint8Array(cachedSvgToPng(posterSvg(input, drawers.get(key)), fonts, cacheDir));
}
