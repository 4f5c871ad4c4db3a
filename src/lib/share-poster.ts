/** The PNG share poster of a case or star, ready to serve from an endpoint. */
import { join } from 'node:path';
import { cachedSvgToPng } from './png.ts';
import { posterSvg, type PosterInput } from './poster.ts';

// Where npm tools conventionally cache build output; ignored by git with node_modules.
const cacheDir = join(process.cwd(), 'node_modules/.cache/xuexizhou-posters');

/** Renders the poster (or takes it from the cache) and wraps it in a PNG response. */
export function posterResponse(input: PosterInput, fonts: readonly string[]): Response {
  return new Response(new Uint8Array(cachedSvgToPng(posterSvg(input), fonts, cacheDir)), { headers: { 'Content-Type': 'image/png' } });
}
