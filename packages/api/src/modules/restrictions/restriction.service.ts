import { randomUUID } from 'node:crypto';
import {
  applyRestrictionStep,
  decidesRestrictions,
  proposeRestriction,
  type RestrictionRecord,
  type RestrictionStep,
} from '@chp/domain';
import type { ChpContext } from '../../core/context';
import { withDomainRules } from '../../core/domain-errors';
import { checkVersion, findInScope, lockInScope, mutate } from '../../core/mutation';
import { Complaint } from '../complaints';
import { ContactRestriction } from './contact-restriction.entity';
import type { ProposeContactRestrictionInput, ReviewRestrictionArgs } from './restriction.inputs';
import { restrictionError } from './restrictions.errors';

const LABEL = 'Contact restriction';

/** The rules' view of a stored restriction. */
export function restrictionRecord(r: ContactRestriction): RestrictionRecord {
  return {
    status: r.status,
    kind: r.kind,
    details: r.details,
    reason: r.reason,
    proposedById: r.proposedById,
    proposedOn: r.proposedOn,
    reviewOn: r.reviewOn,
    decidedById: r.decidedById,
    decidedOn: r.decidedOn,
    customerToldOn: r.customerToldOn,
    toldOfReview: r.toldOfReview,
    toldOfSpso: r.toldOfSpso,
    lastReviewedOn: r.lastReviewedOn,
    lastDecision: r.lastDecision,
    decisionNote: r.decisionNote,
    liftedOn: r.liftedOn,
  };
}

/**
 * Staff propose a restriction on the contact of a complaint's customer (Part 1 §12–13). The
 * complaint itself is untouched: it is still investigated (§47).
 */
export function proposeContactRestriction(
  ctx: ChpContext,
  input: ProposeContactRestrictionInput,
): Promise<ContactRestriction> {
  return mutate(ctx, 'proposeContactRestriction', async (tx) => {
    const complaint = await findInScope(tx, Complaint, 'Complaint', input.complaintId);
    const [customer] = await tx.em.query<{ anonymised_at: Date | null }[]>(
      `SELECT anonymised_at FROM customer WHERE organisation_id = $1 AND id = $2`,
      [complaint.organisationId, complaint.customerId],
    );
    if (!complaint.customerId || !customer || customer.anonymised_at)
      throw restrictionError('NO_CUSTOMER');
    const record = withDomainRules(() =>
      proposeRestriction(
        {
          kind: input.kind,
          details: input.details,
          reason: input.reason,
          reviewOn: input.reviewOn,
        },
        tx.viewer.personId,
        ctx.today,
      ),
    );
    const repo = tx.em.getRepository(ContactRestriction);
    const restriction = repo.create({
      ...record,
      organisationId: complaint.organisationId,
      id: randomUUID(),
      customerId: complaint.customerId,
      complaintId: complaint.id,
      version: 1,
      createdAt: tx.now,
      updatedAt: tx.now,
    });
    await repo.insert(restriction);
    await tx.audit({
      organisationId: restriction.organisationId,
      entity: 'contact_restriction',
      entityId: restriction.id,
      changes: {
        status: record.status,
        complaintId: complaint.id,
        kind: record.kind,
        details: record.details,
        reason: record.reason,
        reviewOn: record.reviewOn,
      },
    });
    return restriction;
  });
}

/**
 * A manager's step (approve, decline, review) in one transaction: lock the restriction
 * (NOT_FOUND outside the viewer's organisations), CONFLICT on a stale version, the domain's
 * rule, then the row and one audit row naming what changed.
 */
export function takeRestrictionStep(
  ctx: ChpContext,
  operation: string,
  id: string,
  version: number,
  step: RestrictionStep,
): Promise<ContactRestriction> {
  return mutate(ctx, operation, async (tx) => {
    const restriction = await lockInScope(tx, ContactRestriction, LABEL, id);
    checkVersion(LABEL, restriction, version);
    const actor = { personId: tx.viewer.personId, isManager: decidesRestrictions(tx.viewer.role) };
    const after = withDomainRules(() =>
      applyRestrictionStep(restrictionRecord(restriction), step, actor, ctx.today),
    );
    const changes: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(after)) {
      if ((restriction as unknown as Record<string, unknown>)[key] !== value) changes[key] = value;
    }
    Object.assign(restriction, changes, { version: restriction.version + 1, updatedAt: tx.now });
    await tx.em
      .getRepository(ContactRestriction)
      .update(
        { organisationId: restriction.organisationId, id: restriction.id },
        { ...changes, version: restriction.version, updatedAt: tx.now },
      );
    await tx.audit({
      organisationId: restriction.organisationId,
      entity: 'contact_restriction',
      entityId: restriction.id,
      changes: { step: step.type, ...changes },
    });
    return restriction;
  });
}

/** The review step a manager asked for, with what each decision needs (Part 1 §12). */
export function reviewStep(args: ReviewRestrictionArgs): RestrictionStep {
  const note = args.note;
  if (args.decision === 'lift') return { type: 'review', decision: 'lift', note };
  if (!args.nextReviewOn) throw restrictionError('NEXT_REVIEW_REQUIRED');
  if (args.decision === 'continue')
    return { type: 'review', decision: 'continue', note, nextReviewOn: args.nextReviewOn };
  if (!args.kind) throw restrictionError('KIND_REQUIRED');
  if (!args.details) throw restrictionError('DETAILS_REQUIRED');
  if (!args.customerToldOn) throw restrictionError('TOLD_ON_REQUIRED');
  return {
    type: 'review',
    decision: 'vary',
    note,
    nextReviewOn: args.nextReviewOn,
    kind: args.kind,
    details: args.details,
    toldOn: args.customerToldOn,
    toldOfReview: args.toldOfReview === true,
    toldOfSpso: args.toldOfSpso === true,
  };
}
