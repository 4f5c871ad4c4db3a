/** Turns SVG into PNG at build time: resvg draws (a prebuilt binary from npm; nothing is downloaded), src/lib/site/png-encode.ts encodes. */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { encodePng, unpremultiply } from './png-encode.ts';

/**
 * Renders an SVG document to PNG bytes. Text uses the given font files that exist on this
 * machine; when none does, resvg falls back to the system's fonts. An SVG without <text>
 * loads no font at all: that is most of the cost of a render.
 */
export function svgToPng(svg: string, fontFiles: readonly string[]): Buffer {
  const hasText = svg.includes('<text');
  const present = hasText ? fontFiles.filter((f) => existsSync(f)) : [];
  const resvg = new Resvg(svg, { font: { fontFiles: present, loadSystemFonts: hasText && present.length === 0 } });
  const image = resvg.render();
  const pixels = image.pixels;
  unpremultiply(pixels);
  return encodePng(image.width, image.height, pixels);
}

/** Names how svgToPng encodes, so that a cache holds only PNGs written the current way: change it with the encoding. */
const PNG_ENCODING = 'rgba, unfiltered, zlib level 3';

/**
 * Renders like svgToPng, but keeps each PNG in `cacheDir` under a hash of the SVG, fonts and
 * encoding: a poster costs some 20 ms to draw, and most posters do not change between builds.
 */
export function cachedSvgToPng(svg: string, fontFiles: readonly string[], cacheDir: string): Buffer {
  const key = createHash('sha256')
    .update(JSON.stringify([svg, fontFiles.filter((f) => existsSync(f)), PNG_ENCODING]))
    .digest('hex');
  const file = join(cacheDir, `${key}.png`);
  if (existsSync(file)) return readFileSync(file);
  const png = svgToPng(svg, fontFiles);
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(file, png);
  return png;
}
