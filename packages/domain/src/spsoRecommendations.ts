import { ChpRuleError } from './errors';
import { addDays } from './addDays';
import { assertIsoDate } from './internal/dates';
import type { IsoDate } from './types';

/**
 * SPSO recommendations (docs/procedure.md, SPSO recommendations): each recorded on its complaint
 * with what the SPSO asked, a due date and an owner, and tracked like an improvement action until
 * it is completed with evidence.
 */
export interface SpsoRecommendationRecord {
  recommendation: string;
  ownerId: string;
  dueOn: IsoDate;
  completedOn?: IsoDate | null;
  evidence?: string | null;
}

export type SpsoRecommendationStatus = 'completed' | 'on_track' | 'due_soon' | 'overdue';
/** Due soon: within this many calendar days, as for improvement actions. */
export const RECOMMENDATION_DUE_SOON_DAYS = 14;

const blank = (text: unknown): boolean => typeof text !== 'string' || text.trim() === '';

/** A new recommendation, checked and trimmed; throws the rule it breaks. */
export function newSpsoRecommendation(input: SpsoRecommendationRecord): SpsoRecommendationRecord {
  if (blank(input.recommendation))
    throw new ChpRuleError('RECOMMENDATION_NEEDS_TEXT', 'say what the SPSO recommended', {
      field: 'recommendation',
    });
  if (blank(input.ownerId))
    throw new ChpRuleError('ACTION_NEEDS_OWNER', 'a recommendation needs an owner', {
      field: 'ownerId',
    });
  assertIsoDate(input.dueOn, 'dueOn');
  return {
    recommendation: input.recommendation.trim(),
    ownerId: input.ownerId,
    dueOn: input.dueOn,
    completedOn: null,
    evidence: null,
  };
}

/** The recommendation completed on `completedOn` (not after today) with evidence. */
export function completeSpsoRecommendation(
  record: SpsoRecommendationRecord,
  evidence: string,
  completedOn: IsoDate,
  today: IsoDate,
): SpsoRecommendationRecord {
  if (record.completedOn)
    throw new ChpRuleError('RECOMMENDATION_ALREADY_COMPLETED', 'the recommendation is completed');
  if (blank(evidence))
    throw new ChpRuleError(
      'COMPLETION_NEEDS_EVIDENCE',
      'say what shows the recommendation was met',
      { field: 'evidence' },
    );
  assertIsoDate(completedOn, 'completedOn');
  assertIsoDate(today, 'today');
  if (completedOn > today)
    throw new ChpRuleError(
      'COMPLETED_ON_IN_FUTURE',
      `the recommendation cannot be completed on ${completedOn}, after today (${today})`,
      { field: 'completedOn' },
    );
  return { ...record, completedOn, evidence: evidence.trim() };
}

/** Where a recommendation stands on `today`. */
export function spsoRecommendationStatus(
  record: Pick<SpsoRecommendationRecord, 'dueOn' | 'completedOn'>,
  today: IsoDate,
): SpsoRecommendationStatus {
  if (record.completedOn) return 'completed';
  if (record.dueOn < today) return 'overdue';
  return record.dueOn <= addDays(today, RECOMMENDATION_DUE_SOON_DAYS) ? 'due_soon' : 'on_track';
}
