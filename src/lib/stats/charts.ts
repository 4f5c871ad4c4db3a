/**
 * Horizontal bar charts laid out at build time. Vertical positions are in em and widths in
 * percent, so the SVG's text follows the reader's font size (长辈模式 included) and the bars
 * follow the column width, without any script in the browser.
 */
import { formatCount } from './stats.ts';

export interface Bar {
  label: string;
  value: number;
}

export interface BarRow extends Bar {
  /** The words above the bar, one or two lines: "某某市　12,345 人次", or the label then the value. */
  lines: { text: string; y: number }[];
  /** Top of the bar, in em from the top. */
  barY: number;
  /** Bar length as a percentage of the chart width; 0 draws no bar. */
  width: number;
}

export interface BarLayout {
  rows: BarRow[];
  /** Height of the whole chart in em. */
  height: number;
  /** Thickness of a bar in em. */
  barHeight: number;
}

const LINE = 1.6;
const BAR = 1.1;
const GAP = 1;
/**
 * The narrowest chart we design for, in em: a 390 px phone in 长辈模式 leaves about 350 px
 * for 24 px text. A label and its value share a line only when every row of the chart fits.
 */
const NARROWEST_EM = 14;

/** Estimates how wide a line of text is, in em: Chinese characters are square, Latin digits about half as wide. */
export function textWidthEm(text: string): number {
  let em = 0;
  // Latin-1, control characters included, is about half an em wide.
  // eslint-disable-next-line no-control-regex
  for (const ch of text) em += /[\u0000-\u00ff]/.test(ch) ? 0.6 : 1;
  return em;
}

/** Lays out labelled bars, the longest at full width, each value written out with its label. */
export function layoutBars(bars: readonly Bar[], unit: string): BarLayout {
  const max = Math.max(0, ...bars.map((b) => b.value));
  const value = (b: Bar) => `${formatCount(b.value)} ${unit}`;
  const twoLines = bars.some((b) => textWidthEm(`${b.label}　${value(b)}`) > NARROWEST_EM);
  const step = (twoLines ? 2 : 1) * LINE + BAR + GAP;
  const rows = bars.map((bar, i) => {
    const top = i * step;
    const texts = twoLines ? [bar.label, value(bar)] : [`${bar.label}　${value(bar)}`];
    return {
      ...bar,
      // A baseline sits about 0.8 of a line below the line's top.
      lines: texts.map((text, j) => ({ text, y: round(top + j * LINE + LINE * 0.8) })),
      barY: round(top + texts.length * LINE + 0.1),
      width: max === 0 ? 0 : round((bar.value / max) * 100),
    };
  });
  return { rows, height: round(Math.max(0, bars.length * step - GAP + 0.1)), barHeight: BAR };
}

const round = (n: number) => Math.round(n * 100) / 100;

/** Describes the bars in one sentence for screen readers: "某某市 12,345 人次；某乙市 8,000 人次。" */
export function describeBars(bars: readonly Bar[], unit: string): string {
  return `${bars.map((b) => `${b.label} ${formatCount(b.value)} ${unit}`).join('；')}。`;
}
