import type { BucketFigures, IndicatorFigures, SpsoIndicatorsReport } from './types';

const none = { count: 0, share: null };

/** A bucket of closures for tests: shares follow from the counts, null when nothing closed. */
export function bucketOf(closed: number, over: Partial<BucketFigures> = {}): BucketFigures {
  const share = (n: number) => (closed ? n / closed : null);
  const outcomes = closed
    ? {
        resolved: { count: closed, share: 1 },
        upheld: { count: 0, share: 0 },
        partiallyUpheld: { count: 0, share: 0 },
        notUpheld: { count: 0, share: 0 },
      }
    : { resolved: none, upheld: none, partiallyUpheld: none, notUpheld: none };
  return {
    closed,
    shareOfAllClosures: null,
    averageWorkingDays: closed ? 4 : null,
    withinTimescale: closed,
    withinTimescaleShare: share(closed),
    extended: 0,
    extendedShare: share(0),
    outcomes,
    ...over,
  };
}

export function figures(
  label: string,
  from: string,
  to: string,
  received: number,
  s1: BucketFigures,
  s2d: BucketFigures,
  s2e: BucketFigures,
): IndicatorFigures {
  const closed = s1.closed + s2d.closed + s2e.closed;
  const withShare = (b: BucketFigures) => ({
    ...b,
    shareOfAllClosures: closed ? b.closed / closed : null,
  });
  return {
    period: { from, to, label, kind: 'quarter' },
    received,
    receivedPerThousand: received / 6.2,
    closed,
    stages: {
      stage1: withShare(s1),
      stage2Direct: withShare(s2d),
      stage2Escalated: withShare(s2e),
    },
    stage2: bucketOf(s2d.closed + s2e.closed),
    otherOutcomes: { notAComplaint: 3, withdrawn: 2, outOfTime: 1, duplicate: 1 },
  };
}

export function report(): SpsoIndicatorsReport {
  const current = figures(
    '2026 Q4',
    '2026-10-01',
    '2026-12-31',
    62,
    bucketOf(40, { withinTimescale: 30, withinTimescaleShare: 0.75, averageWorkingDays: 4.4 }),
    bucketOf(0),
    bucketOf(10, { withinTimescale: 9, withinTimescaleShare: 0.9 }),
  );
  const previous = figures(
    '2026 Q3',
    '2026-07-01',
    '2026-09-30',
    70,
    bucketOf(50, { withinTimescale: 40, withinTimescaleShare: 0.8, averageWorkingDays: 3.9 }),
    bucketOf(2),
    bucketOf(8),
  );
  return { ...current, population: 6200, populationLabel: 'homes', previous };
}
