import type { ArcIndicators, ArcReceipts, ArcStageFigures } from './arc';

/** One SPSO bucket's closures, as the reconciliation needs them. */
export interface SpsoBucketTotals {
  closed: number;
  totalWorkingDays: number;
  withinTimescale: number;
}

/** The SPSO indicators the ARC figures are reconciled with (indicators A, B, D, E). */
export interface SpsoTotals {
  received: number;
  stage1: SpsoBucketTotals;
  stage2Direct: SpsoBucketTotals;
  stage2Escalated: SpsoBucketTotals;
}

export const ARC_FIGURES = [
  'stage1Received',
  'stage2Received',
  'allReceived',
  'stage1RespondedInFull',
  'stage2RespondedInFull',
  'stage1WithinTimescale',
  'stage2WithinTimescale',
  'stage1AverageWorkingDays',
  'stage2AverageWorkingDays',
] as const;
export type ArcFigure = (typeof ARC_FIGURES)[number];

export const ARC_FIGURE_LABELS: Record<ArcFigure, string> = {
  stage1Received: 'Stage 1 complaints received',
  stage2Received: 'Stage 2 complaints received',
  allReceived: 'Stage 1 and stage 2 complaints received, added up',
  stage1RespondedInFull: 'Stage 1 complaints responded to in full',
  stage2RespondedInFull: 'Stage 2 complaints responded to in full',
  stage1WithinTimescale: 'Stage 1 full responses within the timescale',
  stage2WithinTimescale: 'Stage 2 full responses within the timescale',
  stage1AverageWorkingDays: 'Stage 1: average working days for a full response',
  stage2AverageWorkingDays: 'Stage 2: average working days for a full response',
};

export interface ReconciliationDifference {
  reason: string;
  value: number;
}

/**
 * One ARC figure against the SPSO figure it is closest to: spsoValue + the differences =
 * arcValue; `unexplained` is what is left (0 unless the figures came from different data).
 */
export interface ReconciliationRow {
  figure: ArcFigure;
  label: string;
  spsoFigure: string;
  spsoValue: number | null;
  differences: ReconciliationDifference[];
  arcValue: number | null;
  unexplained: number;
}

const mean = (days: number, n: number): number | null => (n === 0 ? null : days / n);

/**
 * The ARC figures a year's SPSO indicators and receipts give (docs/procedure.md, Regulator
 * returns): stage 1 is the SPSO's stage 1 bucket; stage 2 adds its two stage 2 buckets;
 * receipts come from ArcReceipts.
 */
export function arcFromSpso(spso: SpsoTotals, receipts: ArcReceipts): ArcIndicators {
  const stage = (received: number, buckets: SpsoBucketTotals[]): ArcStageFigures => {
    const closed = buckets.reduce((n, b) => n + b.closed, 0);
    const days = buckets.reduce((n, b) => n + b.totalWorkingDays, 0);
    return {
      received,
      respondedInFull: closed,
      totalWorkingDays: days,
      averageWorkingDays: mean(days, closed),
      withinTimescale: buckets.reduce((n, b) => n + b.withinTimescale, 0),
    };
  };
  return {
    stage1: stage(receipts.receivedAtStage1, [spso.stage1]),
    stage2: stage(receipts.receivedAtStage2 + receipts.escalated, [
      spso.stage2Direct,
      spso.stage2Escalated,
    ]),
  };
}

const round = (n: number) => Math.round(n * 1e9) / 1e9;

/**
 * Every difference between the ARC figures and the SPSO indicators for the same year, named
 * (issue: bodies criticised for mixing the two). `arc` is passed in, not derived, so a test can
 * hold the reconciliation against ARC figures computed independently: each row's `unexplained`
 * is then 0. An average's difference is the change the after-escalation closures make to it.
 */
export function reconcileArcWithSpso(
  spso: SpsoTotals,
  receipts: ArcReceipts,
  arc: ArcIndicators,
): ReconciliationRow[] {
  const d = spso.stage2Direct;
  const e = spso.stage2Escalated;
  const row = (
    figure: ArcFigure,
    spsoFigure: string,
    spsoValue: number | null,
    differences: ReconciliationDifference[],
    arcValue: number | null,
  ): ReconciliationRow => ({
    figure,
    label: ARC_FIGURE_LABELS[figure],
    spsoFigure,
    spsoValue,
    differences: differences.filter((x) => x.value !== 0),
    arcValue,
    unexplained: round(
      (arcValue ?? 0) - (spsoValue ?? 0) - differences.reduce((n, x) => n + x.value, 0),
    ),
  });
  const straightToStage2 = {
    reason:
      'received straight at stage 2: the ARC counts them at stage 2, the SPSO counts every complaint received together',
    value: -receipts.receivedAtStage2,
  };
  const atStage1 = {
    reason:
      'received at stage 1: the ARC counts them at stage 1, the SPSO counts every complaint received together',
    value: -receipts.receivedAtStage1,
  };
  const escalated = {
    reason:
      'escalated to stage 2 in the year: counted at stage 1 and again at stage 2 by the ARC, once (when first received) by the SPSO',
    value: receipts.escalated,
  };
  const directAverage = mean(d.totalWorkingDays, d.closed);
  const combinedAverage = mean(d.totalWorkingDays + e.totalWorkingDays, d.closed + e.closed);
  return [
    row(
      'stage1Received',
      'A: complaints received',
      spso.received,
      [straightToStage2],
      arc.stage1.received,
    ),
    row(
      'stage2Received',
      'A: complaints received',
      spso.received,
      [atStage1, escalated],
      arc.stage2.received,
    ),
    row(
      'allReceived',
      'A: complaints received',
      spso.received,
      [escalated],
      arc.stage1.received + arc.stage2.received,
    ),
    row(
      'stage1RespondedInFull',
      'B: closed at stage 1',
      spso.stage1.closed,
      [],
      arc.stage1.respondedInFull,
    ),
    row(
      'stage2RespondedInFull',
      'B: closed at stage 2 (direct)',
      d.closed,
      [
        {
          reason:
            'closed at stage 2 after escalation: a bucket of its own for the SPSO, stage 2 for the ARC',
          value: e.closed,
        },
      ],
      arc.stage2.respondedInFull,
    ),
    row(
      'stage1WithinTimescale',
      'E: stage 1 closed within the timescale',
      spso.stage1.withinTimescale,
      [],
      arc.stage1.withinTimescale,
    ),
    row(
      'stage2WithinTimescale',
      'E: stage 2 (direct) closed within the timescale',
      d.withinTimescale,
      [
        {
          reason:
            'closed at stage 2 after escalation within the timescale: a bucket of its own for the SPSO, stage 2 for the ARC',
          value: e.withinTimescale,
        },
      ],
      arc.stage2.withinTimescale,
    ),
    row(
      'stage1AverageWorkingDays',
      'D: stage 1 average working days',
      mean(spso.stage1.totalWorkingDays, spso.stage1.closed),
      [],
      arc.stage1.averageWorkingDays,
    ),
    row(
      'stage2AverageWorkingDays',
      'D: stage 2 (direct) average working days',
      directAverage,
      [
        {
          reason: `the ${e.closed} closures at stage 2 after escalation averaged in: the SPSO averages them apart, the ARC with stage 2`,
          value: combinedAverage === null ? 0 : round(combinedAverage - (directAverage ?? 0)),
        },
      ],
      arc.stage2.averageWorkingDays,
    ),
  ];
}
