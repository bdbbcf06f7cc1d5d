import { complaintTimeLimit } from './complaintTimeLimit';
import { ChpRuleError } from './errors';
import { foldEvents } from './internal/fold';
import {
  OTHER_OUTCOMES,
  type ComplaintEvent,
  type IsoDate,
  type OtherOutcome,
  type TimelineSettings,
} from './types';

/**
 * Which outcomes beyond the four may be recorded now (docs/procedure.md, Before stage 1). While
 * the current stage is open: withdrawn always; not a complaint, out of time and duplicate only
 * before any response (they are decided at first contact, §11–12). Nothing after a closure of the
 * current stage or after another such outcome.
 *
 * @example
 * allowedOtherOutcomes([{ type: 'received', at: '2026-03-02T09:00:00Z', stage: 1 }])
 * // ['not_a_complaint', 'withdrawn', 'out_of_time', 'duplicate']
 */
export function allowedOtherOutcomes(
  events: ComplaintEvent[],
  settings: TimelineSettings = {},
): OtherOutcome[] {
  const s = foldEvents(events, settings);
  if (s.stage === null || s.ended) return [];
  const current = s.stage === 1 ? s.stage1 : s.stage2;
  if (current!.closedOn) return [];
  return s.stage1?.closedOn ? ['withdrawn'] : [...OTHER_OUTCOMES];
}

/** The rest of an outcome beyond the four, as recorded. */
export interface OtherOutcomeRecord {
  outcome: OtherOutcome;
  /** The signposting given (not a complaint) or the reason (withdrawn, out of time, duplicate). */
  reason?: string | null;
  /** Duplicate: the complaint it repeats, and whether that one is itself a duplicate. */
  original?: { id: string; otherOutcome: OtherOutcome | null } | null;
  /** The complaint being recorded, to refuse a duplicate of itself. */
  complaintId: string;
  /** Out of time: the dates and the organisation's limit in months. */
  awareOn?: IsoDate | null;
  receivedOn: IsoDate;
  timeLimitMonths?: number;
}

/**
 * Throws the ChpRuleError for the first requirement an outcome beyond the four does not meet:
 * every one has its reason (the signposting for "not a complaint", §12); a duplicate names the
 * complaint it repeats, not itself and not another duplicate; "out of time" only when the
 * complaint was made after the time limit (with the awareness date unknown it may be in time).
 *
 * @example
 * checkOtherOutcome({ outcome: 'duplicate', reason: 'Same repair', complaintId: 'a', receivedOn: '2026-03-02' }) // throws DUPLICATE_NEEDS_ORIGINAL
 */
export function checkOtherOutcome(record: OtherOutcomeRecord): void {
  if (record === null || typeof record !== 'object')
    throw new ChpRuleError('INVALID_EVENT', 'expected an outcome record');
  if (!OTHER_OUTCOMES.includes(record.outcome))
    throw new ChpRuleError('INVALID_OTHER_OUTCOME', `unknown outcome ${String(record.outcome)}`);
  if (typeof record.reason !== 'string' || record.reason.trim() === '')
    throw record.outcome === 'not_a_complaint'
      ? new ChpRuleError('SIGNPOSTING_REQUIRED', 'say where the person was signposted (§12)', {
          field: 'reason',
        })
      : new ChpRuleError('OTHER_OUTCOME_NEEDS_REASON', `${record.outcome} needs its reason`);
  if (record.outcome === 'duplicate') {
    const original = record.original;
    if (!original || !original.id)
      throw new ChpRuleError('DUPLICATE_NEEDS_ORIGINAL', 'name the complaint it repeats');
    if (original.id === record.complaintId)
      throw new ChpRuleError('DUPLICATE_OF_ITSELF', 'a complaint cannot repeat itself');
    if (original.otherOutcome === 'duplicate')
      throw new ChpRuleError(
        'DUPLICATE_OF_DUPLICATE',
        'link to the original complaint, not to another duplicate',
      );
  }
  if (record.outcome === 'out_of_time') {
    const limit = complaintTimeLimit(record, record.timeLimitMonths);
    if (limit.inTime)
      throw new ChpRuleError('NOT_OUT_OF_TIME', 'the complaint may be in time', {
        complaintTimeLimit: limit.lastDay,
      });
  }
}

/**
 * Whether a record counts as a complaint received (SPSO indicator A; docs/procedure.md, SPSO
 * performance indicators): not when it was not a complaint, nor when it repeats one already
 * counted; a withdrawn or out-of-time complaint was received.
 */
export function countsAsReceived(otherOutcome: OtherOutcome | null | undefined): boolean {
  return otherOutcome !== 'not_a_complaint' && otherOutcome !== 'duplicate';
}
