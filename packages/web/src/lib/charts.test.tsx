import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import {
  ParetoChart,
  partialNote,
  splitPartial,
  StackedBars,
  TrendLines,
  wrapLabel,
} from './charts';

// docs/procedure.md, Reporting and publishing: a partial period in charts
const months = [
  { label: 'Sep 2026', partial: false, r: 30 },
  { label: 'Oct 2026', partial: false, r: 32 },
  { label: 'Nov 2026 (to 20 Nov)', partial: true, r: 19 },
];

describe('a partial period in charts', () => {
  it('is named in a sentence under the chart, so a part month does not read as a fall', () => {
    expect(partialNote(months, 'hatched')).toBe(
      'Hatched bars: Nov 2026 (to 20 Nov) covers only part of the period, so it is not comparable with a whole one.',
    );
  });

  it('has no sentence when every period is whole', () => {
    expect(partialNote(months.slice(0, 2), 'dashed')).toBeNull();
  });

  it('is drawn dashed in line charts: the solid line stops at the last whole month', () => {
    const rows = splitPartial(months, ['r']);
    expect(rows.map((row) => [row['r'], row['r__part']])).toEqual([
      [30, null],
      [32, 32],
      [null, 19],
    ]);
  });

  it('the bar chart and the line chart carry the sentence in text, outside the hidden drawing', () => {
    for (const chart of [
      <StackedBars
        key="bars"
        title="Complaints received"
        data={months}
        category="label"
        series={[{ key: 'r', label: 'Repairs' }]}
      />,
      <TrendLines
        key="lines"
        title="Complaints received"
        data={months}
        series={[{ key: 'r', label: 'Repairs' }]}
      />,
    ]) {
      // the note is a paragraph of the figure, beside the aria-hidden drawing, not inside it
      expect(renderToStaticMarkup(chart)).toMatch(
        /<\/div><p class="hint">(Hatched bars|The dashed line): Nov 2026 \(to 20 Nov\) covers only part/,
      );
    }
  });
});

describe('the Pareto chart of root causes (issue 18, charts)', () => {
  it('wraps a long cause into whole lines and never cuts it', () => {
    const label = 'Resources › Contractor performance and quality of work';
    const lines = wrapLabel(label);
    expect(lines).toEqual(['Resources ›', 'Contractor', 'performance and', 'quality of work']);
    expect(lines.join(' ')).toBe(label);
  });

  it('keeps a word longer than a line whole', () => {
    expect(wrapLabel('Telecommunications-infrastructure works', 12)).toEqual([
      'Telecommunications-infrastructure',
      'works',
    ]);
  });
});

// issue 19: nothing on a page moves when a chart's drawing (Recharts, its own chunk) arrives
describe('a chart before its drawing has loaded', () => {
  it('keeps the height of the drawing to come, so the content below does not move', () => {
    const html = renderToStaticMarkup(
      <StackedBars
        title="Complaints received"
        data={months}
        category="label"
        series={[{ key: 'r', label: 'Repairs' }]}
        height={320}
      />,
    );
    expect(html).toContain('<div class="chart-box" style="height:320px" aria-hidden="true"></div>');
  });

  it('a Pareto chart keeps a row per cause, as tall as its longest wrapped name', () => {
    const causes = [
      { label: 'Staff attitude', count: 6, cumulative: 60 },
      {
        label: 'Resources › Contractor performance and quality of work',
        count: 4,
        cumulative: 100,
      },
    ];
    // the longer name wraps into 4 lines: rows of 4 × 16 + 8 = 72 px, plus 80 for the axes
    expect(renderToStaticMarkup(<ParetoChart title="Causes" data={causes} />)).toContain(
      'style="height:224px"',
    );
  });
});
