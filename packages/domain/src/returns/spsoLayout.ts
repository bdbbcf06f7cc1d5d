import { perThousand } from '../perThousand';
import { share } from '../share';
import {
  averageFigure,
  countFigure,
  fewerThan,
  isSmallNumber,
  shareFigure,
  type Figure,
} from '../smallNumbers';
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

/** How a cell of the layout is made, so it can be shown exactly or under the small-number rule. */
type Cell =
  | { kind: 'count'; n: number }
  | { kind: 'share'; part: number; whole: number }
  | { kind: 'mean'; total: number; n: number }
  | { kind: 'perThousand'; count: number; population: number }
  | null;

interface LayoutRow {
  indicator: SpsoReturnRow['indicator'];
  label: string;
  unit: ReturnUnit;
  stage1: Cell;
  stage2Direct: Cell;
  stage2Escalated: Cell;
  all: Cell;
}

const CELLS = ['stage1', 'stage2Direct', 'stage2Escalated', 'all'] as const;

/**
 * The SPSO complaints performance indicators in the SPSO's layout (docs/procedure.md, Regulator
 * returns): A received (and per 1,000 of the population when the organisation has one), then for
 * each of the three exclusive stage buckets B closures and their share, C each outcome's count and
 * share, D average working days, E within the timescale, F extended. "All" adds the buckets up
 * (shares and means recomputed from the sums).
 */
function layout(
  input: SpsoReturnInput,
  population: { count: number | null; wording: string },
): LayoutRow[] {
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
    indicator: LayoutRow['indicator'],
    label: string,
    unit: ReturnUnit,
    cell: (b: SpsoReturnBucket) => Cell,
  ): LayoutRow => ({
    indicator,
    label,
    unit,
    stage1: cell(input.stage1),
    stage2Direct: cell(input.stage2Direct),
    stage2Escalated: cell(input.stage2Escalated),
    all: cell(all),
  });
  const total = (label: string, unit: ReturnUnit, cell: Cell): LayoutRow => ({
    indicator: 'A',
    label,
    unit,
    stage1: null,
    stage2Direct: null,
    stage2Escalated: null,
    all: cell,
  });
  const count = (n: number): Cell => ({ kind: 'count', n });
  const shareOf = (part: number, whole: number): Cell => ({ kind: 'share', part, whole });
  const rows: LayoutRow[] = [total('Complaints received', 'count', count(input.received))];
  if (population.count !== null && population.count > 0)
    rows.push(
      total(`Complaints received per 1,000 ${population.wording}`, 'perThousand', {
        kind: 'perThousand',
        count: input.received,
        population: population.count,
      }),
    );
  rows.push(
    perBucket('B', 'Complaints closed', 'count', (b) => count(b.closed)),
    perBucket('B', 'Share of all closures', 'share', (b) => shareOf(b.closed, all.closed)),
  );
  for (const o of OUTCOMES)
    rows.push(
      perBucket('C', `Closures ${OUTCOME_WORDS[o]}`, 'count', (b) => count(b.outcomes[o])),
      perBucket('C', `Share ${OUTCOME_WORDS[o]}`, 'share', (b) => shareOf(b.outcomes[o], b.closed)),
    );
  rows.push(
    perBucket('D', 'Average working days to close', 'workingDays', (b) => ({
      kind: 'mean',
      total: b.totalWorkingDays,
      n: b.closed,
    })),
    perBucket('E', 'Closed within the timescale', 'count', (b) => count(b.withinTimescale)),
    perBucket('E', 'Share closed within the timescale', 'share', (b) =>
      shareOf(b.withinTimescale, b.closed),
    ),
    perBucket('F', 'Closures with an extended timescale', 'count', (b) => count(b.extended)),
    perBucket('F', 'Share with an extended timescale', 'share', (b) =>
      shareOf(b.extended, b.closed),
    ),
  );
  return rows;
}

function exact(cell: Cell): number | null {
  if (cell === null) return null;
  switch (cell.kind) {
    case 'count':
      return cell.n;
    case 'share':
      return share(cell.part, cell.whole);
    case 'mean':
      return cell.n === 0 ? null : cell.total / cell.n;
    case 'perThousand':
      return perThousand(cell.count, cell.population);
  }
}

/** The SPSO layout with exact figures: the Returns page and its CSV (layout as above). */
export function spsoReturnRows(
  input: SpsoReturnInput,
  population: { count: number | null; wording: string },
): SpsoReturnRow[] {
  return layout(input, population).map((r) => ({
    ...r,
    ...(Object.fromEntries(CELLS.map((k) => [k, exact(r[k])])) as Pick<
      SpsoReturnRow,
      (typeof CELLS)[number]
    >),
  }));
}

/** One line of the SPSO layout as the public reads it (a figure per cell; null where the line has none). */
export interface PublicSpsoLine {
  indicator: SpsoReturnRow['indicator'];
  label: string;
  unit: ReturnUnit;
  stage1: Figure | null;
  stage2Direct: Figure | null;
  stage2Escalated: Figure | null;
  all: Figure | null;
}

function publicFigure(cell: Cell, threshold: number): Figure | null {
  if (cell === null) return null;
  switch (cell.kind) {
    case 'count':
      return countFigure(cell.n, threshold);
    case 'share':
      return shareFigure(cell.part, cell.whole, threshold);
    case 'mean':
      return averageFigure(cell.total, cell.n, threshold);
    case 'perThousand': {
      if (isSmallNumber(cell.count, threshold))
        return { value: null, display: `not shown (${fewerThan(threshold)} received)` };
      const value = perThousand(cell.count, cell.population)!;
      return { value, display: value.toFixed(1) };
    }
  }
}

/**
 * The same layout under the small-number rule (smallNumbers.ts), for the public annual report:
 * it publishes the SPSO indicator set exactly, bucket by bucket, as the indicators page shows it.
 */
export function publicSpsoRows(
  input: SpsoReturnInput,
  population: { count: number | null; wording: string },
  threshold: number,
): PublicSpsoLine[] {
  return layout(input, population).map((r) => ({
    ...r,
    ...(Object.fromEntries(CELLS.map((k) => [k, publicFigure(r[k], threshold)])) as Pick<
      PublicSpsoLine,
      (typeof CELLS)[number]
    >),
  }));
}
