import { crc32, inflateSync } from 'node:zlib';
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { encodePng, unpremultiply } from '../../src/lib/site/png-encode.ts';

/** Splits a PNG into its chunks, checking each one's CRC. */
function chunks(png: Buffer): { type: string; data: Buffer }[] {
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const out: { type: string; data: Buffer }[] = [];
  for (let at = 8; at < png.length;) {
    const length = png.readUInt32BE(at);
    const type = png.subarray(at + 4, at + 8);
    const data = png.subarray(at + 8, at + 8 + length);
    expect(png.readUInt32BE(at + 8 + length), `CRC of ${type}`).toBe(crc32(data, crc32(type)));
    out.push({ type: type.toString('latin1'), data });
    at += 12 + length;
  }
  return out;
}

/** PNG's Paeth predictor. */
function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const [pa, pb, pc] = [Math.abs(p - a), Math.abs(p - b), Math.abs(p - c)];
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

/** Reads back the pixels of an 8-bit RGBA PNG (any row filter), and the filters its rows use. */
function pixelsOf(png: Buffer): { width: number; height: number; rgba: Buffer; filters: Set<number> } {
  const parts = chunks(png);
  expect(parts.map((c) => c.type).filter((t) => t !== 'IDAT')).toEqual(['IHDR', 'IEND']);
  const header = parts[0]!.data;
  const width = header.readUInt32BE(0);
  const height = header.readUInt32BE(4);
  expect([...header.subarray(8)]).toEqual([8, 6, 0, 0, 0]);
  const rows = inflateSync(Buffer.concat(parts.filter((c) => c.type === 'IDAT').map((c) => c.data)));
  const stride = width * 4;
  const rgba = Buffer.alloc(stride * height);
  const filters = new Set<number>();
  for (let y = 0; y < height; y++) {
    const filter = rows[y * (stride + 1)]!;
    filters.add(filter);
    for (let x = 0; x < stride; x++) {
      const raw = rows[y * (stride + 1) + 1 + x]!;
      const a = x >= 4 ? rgba[y * stride + x - 4]! : 0;
      const b = y > 0 ? rgba[(y - 1) * stride + x]! : 0;
      const c = x >= 4 && y > 0 ? rgba[(y - 1) * stride + x - 4]! : 0;
      const predicted = [0, a, b, (a + b) >> 1, paeth(a, b, c)][filter]!;
      rgba[y * stride + x] = (raw + predicted) & 0xff;
    }
  }
  return { width, height, rgba, filters };
}

describe('the PNG encoder', () => {
  it('writes a valid PNG that holds the pixels as given', () => {
    const rgba = Buffer.from([255, 0, 0, 255, 0, 255, 0, 128, 0, 0, 0, 0, 1, 2, 3, 255, 9, 9, 9, 9, 200, 100, 50, 255]);
    const decoded = pixelsOf(encodePng(3, 2, rgba));
    expect([decoded.width, decoded.height]).toEqual([3, 2]);
    expect([...decoded.rgba]).toEqual([...rgba]);
  });

  it('refuses pixels that do not fill the size', () => {
    expect(() => encodePng(2, 2, new Uint8Array(12))).toThrow('2×2');
  });

  it('turns premultiplied alpha into straight alpha, leaving opaque pixels alone', () => {
    const rgba = new Uint8Array([10, 20, 30, 255, 64, 32, 0, 128, 5, 5, 5, 0]);
    unpremultiply(rgba);
    expect([...rgba]).toEqual([10, 20, 30, 255, 128, 64, 0, 128, 0, 0, 0, 0]);
  });

  it("keeps resvg's drawing pixel for pixel, semi-transparent edges included, in unfiltered rows", () => {
    const svg =
      '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="30"><rect width="40" height="12" fill="#fffdf9"/>' +
      '<circle cx="20" cy="15" r="11" fill="#c03" fill-opacity="0.6"/></svg>';
    const image = new Resvg(svg).render();
    const theirs = pixelsOf(Buffer.from(image.asPng()));
    const pixels = image.pixels;
    unpremultiply(pixels);
    const ours = pixelsOf(encodePng(image.width, image.height, pixels));
    expect([ours.width, ours.height]).toEqual([theirs.width, theirs.height]);
    expect(ours.filters).toEqual(new Set([0]));
    expect(
      new Set([...theirs.rgba].filter((_, i) => i % 4 === 3)).size,
      'the drawing has partial alpha',
    ).toBeGreaterThan(2);
    // Colour channels may differ by one where premultiplication rounded.
    const off = [...ours.rgba].map((v, i) => Math.abs(v - theirs.rgba[i]!));
    expect(Math.max(...off)).toBeLessThanOrEqual(1);
    expect(off.filter((d, i) => i % 4 === 3 && d > 0)).toEqual([]);
  });
});
