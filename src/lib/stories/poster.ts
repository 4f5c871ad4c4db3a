/**
 * The share poster of a case or star, as SVG: title, place, honour and a QR code of the
 * short URL. WeChat shows no Open Graph card, so readers share this image instead.
 */
import type { TextDrawer } from './poster-text.ts';
import { qrMatrix, qrPathData, QUIET_ZONE } from '../shared/qr.ts';
import { escapeXml } from '../shared/xml.ts';

export const POSTER_WIDTH = 750;
export const POSTER_HEIGHT = 1000;

// Full-width punctuation that may not begin a line (禁则): it stays on the line before.
const noLineStart = /[，。、：；！？）》」』”’…—]/;

/** Width of a character in em: CJK and full-width forms take a whole em, Latin about half. */
function charWidth(ch: string): number {
  // eslint-disable-next-line no-control-regex -- the range starts at U+0000 so every Latin character is narrow
  return /[\u0000-\u02ff\u2000-\u206f]/.test(ch) && !/[“”‘’…—]/.test(ch) ? 0.55 : 1;
}

/** Breaks text into lines of at most `maxEm` em, at most `maxLines` lines, ending the last with "…" when cut. */
export function wrapLines(text: string, maxEm: number, maxLines: number): string[] {
  const lines: string[] = [];
  let line = '';
  let width = 0;
  for (const ch of text) {
    const w = charWidth(ch);
    if (width + w > maxEm && line !== '' && !noLineStart.test(ch)) {
      lines.push(line);
      line = '';
      width = 0;
    }
    line += ch;
    width += w;
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = `${[...kept[maxLines - 1]!].slice(0, -1).join('')}…`;
  return kept;
}

export interface PosterInput {
  siteName: string;
  /** Section label, e.g. "终身学习品牌项目". */
  kind: string;
  title: string;
  /** Place and category line, e.g. "某某市某某区 · 社区教育". */
  place: string;
  /** e.g. "2023年 · 省级 · 示例省终身学习品牌项目". */
  honour: string;
  /** What the QR code opens; printed under it as well. */
  url: string;
  theme: string;
  sample: boolean;
}

const font = `font-family="'Noto Sans CJK SC','Source Han Sans SC','PingFang SC','Microsoft YaHei',sans-serif"`;

/** Lays out the poster as an SVG document of POSTER_WIDTH × POSTER_HEIGHT pixels; with `draw`, text becomes paths (see poster-text.ts). */
export function posterSvg(p: PosterInput, draw?: TextDrawer): string {
  const textLines = (
    lines: readonly string[],
    x: number,
    y: number,
    size: number,
    lineHeight: number,
    style: { bold?: boolean; fill: string },
  ) =>
    lines
      .map((line, i) => {
        const top = y + i * lineHeight;
        const d = draw?.(line, x, top, size, style.bold ?? false);
        if (d !== undefined) return `<path d="${d}" fill="${style.fill}"/>`;
        return `<text x="${x}" y="${top}" font-size="${size}"${style.bold ? ' font-weight="700"' : ''} fill="${style.fill}">${escapeXml(line)}</text>`;
      })
      .join('');
  const margin = 48;
  const inner = POSTER_WIDTH - margin * 2;
  const titleLines = wrapLines(p.title, inner / 50, 4);
  const titleTop = 250;
  const placeTop = titleTop + titleLines.length * 68 + 24;
  const honourLines = wrapLines(p.honour, inner / 30, 2);
  const matrix = qrMatrix(p.url);
  const qrSize = 240;
  const scale = qrSize / (matrix.length + QUIET_ZONE * 2);
  const qrTop = 640;
  const short = p.url.replace(/^https?:\/\//, '');
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${POSTER_WIDTH}" height="${POSTER_HEIGHT}" viewBox="0 0 ${POSTER_WIDTH} ${POSTER_HEIGHT}" ${font}>`,
    `<rect width="${POSTER_WIDTH}" height="${POSTER_HEIGHT}" fill="#fffdf9"/>`,
    `<rect width="${POSTER_WIDTH}" height="170" fill="#8c1c13"/>`,
    textLines([p.siteName], margin, 80, 34, 0, { bold: true, fill: '#ffffff' }),
    textLines([p.kind], margin, 134, 30, 0, { fill: '#ffffff' }),
    p.sample
      ? `<rect x="${POSTER_WIDTH - margin - 150}" y="100" width="150" height="48" rx="6" fill="#fff4e0"/>` +
        textLines(['示例数据'], POSTER_WIDTH - margin - 135, 134, 30, 0, { bold: true, fill: '#7a3d00' })
      : '',
    textLines(titleLines, margin, titleTop, 50, 68, { bold: true, fill: '#1f1f1f' }),
    textLines([p.place], margin, placeTop, 30, 0, { fill: '#4a4a4a' }),
    textLines(honourLines, margin, placeTop + 52, 30, 44, { fill: '#8c1c13' }),
    `<g transform="translate(${margin} ${qrTop}) scale(${scale})"><rect width="${matrix.length + QUIET_ZONE * 2}" height="${matrix.length + QUIET_ZONE * 2}" fill="#ffffff"/><path fill="#000000" d="${qrPathData(matrix)}"/></g>`,
    textLines(['扫码阅读全文'], margin + qrSize + 32, qrTop + 80, 32, 0, { bold: true, fill: '#1f1f1f' }),
    textLines(wrapLines(short, (inner - qrSize - 32) / 24, 3), margin + qrSize + 32, qrTop + 130, 24, 34, {
      fill: '#4a4a4a',
    }),
    `<rect y="${POSTER_HEIGHT - 90}" width="${POSTER_WIDTH}" height="90" fill="#f6f1e9"/>`,
    textLines([p.theme], margin, POSTER_HEIGHT - 33, 32, 0, { bold: true, fill: '#8c1c13' }),
    '</svg>',
  ].join('');
}
