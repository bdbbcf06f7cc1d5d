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
  // Narrow enough to stay legible on a phone: drawn 360 wide, a 375 px screen (343 px of
  // content) scales it by 0.95, so 14-unit text stays above 12 px. Each label sits above its bar.
  const rowHeight = 44;
  const width = 360;
  const barSpace = 250;
  const height = bars.length * rowHeight + 4;
  const max = Math.max(1, ...bars.map((b) => b.value ?? 0));
  const rows = bars
    .map((b, i) => {
      const y = i * rowHeight;
      const length = b.value === null ? 0 : Math.round((b.value / max) * barSpace);
      return (
        `<text x="0" y="${y + 16}">${esc(b.label)}</text>` +
        (length > 0
          ? `<rect class="bar" x="0" y="${y + 22}" width="${length}" height="16" fill="#1d70b8"></rect>`
          : '') +
        `<text x="${length + 6}" y="${y + 36}">${esc(b.display)}</text>`
      );
    })
    .join('');
  return `<figure class="chart">
<svg role="img" aria-label="${esc(`${name} (bar chart)`)}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" font-family="Arial, Helvetica, sans-serif" font-size="14" fill="#0b0c0c">${rows}</svg>
<figcaption>${esc(name)}. ${esc(tableNote)}</figcaption>
</figure>`;
}
