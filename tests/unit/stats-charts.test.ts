import { describe, expect, it } from 'vitest';
import { describeBars, layoutBars, textWidthEm } from '../../src/lib/stats/charts.ts';

describe('bar chart layout', () => {
  it('scales bars to the largest value and writes each value beside its label', () => {
    const layout = layoutBars(
      [
        { label: '太原市', value: 163500 },
        { label: '阳泉市', value: 40875 },
        { label: '朔州市', value: 0 },
      ],
      '人次',
    );
    expect(layout.rows.map((r) => r.width)).toEqual([100, 25, 0]);
    expect(layout.rows.map((r) => r.lines.map((l) => l.text))).toEqual([
      ['太原市　163,500 人次'],
      ['阳泉市　40,875 人次'],
      ['朔州市　0 人次'],
    ]);
    // One line of text, a bar and a gap per row; the last gap is not drawn.
    expect(layout.rows.map((r) => r.barY)).toEqual([1.7, 5.4, 9.1]);
    expect(layout.height).toBe(10.2);
  });

  it('moves every value to its own line when any label and value would not fit a phone in 长辈模式', () => {
    const layout = layoutBars(
      [
        { label: '“社长（总编）荐书”活动', value: 14600 },
        { label: '主题阅读活动', value: 122200 },
      ],
      '人次',
    );
    expect(layout.rows.map((r) => r.lines.map((l) => l.text))).toEqual([
      ['“社长（总编）荐书”活动', '14,600 人次'],
      ['主题阅读活动', '122,200 人次'],
    ]);
    expect(layout.rows[1]!.lines.map((l) => l.y)).toEqual([6.58, 8.18]);
    expect(layout.rows[0]!.width).toBe(11.95);
  });

  it('draws no bar at all when every value is zero', () => {
    expect(layoutBars([{ label: '太原市', value: 0 }], '项').rows[0]!.width).toBe(0);
    expect(layoutBars([], '项')).toEqual({ rows: [], height: 0, barHeight: 1.1 });
  });

  it('estimates text width: Chinese square, Latin half', () => {
    expect(textWidthEm('太原市')).toBe(3);
    expect(textWidthEm('12 人次')).toBeCloseTo(3.8);
  });

  it('describes the bars in words for screen readers', () => {
    expect(
      describeBars(
        [
          { label: '太原市', value: 1200 },
          { label: '阳泉市', value: 0 },
        ],
        '人次',
      ),
    ).toBe('太原市 1,200 人次；阳泉市 0 人次。');
  });
});
