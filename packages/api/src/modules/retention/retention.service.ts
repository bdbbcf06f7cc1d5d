import { londonDateTime } from '@chp/domain';
import type { DataSource, EntityManager } from 'typeorm';
import type { ChpContext } from '../../core/context';
import { isUuid, lockInScope, mutate } from '../../core/mutation';
import { notFound } from '../../core/errors';
import { Complaint, Customer } from '../complaints';
import { anonymiseComplaints, type AuditWriter } from './anonymise';
import { complaintsDueBy, retentionMonthsOf, type DueComplaint } from './due-complaints';
import { retentionError } from './retention.errors';

/** What a retention run did (or, dry, would do). */
export interface RetentionRun {
  due: DueComplaint[];
  anonymised: number;
  heldBack: number;
}

/**
 * Anonymises every complaint of the organisation that is due on `now`'s London date under its
 * retention period, except those on legal hold, in one transaction (docs/procedure.md, Retention
 * and erasure). The nightly timer and `npm run retention` call it; `dryRun` only lists.
 */
export async function anonymiseDue(
  dataSource: DataSource,
  organisationId: string,
  now: Date,
  { dryRun = false }: { dryRun?: boolean } = {},
): Promise<RetentionRun> {
  return dataSource.transaction(async (em) => {
    const audit: AuditWriter = async ({ organisationId: org, entity, entityId, changes = {} }) => {
      await em.query(
        `INSERT INTO audit_log (organisation_id, at, actor_id, operation, entity, entity_id, changes)
         VALUES ($1, $2, NULL, 'anonymiseDue', $3, $4, $5)`,
        [org, now, entity, entityId, JSON.stringify(changes)],
      );
    };
    return runDue(em, organisationId, now, audit, dryRun);
  });
}

async function runDue(
  em: EntityManager,
  organisationId: string,
  now: Date,
  audit: AuditWriter,
  dryRun: boolean,
): Promise<RetentionRun> {
  const today = londonDateTime(now.toISOString()).date;
  const months = await retentionMonthsOf(em, organisationId);
  const due = await complaintsDueBy(em, organisationId, months, today);
  const free = due.filter((d) => !d.legalHold);
  const dueOn = new Map(free.map((d) => [d.id, d.dueOn]));
  const anonymised = dryRun
    ? 0
    : await anonymiseComplaints(
        em,
        organisationId,
        free.map((d) => d.id),
        { basis: 'retention', retentionMonths: months, dueOn: today },
        now,
        audit,
        (id) => dueOn.get(id),
      );
  return { due, anonymised, heldBack: due.length - free.length };
}

/** An administrator runs the retention schedule now, as the nightly job would. */
export function runRetentionNow(ctx: ChpContext): Promise<RetentionRun> {
  return mutate(ctx, 'runRetentionNow', (tx) =>
    runDue(tx.em, tx.viewer.organisationId, tx.now, (e) => tx.audit(e), false),
  );
}

/** A manager puts a complaint on legal hold: it is never anonymised while held. */
export function setLegalHold(ctx: ChpContext, complaintId: string, reason: string) {
  return mutate(ctx, 'setLegalHold', async (tx) => {
    const complaint = await lockInScope(tx, Complaint, 'Complaint', complaintId);
    const [held]: { at: Date | null }[] = await tx.em.query(
      `SELECT legal_hold_at AS at FROM complaint WHERE organisation_id = $1 AND id = $2`,
      [complaint.organisationId, complaint.id],
    );
    if (held?.at) throw retentionError('LEGAL_HOLD_EXISTS');
    await tx.em.query(
      `UPDATE complaint SET legal_hold_reason = $3, legal_hold_at = $4, legal_hold_by_id = $5
        WHERE organisation_id = $1 AND id = $2`,
      [complaint.organisationId, complaint.id, reason.trim(), tx.now, tx.viewer.personId],
    );
    await tx.audit({
      organisationId: complaint.organisationId,
      entity: 'complaint',
      entityId: complaint.id,
      changes: { legalHold: true, reason: reason.trim() },
    });
    return complaint;
  });
}

/** A manager lifts a legal hold, with a reason; the complaint is anonymised at the next run if due. */
export function liftLegalHold(ctx: ChpContext, complaintId: string, reason: string) {
  return mutate(ctx, 'liftLegalHold', async (tx) => {
    const complaint = await lockInScope(tx, Complaint, 'Complaint', complaintId);
    const [held]: { at: Date | null }[] = await tx.em.query(
      `SELECT legal_hold_at AS at FROM complaint WHERE organisation_id = $1 AND id = $2`,
      [complaint.organisationId, complaint.id],
    );
    if (!held?.at) throw retentionError('NO_LEGAL_HOLD');
    await tx.em.query(
      `UPDATE complaint SET legal_hold_reason = NULL, legal_hold_at = NULL, legal_hold_by_id = NULL
        WHERE organisation_id = $1 AND id = $2`,
      [complaint.organisationId, complaint.id],
    );
    await tx.audit({
      organisationId: complaint.organisationId,
      entity: 'complaint',
      entityId: complaint.id,
      changes: { legalHold: false, reason: reason.trim() },
    });
    return complaint;
  });
}

/** What an erasure on request did: complaints anonymised, and those kept by a legal hold. */
export interface ErasureResult {
  anonymised: number;
  heldBack: number;
}

/**
 * A manager erases one customer on request: every complaint of theirs is anonymised now, the
 * same way as the retention schedule, except complaints on legal hold: a legal hold wins, and
 * the answer says how many were held back (docs/procedure.md, Retention and erasure).
 */
export function eraseCustomer(
  ctx: ChpContext,
  customerId: string,
  reason: string,
): Promise<ErasureResult> {
  return mutate(ctx, 'eraseCustomer', async (tx) => {
    if (!isUuid(customerId)) throw notFound('Customer');
    const customer = await tx.em.getRepository(Customer).findOne({
      where: { organisationId: tx.viewer.organisationId, id: customerId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!customer) throw notFound('Customer');
    const rows: { id: string; held: boolean }[] = await tx.em.query(
      `SELECT id, legal_hold_at IS NOT NULL AS held FROM complaint
        WHERE organisation_id = $1 AND customer_id = $2 AND anonymised_at IS NULL ORDER BY id`,
      [customer.organisationId, customer.id],
    );
    const anonymised = await anonymiseComplaints(
      tx.em,
      customer.organisationId,
      rows.filter((r) => !r.held).map((r) => r.id),
      { basis: 'erasure', reason: reason.trim() },
      tx.now,
      (e) => tx.audit(e),
    );
    return { anonymised, heldBack: rows.filter((r) => r.held).length };
  });
}
