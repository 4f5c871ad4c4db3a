/** QR codes drawn at build time as inline SVG, for the printed programme (no image requests, sharp at any print size). */
import QRCode from 'qrcode';

/** Draws a QR code for a URL as an SVG string, black on white with the standard quiet zone. */
export async function qrSvg(url: string): Promise<string> {
  return QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 4, color: { dark: '#000000', light: '#ffffff' } });
}
