import { useId, type ReactNode } from 'react';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  ComposedChart,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';

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

/**
 * A chart with its title; the numbers are always in a table beside it. The SVG is decorative
 * for screen readers (the table says the same), so they are not read twice.
 */
export function ChartFigure({
  title,
  children,
  height = 280,
  note,
}: {
  title: string;
  children: ReactNode;
  height?: number;
  note?: ReactNode;
}) {
  return (
    <figure className="chart">
      <figcaption>{title}</figcaption>
      <div className="chart-box" style={{ height }} aria-hidden="true">
        <ResponsiveContainer width="100%" height="100%">
          {children as React.ReactElement}
        </ResponsiveContainer>
      </div>
      {note ? <p className="hint">{note}</p> : null}
    </figure>
  );
}

const axisProps = { tick: { fill: '#0b0c0c', fontSize: 12 }, stroke: '#505a5f' };

/** A row of a chart over time; `partial` when the chosen dates cut its period (the month to date). */
type TimeRow = Record<string, unknown> & { partial?: boolean; label?: unknown };

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

/** Stripes of each colour on white: the pattern of a partial period's bar. */
function Hatches({ id, colours }: { id: string; colours: readonly string[] }) {
  return (
    <defs>
      {colours.map((colour, i) => (
        <pattern
          key={colour}
          id={`${id}-${i}`}
          width="6"
          height="6"
          patternUnits="userSpaceOnUse"
          patternTransform="rotate(45)"
        >
          <rect width="6" height="6" fill="#fff" />
          <rect width="3" height="6" fill={colour} />
        </pattern>
      ))}
    </defs>
  );
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

/** This period beside the previous one, per category. */
export function ComparisonBars({
  title,
  data,
  category,
  currentLabel,
  previousLabel,
  unit = '',
  max,
}: {
  title: string;
  data: { current: number | null; previous: number | null }[] & Record<string, unknown>[];
  category: string;
  currentLabel: string;
  previousLabel: string;
  unit?: string;
  max?: number;
}) {
  return (
    <ChartFigure title={title}>
      <BarChart
        data={data}
        margin={{ top: 10, right: 10, bottom: 0, left: 0 }}
        accessibilityLayer={false}
      >
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey={category} {...axisProps} interval={0} />
        <YAxis
          {...axisProps}
          unit={unit}
          domain={max ? [0, max] : undefined}
          allowDecimals={false}
          width={48}
        />
        <Tooltip formatter={(v) => `${String(v)}${unit}`} />
        <Legend />
        <Bar dataKey="previous" name={previousLabel} fill={PREVIOUS} isAnimationActive={false} />
        <Bar dataKey="current" name={currentLabel} fill={CURRENT} isAnimationActive={false} />
      </BarChart>
    </ChartFigure>
  );
}

/** Stacked bars: one bar per row of `data`, one segment per series. */
export function StackedBars({
  title,
  data,
  category,
  series,
  height,
  unit = '',
  max,
  everyLabel = false,
}: {
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
}) {
  const hatch = useId().replace(/:/g, '');
  const colours = series.map((_, i) => PALETTE[i % PALETTE.length]!);
  return (
    <ChartFigure title={title} height={height} note={partialNote(data, 'hatched')}>
      <BarChart
        data={data}
        margin={{ top: 10, right: 10, bottom: 0, left: 0 }}
        accessibilityLayer={false}
      >
        <Hatches id={hatch} colours={colours} />
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis
          dataKey={category}
          {...axisProps}
          tick={<WrappedXTick width={everyLabel ? 10 : 14} />}
          height={everyLabel ? 72 : 50}
          interval={everyLabel ? 0 : undefined}
        />
        <YAxis
          {...axisProps}
          allowDecimals={false}
          width={48}
          unit={unit}
          domain={max ? [0, max] : undefined}
        />
        <Tooltip formatter={unit ? (v) => `${String(v)}${unit}` : undefined} />
        <Legend />
        {series.map((s, i) => (
          <Bar
            key={s.key}
            dataKey={s.key}
            name={s.label}
            stackId="a"
            fill={colours[i]}
            stroke={colours[i]}
            isAnimationActive={false}
          >
            {(data as TimeRow[]).map((row, j) => (
              <Cell key={j} fill={row.partial ? `url(#${hatch}-${i})` : colours[i]} />
            ))}
          </Bar>
        ))}
      </BarChart>
    </ChartFigure>
  );
}

/** Lines over time, one per series. */
export function TrendLines({
  title,
  data,
  series,
  height,
}: {
  title: string;
  data: Record<string, unknown>[];
  series: { key: string; label: string }[];
  height?: number;
}) {
  const rows = splitPartial(
    data,
    series.map((s) => s.key),
  );
  const anyPartial = (data as TimeRow[]).some((row) => row.partial);
  return (
    <ChartFigure title={title} height={height} note={partialNote(data, 'dashed')}>
      <LineChart
        data={rows}
        margin={{ top: 10, right: 10, bottom: 0, left: 0 }}
        accessibilityLayer={false}
      >
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="label" {...axisProps} minTickGap={12} />
        <YAxis {...axisProps} allowDecimals={false} width={48} />
        <Tooltip />
        <Legend />
        {series.map((s, i) => (
          <Line
            key={s.key}
            type="monotone"
            dataKey={s.key}
            name={s.label}
            stroke={PALETTE[i % PALETTE.length]}
            strokeWidth={2}
            dot={false}
            isAnimationActive={false}
          />
        ))}
        {anyPartial
          ? series.map((s, i) => (
              <Line
                key={`${s.key}__part`}
                type="linear"
                dataKey={`${s.key}__part`}
                name={`${s.label} (part period)`}
                legendType="none"
                stroke={PALETTE[i % PALETTE.length]}
                strokeWidth={2}
                strokeDasharray="5 4"
                dot={false}
                isAnimationActive={false}
              />
            ))
          : null}
      </LineChart>
    </ChartFigure>
  );
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

const PARETO_LABEL_WIDTH = 150;

/** A category label under a bar, in whole lines of at most `width` characters (never cut). */
function WrappedXTick({
  x,
  y,
  payload,
  width = 14,
}: {
  x?: number;
  y?: number;
  payload?: { value?: unknown };
  width?: number;
}) {
  const value = payload?.value;
  const lines = wrapLabel(typeof value === 'string' ? value : '', width);
  return (
    <text x={x} y={y} textAnchor="middle" fill="#0b0c0c" fontSize={12}>
      {lines.map((line, i) => (
        <tspan key={i} x={x} dy={i === 0 ? '0.9em' : '1.1em'}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

/** A category label on the left of a bar, in whole lines (labels are never cut). */
function WrappedTick({ x, y, payload }: { x?: number; y?: number; payload?: { value?: unknown } }) {
  const value = payload?.value;
  const lines = wrapLabel(typeof value === 'string' ? value : '');
  return (
    <text x={x} y={y} textAnchor="end" fill="#0b0c0c" fontSize={12}>
      {lines.map((line, i) => (
        <tspan key={i} x={x} dy={i === 0 ? `${0.35 - (lines.length - 1) * 0.55}em` : '1.1em'}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

/**
 * Bars for each cause's count, largest first, and a line for the cumulative share. Bars run
 * across so each cause's whole name sits beside its bar, wrapped, never cut.
 */
export function ParetoChart({
  title,
  data,
}: {
  title: string;
  data: { label: string; count: number; cumulative: number }[];
}) {
  const rowHeight = Math.max(36, ...data.map((d) => 16 * wrapLabel(d.label).length + 8));
  return (
    <ChartFigure title={title} height={80 + rowHeight * Math.max(data.length, 1)}>
      <ComposedChart
        data={data}
        layout="vertical"
        margin={{ top: 10, right: 16, bottom: 10, left: 0 }}
        accessibilityLayer={false}
      >
        <CartesianGrid strokeDasharray="3 3" horizontal={false} />
        <YAxis
          type="category"
          dataKey="label"
          {...axisProps}
          interval={0}
          width={PARETO_LABEL_WIDTH}
          tick={<WrappedTick />}
        />
        <XAxis xAxisId="count" type="number" {...axisProps} allowDecimals={false} />
        <XAxis
          xAxisId="share"
          type="number"
          orientation="top"
          {...axisProps}
          unit="%"
          domain={[0, 100]}
        />
        <Tooltip />
        <Legend verticalAlign="bottom" />
        <Bar
          xAxisId="count"
          dataKey="count"
          name="Complaints"
          fill={CURRENT}
          isAnimationActive={false}
        />
        <Line
          xAxisId="share"
          type="monotone"
          dataKey="cumulative"
          name="Cumulative share"
          stroke="#d4351c"
          strokeWidth={2}
          isAnimationActive={false}
        />
      </ComposedChart>
    </ChartFigure>
  );
}
