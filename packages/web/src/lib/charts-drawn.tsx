import { useId } from 'react';
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
import {
  CURRENT,
  PALETTE,
  PREVIOUS,
  splitPartial,
  wrapLabel,
  type ComparisonBarsProps,
  type ParetoChartProps,
  type StackedBarsProps,
  type TimeRow,
  type TrendLinesProps,
} from './chart-data';

/**
 * The drawings inside the charts of lib/charts.tsx, in Recharts: their own chunk, loaded when a
 * chart is about to be seen, so a page's first screen does not wait for the drawing library.
 * Each fills the box its figure reserved.
 */

const axisProps = { tick: { fill: '#0b0c0c', fontSize: 12 }, stroke: '#505a5f' };
const PARETO_LABEL_WIDTH = 150;

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

/** This period beside the previous one, per category. */
export function ComparisonBars({
  data,
  category,
  currentLabel,
  previousLabel,
  unit = '',
  max,
}: ComparisonBarsProps) {
  return (
    <ResponsiveContainer width="100%" height="100%">
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
    </ResponsiveContainer>
  );
}

/** Stacked bars: one bar per row of `data`, one segment per series. */
export function StackedBars({
  data,
  category,
  series,
  unit = '',
  max,
  everyLabel = false,
}: StackedBarsProps) {
  const hatch = useId().replace(/:/g, '');
  const colours = series.map((_, i) => PALETTE[i % PALETTE.length]!);
  return (
    <ResponsiveContainer width="100%" height="100%">
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
    </ResponsiveContainer>
  );
}

/** Lines over time, one per series. */
export function TrendLines({ data, series }: TrendLinesProps) {
  const rows = splitPartial(
    data,
    series.map((s) => s.key),
  );
  const anyPartial = (data as TimeRow[]).some((row) => row.partial);
  return (
    <ResponsiveContainer width="100%" height="100%">
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
    </ResponsiveContainer>
  );
}

/**
 * Bars for each cause's count, largest first, and a line for the cumulative share. Bars run
 * across so each cause's whole name sits beside its bar, wrapped, never cut.
 */
export function ParetoChart({ data }: ParetoChartProps) {
  return (
    <ResponsiveContainer width="100%" height="100%">
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
    </ResponsiveContainer>
  );
}

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
