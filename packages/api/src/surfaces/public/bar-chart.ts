import { esc } from './html';

export interface Bar {
  label: string;
  value: number | null;
  display: string;
}

/**
 * A horizontal bar chart as inline SVG (no script, prints well). It is an image with a short
 * name; its figures are always in a table on the same page (WCAG 1.1.1), which `tableNote`
 * names. A withheld figure (value null) draws no bar, only its text ('fewer than 5').
 */
export function barChart({
  name,
  bars,
  tableNote,
}: {
  name: string;
  bars: Bar[];
  tableNote: string;
}): string {
  const rowHeight = 32;
  const labelWidth = 200;
  const barSpace = 300;
  const width = 640;
  const height = bars.length * rowHeight + 8;
  const max = Math.max(1, ...bars.map((b) => b.value ?? 0));
  const rows = bars
    .map((b, i) => {
      const y = i * rowHeight + 4;
      const length = b.value === null ? 0 : Math.round((b.value / max) * barSpace);
      return (
        `<text x="${labelWidth - 8}" y="${y + 20}" text-anchor="end">${esc(b.label)}</text>` +
        (length > 0
          ? `<rect class="bar" x="${labelWidth}" y="${y + 4}" width="${length}" height="${rowHeight - 10}" fill="#1d70b8"></rect>`
          : '') +
        `<text x="${labelWidth + length + 6}" y="${y + 20}">${esc(b.display)}</text>`
      );
    })
    .join('');
  return `<figure class="chart">
<svg role="img" aria-label="${esc(`${name} (bar chart)`)}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" font-family="Arial, Helvetica, sans-serif" font-size="14" fill="#0b0c0c">${rows}</svg>
<figcaption>${esc(name)}. ${esc(tableNote)}</figcaption>
</figure>`;
}
