/**
 * Draws poster text as SVG paths from the CJK font files, parsed once per build. Given <text>,
 * resvg loads the fonts (about 40 MB of CJK collections) for every poster: half a second each,
 * mostly in the kernel, which made posters most of the build. With paths it needs no font.
 */
import { existsSync, readFileSync } from 'node:fs';
import { create, type Font } from 'fontkitten';
import { recentPerKey } from '../shared/memo.ts';

/** Returns SVG path data for one line of text with its baseline at (x, y), or undefined when the font lacks a character. */
export type TextDrawer = (text: string, x: number, y: number, size: number, bold: boolean) => string | undefined;

/** The Simplified Chinese face of a CJK collection (.ttc), or the font itself. */
function simplifiedFace(file: string): Font {
  const font = create(readFileSync(file));
  if (!('fonts' in font)) return font;
  return font.fonts.find((f) => /CJKsc-/.test(f.postscriptName)) ?? font.fonts[0]!;
}

/** Builds a drawer from the font files present on this machine (regular and bold told apart by name); undefined when none is. */
export function fontDrawer(files: readonly string[]): TextDrawer | undefined {
  const faces = files.filter((f) => existsSync(f)).map(simplifiedFace);
  const regular = faces.find((f) => !/bold/i.test(f.postscriptName)) ?? faces[0];
  const bold = faces.find((f) => /bold/i.test(f.postscriptName)) ?? regular;
  if (!regular || !bold) return undefined;
  // Every poster repeats the same lines in the same places (site name, section, theme, "扫码阅读全文"):
  // drawn once, their paths are reused; the titles, each drawn once, leave the cache soon.
  return recentPerKey(
    64,
    (text, x, y, size, isBold) => JSON.stringify([text, x, y, size, isBold]),
    (text, x, y, size, isBold) => {
      const font = isBold ? bold : regular;
      const glyphs = font.glyphsForString(text);
      // Glyph 0 is .notdef: a character this font cannot draw is left to resvg's font fallback.
      if (glyphs.some((g) => g.id === 0)) return undefined;
      const scale = size / font.unitsPerEm;
      let pen = x;
      const parts: string[] = [];
      for (const glyph of glyphs) {
        parts.push(glyph.path.scale(scale, -scale).translate(pen, y).toSVG());
        pen += glyph.advanceWidth * scale;
      }
      return parts.join('');
    },
  );
}
