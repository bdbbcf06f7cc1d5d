import { lazy, Suspense, useEffect, useRef, useState, type ReactNode } from 'react';
import {
  partialNote,
  paretoHeight,
  type ComparisonBarsProps,
  type ParetoChartProps,
  type StackedBarsProps,
  type TrendLinesProps,
} from './chart-data';

export {
  CURRENT,
  PALETTE,
  partialNote,
  PREVIOUS,
  splitPartial,
  wrapLabel,
  type TimeRow,
} from './chart-data';

// The drawings (Recharts, the largest library of the dashboard) are a chunk of their own, asked
// for when the first chart nears the screen: a page's first screen never waits for it.
const drawings = () => import('./charts-drawn');
const Drawn = {
  ComparisonBars: lazy(() => drawings().then((m) => ({ default: m.ComparisonBars }))),
  StackedBars: lazy(() => drawings().then((m) => ({ default: m.StackedBars }))),
  TrendLines: lazy(() => drawings().then((m) => ({ default: m.TrendLines }))),
  ParetoChart: lazy(() => drawings().then((m) => ({ default: m.ParetoChart }))),
};

/**
 * True once `ref`'s element is within a screen of the viewport (or the page is printed): until
 * then a chart is its empty, reserved box. Without IntersectionObserver (tests), at once.
 */
function useNearScreen(ref: React.RefObject<HTMLElement | null>): boolean {
  const [near, setNear] = useState(() => typeof IntersectionObserver === 'undefined');
  useEffect(() => {
    const element = ref.current;
    if (near || !element) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) setNear(true);
      },
      { rootMargin: '100% 0px' },
    );
    observer.observe(element);
    const print = () => setNear(true);
    window.addEventListener('beforeprint', print);
    return () => {
      observer.disconnect();
      window.removeEventListener('beforeprint', print);
    };
  }, [near, ref]);
  return near;
}

/**
 * A chart with its title; the numbers are always in a table beside it. The SVG is decorative
 * for screen readers (the table says the same), so they are not read twice. The box keeps the
 * chart's height from the first paint, so nothing below moves when the drawing arrives.
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
  const box = useRef<HTMLDivElement>(null);
  const near = useNearScreen(box);
  return (
    <figure className="chart">
      <figcaption>{title}</figcaption>
      <div ref={box} className="chart-box" style={{ height }} aria-hidden="true">
        {near ? <Suspense fallback={null}>{children}</Suspense> : null}
      </div>
      {note ? <p className="hint">{note}</p> : null}
    </figure>
  );
}

/** This period beside the previous one, per category. */
export function ComparisonBars(props: ComparisonBarsProps) {
  return (
    <ChartFigure title={props.title}>
      <Drawn.ComparisonBars {...props} />
    </ChartFigure>
  );
}

/** Stacked bars: one bar per row of `data`, one segment per series. */
export function StackedBars(props: StackedBarsProps) {
  return (
    <ChartFigure
      title={props.title}
      height={props.height}
      note={partialNote(props.data, 'hatched')}
    >
      <Drawn.StackedBars {...props} />
    </ChartFigure>
  );
}

/** Lines over time, one per series. */
export function TrendLines(props: TrendLinesProps) {
  return (
    <ChartFigure title={props.title} height={props.height} note={partialNote(props.data, 'dashed')}>
      <Drawn.TrendLines {...props} />
    </ChartFigure>
  );
}

/**
 * Bars for each cause's count, largest first, and a line for the cumulative share. Bars run
 * across so each cause's whole name sits beside its bar, wrapped, never cut.
 */
export function ParetoChart(props: ParetoChartProps) {
  return (
    <ChartFigure title={props.title} height={paretoHeight(props.data)}>
      <Drawn.ParetoChart {...props} />
    </ChartFigure>
  );
}
