/**
 * The headline figures a publication freezes at approval (docs/procedure.md, Reporting and publishing), in the order of the
 * SPSO indicators, with the words the public site and the dashboard both use for them.
 */
export const PUBLIC_FIGURE_FIELDS = [
  'received',
  'closed',
  'stage1Closed',
  'stage2Closed',
  'resolved',
  'upheld',
  'partiallyUpheld',
  'notUpheld',
  'withinTimescaleShare',
  'stage1WithinTimescaleShare',
  'stage2WithinTimescaleShare',
  'stage1AverageWorkingDays',
  'stage2AverageWorkingDays',
  'stage1Extended',
  'stage2Extended',
] as const;

export type PublicFigureField = (typeof PUBLIC_FIGURE_FIELDS)[number];

export const PUBLIC_FIGURE_LABELS: Record<PublicFigureField, string> = {
  received: 'Complaints received',
  closed: 'Complaints closed',
  stage1Closed: 'Closed at stage 1 (frontline response)',
  stage2Closed: 'Closed at stage 2 (investigation)',
  resolved: 'Resolved',
  upheld: 'Upheld',
  partiallyUpheld: 'Partially upheld',
  notUpheld: 'Not upheld',
  withinTimescaleShare: 'Closed within the timescale',
  stage1WithinTimescaleShare: 'Stage 1: closed within the timescale',
  stage2WithinTimescaleShare: 'Stage 2: closed within the timescale',
  stage1AverageWorkingDays: 'Stage 1: average time to close',
  stage2AverageWorkingDays: 'Stage 2: average time to close',
  stage1Extended: 'Stage 1: closures with an extended timescale',
  stage2Extended: 'Stage 2: closures with an extended timescale',
};

/**
 * The headline figures of an annual report that carries the SPSO indicator set (docs/procedure.md,
 * Regulator returns): only figures that are the indicator set's own, beside last year's. Outcomes
 * added up across stages and the two stage 2 routes (direct, after escalation) merged into one
 * "stage 2" are left out: the indicator table shows them per stage bucket. Reports approved
 * before the indicator set was frozen with them keep every headline figure.
 */
export const ANNUAL_REPORT_FIGURE_FIELDS = [
  'received',
  'closed',
  'withinTimescaleShare',
  'stage1Closed',
  'stage1WithinTimescaleShare',
  'stage1AverageWorkingDays',
  'stage1Extended',
] as const satisfies readonly PublicFigureField[];

/** The headline figures a published page shows: the annual report's own set when it has the indicator table. */
export function headlineFigureFields(report: {
  kind: 'quarterly' | 'annual';
  hasIndicators: boolean;
}): readonly PublicFigureField[] {
  return report.kind === 'annual' && report.hasIndicators
    ? ANNUAL_REPORT_FIGURE_FIELDS
    : PUBLIC_FIGURE_FIELDS;
}

/** The four outcomes (§31, §65), as figures. */
export const PUBLIC_OUTCOME_FIELDS = [
  'resolved',
  'upheld',
  'partiallyUpheld',
  'notUpheld',
] as const satisfies readonly PublicFigureField[];

const month = new Intl.DateTimeFormat('en-GB', { month: 'long', timeZone: 'UTC' });
const monthYear = new Intl.DateTimeFormat('en-GB', {
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/**
 * A period as the public says it: 'July to September 2026', 'April 2025 to March 2026'
 * (staff say '2026 Q3' and '2025/26'). From the period's first and last days.
 */
export function publicPeriodName({ from, to }: { from: string; to: string }): string {
  const first = new Date(`${from}T00:00:00Z`);
  const last = new Date(`${to}T00:00:00Z`);
  if (first.getUTCFullYear() === last.getUTCFullYear()) {
    if (first.getUTCMonth() === last.getUTCMonth()) return monthYear.format(first);
    return `${month.format(first)} to ${monthYear.format(last)}`;
  }
  return `${monthYear.format(first)} to ${monthYear.format(last)}`;
}
