import { perThousand, share, type BucketIndicators, type SpsoIndicators } from '@chp/domain';

// What analytics-indicators.test.ts compares: the periods it asks for, and the domain's reference
// figures and the API's answer brought to the same shape.

export const TODAY = '2026-11-20';
export const CLOSURE_DAYS = ['2024-09-30', '2025-04-22', '2025-09-29', '2025-12-24', '2026-04-07'];

export type Period = {
  quarter?: string;
  year?: number;
  financialYear?: number;
  from?: string;
  to?: string;
};
export const PERIODS: [string, Period, { from: string; to: string }][] = [
  ...[2024, 2025].flatMap((y) =>
    [1, 2, 3, 4].map((q) => {
      const from = `${y}-${String((q - 1) * 3 + 1).padStart(2, '0')}-01`;
      const to = { 1: `${y}-03-31`, 2: `${y}-06-30`, 3: `${y}-09-30`, 4: `${y}-12-31` }[q]!;
      return [`quarter ${y}-Q${q}`, { quarter: `${y}-Q${q}` }, { from, to }] as [
        string,
        Period,
        { from: string; to: string },
      ];
    }),
  ),
  ['calendar year 2025', { year: 2025 }, { from: '2025-01-01', to: '2025-12-31' }],
  ['financial year 2025/26', { financialYear: 2025 }, { from: '2025-04-01', to: '2026-03-31' }],
  [
    'the festive fortnight 2025/26 (Christmas, Boxing Day, 1-2 January bank holidays)',
    { from: '2025-12-20', to: '2026-01-06' },
    { from: '2025-12-20', to: '2026-01-06' },
  ],
  [
    'the quarter still in progress (open complaints)',
    { quarter: '2026-Q4' },
    { from: '2026-10-01', to: '2026-12-31' },
  ],
  [
    'a range with no complaints',
    { from: '2015-02-01', to: '2015-02-28' },
    { from: '2015-02-01', to: '2015-02-28' },
  ],
];

export const BUCKETS = ['stage1', 'stage2Direct', 'stage2Escalated'] as const;
export const OUTCOMES = [
  ['resolved', 'resolved'],
  ['upheld', 'upheld'],
  ['partially_upheld', 'partiallyUpheld'],
  ['not_upheld', 'notUpheld'],
] as const;

/** Every figure the API returns, as the domain's reference defines it. */
export function expected(ref: SpsoIndicators, population: number) {
  const all = BUCKETS.reduce((n, b) => n + ref.stages[b].closed, 0);
  const bucket = (b: BucketIndicators & { totalDays?: number }) => ({
    closed: b.closed,
    shareOfAllClosures: share(b.closed, all),
    outcomes: Object.fromEntries(
      OUTCOMES.map(([o, f]) => [
        f,
        { count: b.outcomes[o], share: share(b.outcomes[o], b.closed) },
      ]),
    ),
    averageWorkingDays: b.averageWorkingDays,
    withinTimescale: b.withinTimescale,
    withinTimescaleShare: share(b.withinTimescale, b.closed),
    extended: b.extended,
    extendedShare: share(b.extended, b.closed),
  });
  const d = ref.stages.stage2Direct;
  const e = ref.stages.stage2Escalated;
  const s2closed = d.closed + e.closed;
  // the integer totals behind the domain's unrounded means
  const s2days =
    Math.round((d.averageWorkingDays ?? 0) * d.closed) +
    Math.round((e.averageWorkingDays ?? 0) * e.closed);
  return {
    received: ref.received,
    // none of the outcomes beyond the four is a closure: they are counted apart
    otherOutcomes: {
      notAComplaint: ref.otherOutcomes.not_a_complaint,
      withdrawn: ref.otherOutcomes.withdrawn,
      outOfTime: ref.otherOutcomes.out_of_time,
      duplicate: ref.otherOutcomes.duplicate,
    },
    receivedPerThousand: perThousand(ref.received, population),
    closed: all,
    stages: Object.fromEntries(BUCKETS.map((b) => [b, bucket(ref.stages[b])])),
    stage2: {
      closed: s2closed,
      outcomes: Object.fromEntries(
        OUTCOMES.map(([o, f]) => [
          f,
          {
            count: d.outcomes[o] + e.outcomes[o],
            share: share(d.outcomes[o] + e.outcomes[o], s2closed),
          },
        ]),
      ),
      averageWorkingDays: s2closed === 0 ? null : s2days / s2closed,
      withinTimescale: d.withinTimescale + e.withinTimescale,
      extended: d.extended + e.extended,
    },
  };
}

/** The API's answer reduced to the same shape (totalWorkingDays checked separately). */
export function actual(figures: any) {
  const bucket = (b: any) => {
    const { totalWorkingDays: _days, ...rest } = b;
    return rest;
  };
  return {
    received: figures.received,
    otherOutcomes: figures.otherOutcomes,
    receivedPerThousand: figures.receivedPerThousand,
    closed: figures.closed,
    stages: Object.fromEntries(BUCKETS.map((b) => [b, bucket(figures.stages[b])])),
    stage2: {
      closed: figures.stage2.closed,
      outcomes: figures.stage2.outcomes,
      averageWorkingDays: figures.stage2.averageWorkingDays,
      withinTimescale: figures.stage2.withinTimescale,
      extended: figures.stage2.extended,
    },
  };
}
