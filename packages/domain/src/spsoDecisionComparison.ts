import type { SpsoDecision } from './imports/importValues';
import type { Outcome } from './types';

/**
 * Our outcome against the SPSO's decision (docs/procedure.md, SPSO decisions against ours). "Not
 * upheld by us, upheld by the SPSO" is the signal of a weak investigation.
 */
export type SpsoComparison =
  | 'not_taken_forward'
  | 'same'
  /** The SPSO upheld more than we did (not upheld by us, partly or fully upheld by the SPSO...). */
  | 'spso_upheld_more'
  | 'spso_upheld_less'
  /** One side resolved it, or we recorded no outcome: no finding to set against the other. */
  | 'not_comparable';

export const SPSO_COMPARISONS: readonly SpsoComparison[] = [
  'not_taken_forward',
  'same',
  'spso_upheld_more',
  'spso_upheld_less',
  'not_comparable',
];

const RANK: Partial<Record<Outcome, number>> = { not_upheld: 0, partially_upheld: 1, upheld: 2 };

/** How the SPSO's decision stands against our final outcome (stage 2's if we reached one, else stage 1's). */
export function compareWithSpso(ours: Outcome | null, spso: SpsoDecision): SpsoComparison {
  if (spso === 'not_taken_forward') return 'not_taken_forward';
  if (ours === null) return 'not_comparable';
  if (ours === spso) return 'same';
  const a = RANK[ours];
  const b = RANK[spso];
  if (a === undefined || b === undefined) return 'not_comparable';
  return b > a ? 'spso_upheld_more' : 'spso_upheld_less';
}

/** Our final outcome: stage 2's when stage 2 reached one, else stage 1's. */
export const finalOutcome = (stage1: Outcome | null, stage2: Outcome | null): Outcome | null =>
  stage2 ?? stage1;

export type SpsoComparisonCounts = Record<SpsoComparison, number>;

/** The reference count: complaints with an SPSO decision by comparison, in total and per service area. */
export function countSpsoComparisons(
  complaints: readonly {
    serviceAreaId: string;
    stage1Outcome: Outcome | null;
    stage2Outcome: Outcome | null;
    spsoDecision: SpsoDecision;
  }[],
): { total: SpsoComparisonCounts; byServiceArea: Map<string, SpsoComparisonCounts> } {
  const empty = (): SpsoComparisonCounts =>
    Object.fromEntries(SPSO_COMPARISONS.map((c) => [c, 0])) as SpsoComparisonCounts;
  const total = empty();
  const byServiceArea = new Map<string, SpsoComparisonCounts>();
  for (const c of complaints) {
    const kind = compareWithSpso(finalOutcome(c.stage1Outcome, c.stage2Outcome), c.spsoDecision);
    total[kind]++;
    const area = byServiceArea.get(c.serviceAreaId) ?? empty();
    area[kind]++;
    byServiceArea.set(c.serviceAreaId, area);
  }
  return { total, byServiceArea };
}
