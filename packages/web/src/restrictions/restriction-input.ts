import {
  MAX_REVIEW_MONTHS,
  REVIEW_REMINDER_DAYS,
  addCalendarMonths,
  displayDate,
  type RestrictionKind,
  type RestrictionStatus,
  type ReviewState,
} from '@chp/domain';

/** The restriction forms' labels, checks and the variables they send (pure). */

export const KIND_LABELS: Record<RestrictionKind, string> = {
  letter_only: 'Letter only',
  named_officer: 'Through a named officer',
  limited_times: 'At limited times',
};

export const STATUS_LABELS: Record<RestrictionStatus, string> = {
  proposed: 'Proposed: awaiting a manager',
  in_force: 'In force',
  declined: 'Declined',
  lifted: 'Lifted',
};

export const REVIEW_STATE_LABELS: Record<ReviewState, string> = {
  overdue: 'Review overdue',
  due: 'Review due',
  scheduled: 'Review scheduled',
  not_in_force: '',
};

/** The hint under a review date: the rule the API applies (docs/procedure.md, Part 1 §12–13). */
export const reviewDateHint = (today: string): string =>
  `After today and no later than ${displayDate(addCalendarMonths(today, MAX_REVIEW_MONTHS))} (at least every ${MAX_REVIEW_MONTHS} months). Managers are reminded ${REVIEW_REMINDER_DAYS} days before.`;

export const PROPOSE_FIELDS = ['kind', 'details', 'reason', 'reviewOn'] as const;

export interface ProposalValues {
  kind: string;
  details: string;
  reason: string;
  reviewOn: string;
}

export function checkProposal(v: ProposalValues): Record<string, string> {
  const missing: Record<string, string> = {};
  if (!v.kind) missing['kind'] = 'Choose how contact is restricted.';
  if (!v.details.trim()) missing['details'] = 'Say exactly how the {person} may contact us.';
  if (!v.reason.trim()) missing['reason'] = 'Give the reason for restricting contact.';
  if (!v.reviewOn) missing['reviewOn'] = 'Enter the review date.';
  return missing;
}

export const toProposeInput = (v: ProposalValues, complaintId: string) => ({
  input: {
    complaintId,
    kind: v.kind as RestrictionKind,
    details: v.details.trim(),
    reason: v.reason.trim(),
    reviewOn: v.reviewOn,
  },
});

export const APPROVE_FIELDS = ['customerToldOn', 'toldOfReview', 'toldOfSpso', 'reviewOn'] as const;

export interface ApprovalValues {
  customerToldOn: string;
  toldOfReview: boolean;
  toldOfSpso: boolean;
  reviewOn: string;
}

export function checkApproval(v: ApprovalValues): Record<string, string> {
  const missing: Record<string, string> = {};
  if (!v.customerToldOn) missing['customerToldOn'] = 'Enter the date the {person} was told.';
  if (!v.toldOfReview)
    missing['toldOfReview'] = 'The {person} must be told of their right to have it reviewed.';
  if (!v.toldOfSpso) missing['toldOfSpso'] = 'The {person} must be told they can go to the SPSO.';
  return missing;
}

export const toApproveVariables = (v: ApprovalValues) => ({
  customerToldOn: v.customerToldOn,
  toldOfReview: v.toldOfReview,
  toldOfSpso: v.toldOfSpso,
  reviewOn: v.reviewOn || null,
});

export const REVIEW_FIELDS = [
  'decision',
  'note',
  'nextReviewOn',
  'kind',
  'details',
  'customerToldOn',
  'toldOfReview',
  'toldOfSpso',
] as const;

export interface ReviewValues {
  decision: '' | 'continue' | 'vary' | 'lift';
  note: string;
  nextReviewOn: string;
  kind: string;
  details: string;
  customerToldOn: string;
  toldOfReview: boolean;
  toldOfSpso: boolean;
}

export function checkReview(v: ReviewValues): Record<string, string> {
  const missing: Record<string, string> = {};
  if (!v.decision) missing['decision'] = 'Choose continue, vary or lift.';
  if (!v.note.trim()) missing['note'] = 'Say what the review found.';
  if ((v.decision === 'continue' || v.decision === 'vary') && !v.nextReviewOn)
    missing['nextReviewOn'] = 'Enter the next review date.';
  if (v.decision === 'vary') {
    if (!v.kind) missing['kind'] = 'Choose how contact is restricted.';
    if (!v.details.trim()) missing['details'] = 'Say exactly how the {person} may contact us.';
    Object.assign(missing, checkApproval({ ...v, reviewOn: '' }));
  }
  return missing;
}

/** Only what the decision uses is sent: lift sends no dates, continue no new terms. */
export function toReviewVariables(v: ReviewValues) {
  const base = { decision: v.decision, note: v.note.trim() };
  if (v.decision === 'lift') return base;
  if (v.decision === 'continue') return { ...base, nextReviewOn: v.nextReviewOn };
  return {
    ...base,
    nextReviewOn: v.nextReviewOn,
    kind: v.kind,
    details: v.details.trim(),
    ...toApproveVariables({ ...v, reviewOn: '' }),
    reviewOn: undefined,
  };
}
