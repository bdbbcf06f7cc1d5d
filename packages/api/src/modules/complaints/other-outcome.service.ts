import {
  checkOtherOutcome,
  localDate,
  type ComplaintEvent as DomainEvent,
  type OtherOutcome as DomainOtherOutcome,
} from '@chp/domain';
import { withDomainRules } from '../../core/domain-errors';
import type { Tx } from '../../core/mutation';
import type { Complaint } from './complaint.entity';
import { OtherOutcome } from './complaint.enums';
import { complaintError } from './complaint.errors';
import { fromDomainEvent } from './journey';
import { append, eventAt, load } from './journey-store';
import type { OtherOutcomeArgs } from './step.inputs';

/**
 * An outcome beyond the four (docs/procedure.md, Before stage 1): not a complaint (with the
 * signposting given, §12), withdrawn, out of time (§11) or a duplicate of another complaint of the
 * same organisation. The record ends; none of them is a closure in the SPSO indicators.
 */
export async function recordOtherOutcome(tx: Tx, args: OtherOutcomeArgs): Promise<Complaint> {
  const l = await load(tx, args);
  const c = l.complaint;
  const at = eventAt(args.at, tx.now);
  if (at.getTime() < c.receivedAt.getTime()) throw complaintError('AT_NOT_BEFORE_RECEIPT');
  const duplicate = args.outcome === OtherOutcome.duplicate;
  let original: { id: string; otherOutcome: DomainOtherOutcome | null } | null = null;
  if (duplicate && args.duplicateOfId) {
    const [row] = await tx.em.query<{ id: string; other_outcome: DomainOtherOutcome | null }[]>(
      `SELECT id, other_outcome FROM complaint WHERE organisation_id = $1 AND id = $2`,
      [c.organisationId, args.duplicateOfId],
    );
    if (!row) throw complaintError('DUPLICATE_OF_ID_SAME_ORGANISATION');
    original = { id: row.id, otherOutcome: row.other_outcome };
  }
  const [org] = await tx.em.query<{ months: number }[]>(
    `SELECT complaint_time_limit_months AS months FROM organisation WHERE id = $1`,
    [c.organisationId],
  );
  const reason = args.reason.trim();
  withDomainRules(
    () =>
      checkOtherOutcome({
        outcome: args.outcome,
        reason,
        original,
        complaintId: c.id,
        awareOn: c.awareOn,
        receivedOn: localDate(c.receivedAt.toISOString()),
        timeLimitMonths: org?.months,
      }),
    { NOT_OUT_OF_TIME: 'outcome' },
  );
  const domainEvent: DomainEvent = { type: 'ended', at: at.toISOString(), outcome: args.outcome };
  const row = fromDomainEvent(domainEvent);
  return append(tx, l, {
    domainEvent,
    row: {
      ...row,
      stage: l.state.stage,
      payload: {
        ...row.payload,
        reason,
        ...(original ? { duplicateOfId: original.id } : {}),
      },
    },
    columns: { otherOutcomeReason: reason, duplicateOfId: original?.id ?? null },
    audit: { outcome: args.outcome, duplicateOfId: original?.id ?? null },
  });
}
