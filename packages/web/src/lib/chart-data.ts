/**
 * What the charts draw, without the drawing library: colours, the rows of partial periods and
 * label wrapping, and each chart's props. The charts themselves (lib/charts.tsx) load Recharts only
 * when they are about to be seen.
 */

/** Colours with at least 3:1 contrast on white (WCAG non-text contrast), told apart by more than hue in the tables. */
export const PALETTE = [
  '#1d70b8',
  '#d4351c',
  '#00703c',
  '#6f3c97',
  '#b65a00',
  '#505a5f',
  '#912b88',
  '#0b6b66',
  '#85252e',
  '#3d4fa3',
];
export const CURRENT = '#1d70b8';
export const PREVIOUS = '#6f777b';

/** A row of a chart over time; `partial` when the chosen dates cut its period (the month to date). */
export type TimeRow = Record<string, unknown> & { partial?: boolean; label?: unknown };

/**
 * The sentence under a chart naming its partial periods (docs/procedure.md, Reporting and
 * publishing: a partial period in charts), so a part month is not read as a fall; null if none.
 */
export function partialNote(data: readonly TimeRow[], how: 'hatched' | 'dashed'): string | null {
  const partial = data.filter((row) => row.partial).map((row) => String(row.label));
  if (partial.length === 0) return null;
  const drawn = how === 'hatched' ? 'Hatched bars' : 'The dashed line';
  return `${drawn}: ${partial.join(' and ')} ${partial.length === 1 ? 'covers' : 'cover'} only part of the period, so ${partial.length === 1 ? 'it is' : 'they are'} not comparable with a whole one.`;
}

/**
 * Each series' values split in two for lines: `key` over whole periods and `key__part` from the
 * last whole period into a partial one, drawn dashed.
 */
export function splitPartial(
  data: readonly TimeRow[],
  keys: readonly string[],
): Record<string, unknown>[] {
  return data.map((row, i) => {
    const out: Record<string, unknown> = { ...row };
    const nearPartial = row.partial || data[i - 1]?.partial || data[i + 1]?.partial;
    for (const key of keys) {
      out[`${key}__part`] = nearPartial ? row[key] : null;
      if (row.partial) out[key] = null;
    }
    return out;
  });
}

/**
 * A label cut into lines of at most `width` characters at spaces, never shortened: words are kept
 * whole ('Resources › Contractor performance' → ['Resources ›', 'Contractor', 'performance']).
 */
export function wrapLabel(label: string, width = 20): string[] {
  const lines: string[] = [];
  for (const word of label.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && `${last} ${word}`.length <= width)
      lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/** The height of a Pareto chart: a row per cause, tall enough for its wrapped name. */
export function paretoHeight(data: readonly { label: string }[]): number {
  const rowHeight = Math.max(36, ...data.map((d) => 16 * wrapLabel(d.label).length + 8));
  return 80 + rowHeight * Math.max(data.length, 1);
}

export interface ComparisonBarsProps {
  title: string;
  data: { current: number | null; previous: number | null }[] & Record<string, unknown>[];
  category: string;
  currentLabel: string;
  previousLabel: string;
  unit?: string;
  max?: number;
}

export interface StackedBarsProps {
  title: string;
  data: Record<string, unknown>[];
  category: string;
  series: { key: string; label: string }[];
  height?: number;
  /** '%' for shares, with `max` 100. */
  unit?: string;
  max?: number;
  /** Few bars with long names: every label shown, in short lines (none hidden on a phone). */
  everyLabel?: boolean;
}

export interface TrendLinesProps {
  title: string;
  data: Record<string, unknown>[];
  series: { key: string; label: string }[];
  height?: number;
}

export interface ParetoChartProps {
  title: string;
  data: { label: string; count: number; cumulative: number }[];
}
