import { perThousand } from '../perThousand';
import { share } from '../share';
import type { SpsoIndicators } from '../spsoIndicators';
import { OUTCOMES, type Outcome } from '../types';
import type { SpsoBucketTotals, SpsoTotals } from './reconciliation';

/** One SPSO bucket as the return lays it out (indicators B-F). */
export interface SpsoReturnBucket extends SpsoBucketTotals {
  outcomes: Record<Outcome, number>;
  extended: number;
}

export interface SpsoReturnInput extends SpsoTotals {
  stage1: SpsoReturnBucket;
  stage2Direct: SpsoReturnBucket;
  stage2Escalated: SpsoReturnBucket;
}

export const RETURN_BUCKETS = ['stage1', 'stage2Direct', 'stage2Escalated'] as const;

export type ReturnUnit = 'count' | 'share' | 'perThousand' | 'workingDays';

/**
 * One line of the SPSO return: the indicator's letter, its words, the unit, and a value per
 * stage bucket and for all closures together (null where the line has no such value).
 */
export interface SpsoReturnRow {
  indicator: 'A' | 'B' | 'C' | 'D' | 'E' | 'F';
  label: string;
  unit: ReturnUnit;
  stage1: number | null;
  stage2Direct: number | null;
  stage2Escalated: number | null;
  all: number | null;
}

/** The sectors an organisation may be in (the organisation setting). */
export type ReturnSector =
  'housing' | 'local_authority' | 'higher_education' | 'further_education' | 'other';

const POPULATION_WORDS: Record<ReturnSector, string> = {
  housing: 'homes',
  local_authority: 'residents',
  higher_education: 'students',
  further_education: 'students',
  other: 'people served',
};

/**
 * What the per-1,000 line is per: the organisation's own population label when set, else the
 * sector's word (docs/procedure.md, Sector settings: homes for housing, students for colleges
 * and universities, residents for councils).
 */
export function populationWording(sector: ReturnSector, populationLabel?: string | null): string {
  const own = populationLabel?.trim();
  return own ? own : POPULATION_WORDS[sector];
}

const OUTCOME_WORDS: Record<Outcome, string> = {
  resolved: 'resolved',
  upheld: 'upheld',
  partially_upheld: 'partially upheld',
  not_upheld: 'not upheld',
};

/** The SPSO totals of the domain's reference indicators (exact: each mean is a sum over a count). */
export function spsoReturnInput(ind: SpsoIndicators): SpsoReturnInput {
  const bucket = (k: (typeof RETURN_BUCKETS)[number]): SpsoReturnBucket => {
    const b = ind.stages[k];
    return {
      closed: b.closed,
      totalWorkingDays: Math.round((b.averageWorkingDays ?? 0) * b.closed),
      withinTimescale: b.withinTimescale,
      outcomes: { ...b.outcomes },
      extended: b.extended,
    };
  };
  return {
    received: ind.received,
    stage1: bucket('stage1'),
    stage2Direct: bucket('stage2Direct'),
    stage2Escalated: bucket('stage2Escalated'),
  };
}

/**
 * The SPSO complaints performance indicators in the SPSO's layout (docs/procedure.md, Regulator
 * returns): A received (and per 1,000 of the population when the organisation has one), then for
 * each of the three exclusive stage buckets B closures and their share, C each outcome's count and
 * share, D average working days, E within the timescale, F extended. "All" adds the buckets up
 * (shares and means recomputed from the sums).
 */
export function spsoReturnRows(
  input: SpsoReturnInput,
  population: { count: number | null; wording: string },
): SpsoReturnRow[] {
  const buckets = RETURN_BUCKETS.map((k) => input[k]);
  const all: SpsoReturnBucket = {
    closed: buckets.reduce((n, b) => n + b.closed, 0),
    totalWorkingDays: buckets.reduce((n, b) => n + b.totalWorkingDays, 0),
    withinTimescale: buckets.reduce((n, b) => n + b.withinTimescale, 0),
    extended: buckets.reduce((n, b) => n + b.extended, 0),
    outcomes: Object.fromEntries(
      OUTCOMES.map((o) => [o, buckets.reduce((n, b) => n + b.outcomes[o], 0)]),
    ) as Record<Outcome, number>,
  };
  const perBucket = (
    indicator: SpsoReturnRow['indicator'],
    label: string,
    unit: ReturnUnit,
    value: (b: SpsoReturnBucket) => number | null,
  ): SpsoReturnRow => ({
    indicator,
    label,
    unit,
    stage1: value(input.stage1),
    stage2Direct: value(input.stage2Direct),
    stage2Escalated: value(input.stage2Escalated),
    all: value(all),
  });
  const total = (
    indicator: SpsoReturnRow['indicator'],
    label: string,
    unit: ReturnUnit,
    value: number | null,
  ): SpsoReturnRow => ({
    indicator,
    label,
    unit,
    stage1: null,
    stage2Direct: null,
    stage2Escalated: null,
    all: value,
  });
  const rows: SpsoReturnRow[] = [total('A', 'Complaints received', 'count', input.received)];
  if (population.count !== null && population.count > 0)
    rows.push(
      total(
        'A',
        `Complaints received per 1,000 ${population.wording}`,
        'perThousand',
        perThousand(input.received, population.count),
      ),
    );
  rows.push(
    perBucket('B', 'Complaints closed', 'count', (b) => b.closed),
    perBucket('B', 'Share of all closures', 'share', (b) => share(b.closed, all.closed)),
  );
  for (const o of OUTCOMES)
    rows.push(
      perBucket('C', `Closures ${OUTCOME_WORDS[o]}`, 'count', (b) => b.outcomes[o]),
      perBucket('C', `Share ${OUTCOME_WORDS[o]}`, 'share', (b) => share(b.outcomes[o], b.closed)),
    );
  rows.push(
    perBucket('D', 'Average working days to close', 'workingDays', (b) =>
      b.closed === 0 ? null : b.totalWorkingDays / b.closed,
    ),
    perBucket('E', 'Closed within the timescale', 'count', (b) => b.withinTimescale),
    perBucket('E', 'Share closed within the timescale', 'share', (b) =>
      share(b.withinTimescale, b.closed),
    ),
    perBucket('F', 'Closures with an extended timescale', 'count', (b) => b.extended),
    perBucket('F', 'Share with an extended timescale', 'share', (b) => share(b.extended, b.closed)),
  );
  return rows;
}
