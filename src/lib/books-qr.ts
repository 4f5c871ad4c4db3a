/** QR codes drawn at build time as SVG, so printed lists carry a scannable link without any script or image request. */
import QRCode from 'qrcode';

/** Modules of quiet zone on each side; the QR standard asks for four. */
export const QR_MARGIN = 4;

export interface QrPath {
  /** Width and height in modules, quiet zone included. */
  size: number;
  /** SVG path data: one horizontal run ("M x y h n v1 h-n z") per stretch of dark modules. */
  d: string;
}

/** Encodes a text (error correction M) as an SVG path of its dark modules. */
export function qrPath(text: string): QrPath {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const n = modules.size;
  const runs: string[] = [];
  for (let y = 0; y < n; y++) {
    let x = 0;
    while (x < n) {
      if (!modules.get(y, x)) {
        x++;
        continue;
      }
      const start = x;
      while (x < n && modules.get(y, x)) x++;
      runs.push(`M${start + QR_MARGIN} ${y + QR_MARGIN}h${x - start}v1h-${x - start}z`);
    }
  }
  return { size: n + 2 * QR_MARGIN, d: runs.join('') };
}
