/**
 * Contact restrictions under the unacceptable actions policy: Part 1 §12–13 (a restriction,
 * approved by a manager, communicated with the right of review, reviewed; the SPSO signposted)
 * and §47 (the complaint is still investigated).
 */
import { describe, expect, it } from 'vitest';
import {
  applyRestrictionStep,
  decidesRestrictions,
  proposeRestriction,
  proposesRestrictions,
  restrictionReviewState,
  reviewReminderFrom,
  rolesThat,
  type RestrictionRecord,
  type RestrictionStep,
} from '../src';
import { codeOf } from './helpers';

const handler = { personId: 'handler-1', isManager: false };
const manager = { personId: 'manager-1', isManager: true };
const proposerManager = { personId: 'manager-2', isManager: true };

/** Proposed on Monday 2 March 2026, to be reviewed on Monday 1 June 2026. */
const proposed = proposeRestriction(
  {
    kind: 'letter_only',
    details: 'Letters to the Glasgow office only',
    reason: 'Repeated abusive phone calls to the repairs team',
    reviewOn: '2026-06-01',
  },
  handler.personId,
  '2026-03-02',
);
const told = { toldOn: '2026-03-03', toldOfReview: true, toldOfSpso: true };
const inForce = applyRestrictionStep(proposed, { type: 'approve', ...told }, manager, '2026-03-03');
const step = (r: RestrictionRecord, s: RestrictionStep, today = '2026-03-03', by = manager) =>
  applyRestrictionStep(r, s, by, today);

describe('proposing a contact restriction (Part 1 §12–13)', () => {
  it('a proposal records how contact is limited, why, and the review date, and has no effect yet (Part 1 §13)', () =>
    expect(proposed).toMatchObject({
      status: 'proposed',
      kind: 'letter_only',
      details: 'Letters to the Glasgow office only',
      reviewOn: '2026-06-01',
      proposedOn: '2026-03-02',
      decidedById: null,
    }));
  it('a kind that is not letter only, a named officer or limited times is RESTRICTION_KIND_UNKNOWN (Part 1 §13)', () =>
    expect(
      codeOf(() =>
        proposeRestriction({ ...proposalOf(proposed), kind: 'banned' as never }, 'h', '2026-03-02'),
      ),
    ).toBe('RESTRICTION_KIND_UNKNOWN'));
  it('blank details are RESTRICTION_NEEDS_DETAILS: the customer must know how to contact us (Part 1 §13)', () =>
    expect(
      codeOf(() =>
        proposeRestriction({ ...proposalOf(proposed), details: ' ' }, 'h', '2026-03-02'),
      ),
    ).toBe('RESTRICTION_NEEDS_DETAILS'));
  it('a blank reason is RESTRICTION_NEEDS_REASON (Part 1 §12)', () =>
    expect(
      codeOf(() => proposeRestriction({ ...proposalOf(proposed), reason: '' }, 'h', '2026-03-02')),
    ).toBe('RESTRICTION_NEEDS_REASON'));
  it('a review date of today is REVIEW_DATE_NOT_LATER: every restriction is reviewed later (Part 1 §12)', () =>
    expect(
      codeOf(() =>
        proposeRestriction({ ...proposalOf(proposed), reviewOn: '2026-03-02' }, 'h', '2026-03-02'),
      ),
    ).toBe('REVIEW_DATE_NOT_LATER'));
  it('a review six months on (2 Sep from 2 Mar) is accepted, one day more is REVIEW_DATE_TOO_FAR (Part 1 §13: for a limited time)', () => {
    const at = (reviewOn: string) => () =>
      proposeRestriction({ ...proposalOf(proposed), reviewOn }, 'h', '2026-03-02');
    expect(codeOf(at('2026-09-02'))).toBe('NO_ERROR');
    expect(codeOf(at('2026-09-03'))).toBe('REVIEW_DATE_TOO_FAR');
  });
  it('a review six months from 31 August is 28 February, not 3 March (Part 1 §13)', () => {
    const at = (reviewOn: string) => () =>
      proposeRestriction({ ...proposalOf(proposed), reviewOn }, 'h', '2026-08-31');
    expect(codeOf(at('2027-02-28'))).toBe('NO_ERROR');
    expect(codeOf(at('2027-03-01'))).toBe('REVIEW_DATE_TOO_FAR');
  });
});

describe('approval by a manager, the customer told of the review and of the SPSO (Part 1 §12–13)', () => {
  it('a manager approves: in force, recording who, when, and that the customer was told (Part 1 §12–13)', () =>
    expect(inForce).toMatchObject({
      status: 'in_force',
      decidedById: 'manager-1',
      decidedOn: '2026-03-03',
      customerToldOn: '2026-03-03',
      toldOfReview: true,
      toldOfSpso: true,
    }));
  it('someone who is not a manager cannot approve: RESTRICTION_MANAGER_REQUIRED (Part 1 §13)', () =>
    expect(codeOf(() => step(proposed, { type: 'approve', ...told }, '2026-03-03', handler))).toBe(
      'RESTRICTION_MANAGER_REQUIRED',
    ));
  it('a manager cannot approve their own proposal: RESTRICTION_OWN_PROPOSAL (Part 1 §13)', () => {
    const own = proposeRestriction(proposalOf(proposed), proposerManager.personId, '2026-03-02');
    expect(
      codeOf(() => step(own, { type: 'approve', ...told }, '2026-03-03', proposerManager)),
    ).toBe('RESTRICTION_OWN_PROPOSAL');
  });
  it('not telling the customer of the right to a review is CUSTOMER_NOT_TOLD (Part 1 §12)', () =>
    expect(codeOf(() => step(proposed, { type: 'approve', ...told, toldOfReview: false }))).toBe(
      'CUSTOMER_NOT_TOLD',
    ));
  it('not signposting the SPSO is CUSTOMER_NOT_TOLD (Part 1 §13)', () =>
    expect(codeOf(() => step(proposed, { type: 'approve', ...told, toldOfSpso: false }))).toBe(
      'CUSTOMER_NOT_TOLD',
    ));
  it('told tomorrow is TOLD_ON_IN_FUTURE; told before the proposal is TOLD_BEFORE_PROPOSAL (Part 1 §12)', () => {
    expect(codeOf(() => step(proposed, { type: 'approve', ...told, toldOn: '2026-03-04' }))).toBe(
      'TOLD_ON_IN_FUTURE',
    );
    expect(codeOf(() => step(proposed, { type: 'approve', ...told, toldOn: '2026-03-01' }))).toBe(
      'TOLD_BEFORE_PROPOSAL',
    );
  });
  it('approving after the proposed review date has passed needs a new review date (Part 1 §12)', () => {
    expect(codeOf(() => step(proposed, { type: 'approve', ...told }, '2026-06-01'))).toBe(
      'REVIEW_DATE_NOT_LATER',
    );
    expect(
      step(proposed, { type: 'approve', ...told, reviewOn: '2026-09-01' }, '2026-06-01').reviewOn,
    ).toBe('2026-09-01');
  });
  it('a decided restriction cannot be approved again: RESTRICTION_NOT_PROPOSED (Part 1 §13)', () =>
    expect(codeOf(() => step(inForce, { type: 'approve', ...told }))).toBe(
      'RESTRICTION_NOT_PROPOSED',
    ));
  it('a manager may decline a proposal with a note; it never takes effect (Part 1 §13)', () => {
    const declined = step(proposed, { type: 'decline', note: 'Calls were not abusive' });
    expect(declined.status).toBe('declined');
    expect(restrictionReviewState(declined, '2026-07-01')).toBe('not_in_force');
    expect(codeOf(() => step(proposed, { type: 'decline', note: ' ' }))).toBe(
      'RESTRICTION_NEEDS_NOTE',
    );
  });
});

describe('review: none stays past its review date without a decision (Part 1 §12)', () => {
  it('the review is due from 14 calendar days before the review date: 18 May for 1 June (docs/procedure.md, Part 1 §12–13)', () => {
    expect(restrictionReviewState(inForce, '2026-05-17')).toBe('scheduled');
    expect(restrictionReviewState(inForce, '2026-05-18')).toBe('due');
    expect(reviewReminderFrom('2026-05-18')).toBe('2026-06-01');
  });
  it('on the review date itself it is due; the day after without a decision it is overdue (Part 1 §12)', () => {
    expect(restrictionReviewState(inForce, '2026-06-01')).toBe('due');
    expect(restrictionReviewState(inForce, '2026-06-02')).toBe('overdue');
  });
  it('a proposal is not in force, however late (Part 1 §13: manager approval)', () =>
    expect(restrictionReviewState(proposed, '2026-12-01')).toBe('not_in_force'));
  it('continue: a new review date after the review, with a note (Part 1 §12)', () => {
    const kept = step(
      inForce,
      { type: 'review', decision: 'continue', note: 'Calls continue', nextReviewOn: '2026-09-01' },
      '2026-06-02',
    );
    expect(kept).toMatchObject({
      status: 'in_force',
      reviewOn: '2026-09-01',
      lastReviewedOn: '2026-06-02',
      lastDecision: 'continue',
    });
    expect(restrictionReviewState(kept, '2026-06-02')).toBe('scheduled');
  });
  it('continue without a new later review date is REVIEW_DATE_NOT_LATER (Part 1 §12)', () =>
    expect(
      codeOf(() =>
        step(
          inForce,
          { type: 'review', decision: 'continue', note: 'n', nextReviewOn: '2026-06-02' },
          '2026-06-02',
        ),
      ),
    ).toBe('REVIEW_DATE_NOT_LATER'));
  it('vary: new terms and review date, told to the customer again (Part 1 §12–13)', () => {
    const varied = step(
      inForce,
      {
        type: 'review',
        decision: 'vary',
        note: 'Calls now polite; phone allowed through one officer',
        nextReviewOn: '2026-08-03',
        kind: 'named_officer',
        details: 'Phone calls to Ms Ross only',
        ...told,
        toldOn: '2026-06-01',
      },
      '2026-06-01',
    );
    expect(varied).toMatchObject({
      status: 'in_force',
      kind: 'named_officer',
      reviewOn: '2026-08-03',
      customerToldOn: '2026-06-01',
    });
  });
  it('lift: the restriction ends and is not in force (Part 1 §12)', () => {
    const lifted = step(
      inForce,
      { type: 'review', decision: 'lift', note: 'No further incidents' },
      '2026-06-01',
    );
    expect(lifted).toMatchObject({ status: 'lifted', liftedOn: '2026-06-01' });
    expect(restrictionReviewState(lifted, '2026-07-01')).toBe('not_in_force');
  });
  it('a review needs a note: RESTRICTION_NEEDS_NOTE (Part 1 §12)', () =>
    expect(
      codeOf(() => step(inForce, { type: 'review', decision: 'lift', note: '' }, '2026-06-01')),
    ).toBe('RESTRICTION_NEEDS_NOTE'));
  it('only a restriction in force is reviewed: RESTRICTION_NOT_IN_FORCE (Part 1 §12)', () =>
    expect(
      codeOf(() => step(proposed, { type: 'review', decision: 'lift', note: 'n' }, '2026-06-01')),
    ).toBe('RESTRICTION_NOT_IN_FORCE'));
  it('a decision that is not continue, vary or lift is REVIEW_DECISION_UNKNOWN (Part 1 §12)', () =>
    expect(
      codeOf(() =>
        step(inForce, { type: 'review', decision: 'pause', note: 'n' } as never, '2026-06-01'),
      ),
    ).toBe('REVIEW_DECISION_UNKNOWN'));
  it('a handler cannot review: RESTRICTION_MANAGER_REQUIRED (Part 1 §13)', () =>
    expect(
      codeOf(() =>
        step(inForce, { type: 'review', decision: 'lift', note: 'n' }, '2026-06-01', handler),
      ),
    ).toBe('RESTRICTION_MANAGER_REQUIRED'));
});

describe('who may restrict contact (Part 1 §13; docs/procedure.md, Part 1 §12–13)', () => {
  it('handlers and managers propose; communications and action-only staff never see restrictions', () =>
    expect(rolesThat(proposesRestrictions)).toEqual([
      'admin',
      'senior_manager',
      'manager',
      'handler',
    ]));
  it('managers approve, decline and review (Part 1 §13: requires manager approval)', () =>
    expect(rolesThat(decidesRestrictions)).toEqual(['admin', 'senior_manager', 'manager']));
});

function proposalOf(r: RestrictionRecord) {
  return { kind: r.kind, details: r.details, reason: r.reason, reviewOn: r.reviewOn };
}
