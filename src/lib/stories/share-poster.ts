/** The PNG share poster of a case or star, ready to serve from an endpoint. */
import { join } from 'node:path';
import { cachedSvgToPng } from '../site/png.ts';
import { posterSvg, type PosterInput } from './poster.ts';
import { fontDrawer, type TextDrawer } from './poster-text.ts';

// Where npm tools conventionally cache build output; ignored by git with node_modules.
const cacheDir = join(process.cwd(), 'node_modules/.cache/xuexizhou-posters');

// The fonts are parsed once per build, for every poster.
const drawers = new Map<string, TextDrawer | undefined>();

/** Renders the poster (or takes it from the cache) and wraps it in a PNG response. */
export function posterResponse(input: PosterInput, fonts: readonly string[]): Response {
  const key = fonts.join('\n');
  if (!drawers.has(key)) drawers.set(key, fontDrawer(fonts));
  const svg = posterSvg(input, drawers.get(key));
  return new Response(new Uint8Array(cachedSvgToPng(svg, fonts, cacheDir)), { headers: { 'Content-Type': 'image/png' } });
}
