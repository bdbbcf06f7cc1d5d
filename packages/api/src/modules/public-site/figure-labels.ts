import { PERIOD_FIGURE_FIELDS } from '../publications/publication-figures';

export type FigureField = (typeof PERIOD_FIGURE_FIELDS)[number];

/** The headline figures as the public reads them, in the order of the SPSO indicators. */
export const FIGURE_LABELS: Record<FigureField, string> = {
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

export const OUTCOME_FIELDS = ['resolved', 'upheld', 'partiallyUpheld', 'notUpheld'] as const satisfies readonly FigureField[];

export { PERIOD_FIGURE_FIELDS };
