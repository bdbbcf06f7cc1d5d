import type { IndicatorFigures, SpsoIndicatorsReport } from '../indicators/types';
import { queryString } from '../lib/router';

export interface OverviewCard {
  id: string;
  title: string;
  kind: 'count' | 'share' | 'days';
  current: number | null;
  previous: number | null;
  /** The same quarter a year earlier, when the overview compares like for like. */
  lastYear?: number | null;
  /** The list behind the figure. */
  link: string;
}

/**
 * The overview's headline figures, this quarter against the last (and, like for like, the same
 * quarter a year earlier): received, closed at each
 * stage, share within timescale at each stage, average working days, and each outcome's share
 * of all closures (stage 2 = direct and after escalation together).
 */
export function overviewCards(
  r: Pick<SpsoIndicatorsReport, keyof IndicatorFigures | 'previous'>,
  options: {
    register: boolean;
    /** Like-for-like: the same working days of the same quarter a year earlier. */
    lastYear?: IndicatorFigures;
    /** The indicators page's period choice ('financialQuarter:FY2026-Q3') for a quarter to date. */
    indicatorsPeriod?: string;
  } = { register: true },
): OverviewCard[] {
  const range = { from: r.period.from, to: r.period.to };
  const indicators = `/indicators${queryString({ period: options.indicatorsPeriod ?? `${r.period.kind}:${r.period.kind === 'quarter' ? r.period.label.replace(' ', '-') : r.period.from.slice(0, 4)}` })}`;
  // Roles without the register (communications) get the figures' other lists: trends and indicators.
  // The register's filters are the figure's own rule: receipts by date received, closures by the
  // stage and date of the closure (the list holds exactly the complaints the figure counts).
  const register = (filters: Record<string, string>) =>
    options.register
      ? `/complaints${queryString(filters)}`
      : filters.closedAt
        ? indicators
        : `/trends${queryString({ ...range, grain: 'month' })}`;
  const closedIn = (closedAt: string) => ({
    closedAt,
    closedFrom: range.from,
    closedTo: range.to,
  });
  const p = r.previous;
  const allOutcome = (
    f: IndicatorFigures,
    key: 'resolved' | 'upheld' | 'partiallyUpheld' | 'notUpheld',
  ) => {
    const n = f.stages.stage1.outcomes[key].count + f.stage2.outcomes[key].count;
    return { n, share: f.closed ? n / f.closed : null };
  };
  type Figure = Omit<OverviewCard, 'current' | 'previous' | 'lastYear'> & {
    of: (f: IndicatorFigures) => number | null;
  };
  const outcome = (
    key: 'resolved' | 'upheld' | 'partiallyUpheld' | 'notUpheld',
    api: string,
    title: string,
  ): Figure => ({
    id: `outcome-${api}`,
    title,
    kind: 'share',
    of: (f) => allOutcome(f, key).share,
    // a share of all closures counts a complaint closed at both stages twice: no single list
    // holds it, so the card opens the indicators, whose per-stage figures each have their list
    link: indicators,
  });
  const figures: Figure[] = [
    {
      id: 'received',
      title: 'Complaints received',
      kind: 'count',
      of: (f) => f.received,
      link: register(range),
    },
    {
      id: 'closed-1',
      title: 'Closed at stage 1',
      kind: 'count',
      of: (f) => f.stages.stage1.closed,
      link: register(closedIn('stage1')),
    },
    {
      id: 'closed-2',
      title: 'Closed at stage 2',
      kind: 'count',
      of: (f) => f.stage2.closed,
      link: register(closedIn('stage2')),
    },
    {
      id: 'within-1',
      title: 'Stage 1 within 5 working days',
      kind: 'share',
      of: (f) => f.stages.stage1.withinTimescaleShare,
      link: indicators,
    },
    {
      id: 'within-2',
      title: 'Stage 2 within 20 working days',
      kind: 'share',
      of: (f) => f.stage2.withinTimescaleShare,
      link: indicators,
    },
    {
      id: 'days-1',
      title: 'Average working days, stage 1',
      kind: 'days',
      of: (f) => f.stages.stage1.averageWorkingDays,
      link: indicators,
    },
    {
      id: 'days-2',
      title: 'Average working days, stage 2',
      kind: 'days',
      of: (f) => f.stage2.averageWorkingDays,
      link: indicators,
    },
    outcome('upheld', 'upheld', 'Upheld'),
    outcome('partiallyUpheld', 'partially_upheld', 'Partially upheld'),
    outcome('notUpheld', 'not_upheld', 'Not upheld'),
    outcome('resolved', 'resolved', 'Resolved'),
  ];
  const { lastYear } = options;
  return figures.map(({ of, ...card }) => ({
    ...card,
    current: of(r),
    previous: of(p),
    ...(lastYear ? { lastYear: of(lastYear) } : {}),
  }));
}
