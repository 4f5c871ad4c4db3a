/** QR codes drawn at build time as SVG: no script, no image request, sharp at any size. */
import QRCode from 'qrcode';
import { timed } from './build-profile.ts';
import { escapeXml } from './xml.ts';

/** Light modules around the code, as the QR standard asks (4 modules). */
export const QUIET_ZONE = 4;

/** Returns the modules of the QR code for `text` as rows of booleans (true = dark). */
export function qrMatrix(text: string): boolean[][] {
  return timed('QR codes', () => {
    const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
    return Array.from({ length: modules.size }, (_, y) =>
      Array.from({ length: modules.size }, (_, x) => Boolean(modules.get(y, x))),
    );
  });
}

/** Draws the dark modules as one SVG path, one unit per module, offset by the quiet zone. */
export function qrPathData(matrix: readonly (readonly boolean[])[]): string {
  const runs: string[] = [];
  matrix.forEach((row, y) => {
    let x = 0;
    while (x < row.length) {
      if (!row[x]) {
        x++;
        continue;
      }
      const start = x;
      while (x < row.length && row[x]) x++;
      runs.push(`M${start + QUIET_ZONE} ${y + QUIET_ZONE}h${x - start}v1h-${x - start}z`);
    }
  });
  return runs.join('');
}

/** Renders a standalone, accessible SVG QR code whose title tells what it opens. */
export function qrSvg(text: string, title: string): string {
  const matrix = qrMatrix(text);
  const size = matrix.length + QUIET_ZONE * 2;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${size}" role="img" aria-label="${escapeXml(title)}" shape-rendering="crispEdges">` +
    `<title>${escapeXml(title)}</title><rect width="${size}" height="${size}" fill="#fff"/>` +
    `<path fill="#000" d="${qrPathData(matrix)}"/></svg>`
  );
}

export interface QrPath {
  /** Width and height in modules, quiet zone included. */
  size: number;
  /** SVG path data of the dark modules. */
  d: string;
}

/** Encodes a text as an SVG path and its size, for components that draw their own <svg>. */
export function qrPath(text: string): QrPath {
  const matrix = qrMatrix(text);
  return { size: matrix.length + QUIET_ZONE * 2, d: qrPathData(matrix) };
}
