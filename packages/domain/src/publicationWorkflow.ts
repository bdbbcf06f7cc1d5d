import { approvesPublications, writesPublications, type Role } from './roles';

/**
 * The publication workflow (docs/procedure.md, Reporting and publishing): draft → in_review → approved → published, and
 * withdrawn from any of them (a draft for the wrong period is withdrawn to free the period).
 * Text may change in draft and in review only. Writers (managers, communications) take every
 * step but approval and sending back; approval is by a senior manager or manager who is not the
 * author and did not make the last edit to the text (an approver who rewrites in review needs
 * another approver). An approver may instead send it back to draft with a comment for the author.
 *
 * @example
 * publicationStep('draft', 'submit') // { ok: true, status: 'in_review' }
 * publicationStep('draft', 'publish').ok // false (rule PUBLICATION_STATUS)
 * publicationStepAllowed('in_review', 'approve', { role: 'manager', isAuthor: true }) // false
 * publicationStep('in_review', 'sendBack') // { ok: true, status: 'draft' }
 */
export const PUBLICATION_STATUSES = [
  'draft',
  'in_review',
  'approved',
  'published',
  'withdrawn',
] as const;
export type PublicationStatus = (typeof PUBLICATION_STATUSES)[number];
export const PUBLICATION_STEPS = [
  'edit',
  'submit',
  'sendBack',
  'approve',
  'publish',
  'withdraw',
] as const;
export type PublicationStep = (typeof PUBLICATION_STEPS)[number];

const FROM: Record<PublicationStep, readonly PublicationStatus[]> = {
  edit: ['draft', 'in_review'],
  submit: ['draft'],
  sendBack: ['in_review'],
  approve: ['in_review'],
  publish: ['approved'],
  withdraw: ['draft', 'in_review', 'approved', 'published'],
};

const TO: Record<Exclude<PublicationStep, 'edit'>, PublicationStatus> = {
  submit: 'in_review',
  sendBack: 'draft',
  approve: 'approved',
  publish: 'published',
  withdraw: 'withdrawn',
};

const PAST: Record<PublicationStep, string> = {
  edit: 'edited',
  submit: 'submitted for review',
  sendBack: 'sent back',
  approve: 'approved',
  publish: 'published',
  withdraw: 'withdrawn',
};

export type PublicationStepResult =
  | { ok: true; status: PublicationStatus }
  | { ok: false; rule: 'PUBLICATION_STATUS'; message: string };

/** The status after `step` from `status`, or a refusal naming the rule (the API answers CONFLICT). */
export function publicationStep(
  status: PublicationStatus,
  step: PublicationStep,
): PublicationStepResult {
  if (!FROM[step].includes(status)) {
    return {
      ok: false,
      rule: 'PUBLICATION_STATUS',
      message: `A ${status.replace('_', ' ')} publication cannot be ${PAST[step]} (only from ${FROM[step].join(' or ').replace(/_/g, ' ')})`,
    };
  }
  return { ok: true, status: step === 'edit' ? status : TO[step] };
}

/**
 * Who is taking a step: their role, whether they wrote the publication, and whether they made the
 * last edit to its text (optional: callers that do not track it are treated as not the last editor).
 */
export interface PublicationActor {
  role: Role;
  isAuthor: boolean;
  isLastEditor?: boolean;
}

/** Why someone may not approve: not an approving role, the author, or the last editor of the text. */
export type PublicationApprovalRefusal = 'NOT_A_SECOND_APPROVER' | 'PUBLICATION_OWN_EDIT';

/**
 * Why `who` may not approve, or null when they may (docs/procedure.md, Reporting and publishing:
 * review by someone other than whoever wrote the words). NOT_A_SECOND_APPROVER: their role does
 * not approve, or they are the author; PUBLICATION_OWN_EDIT: they edited the text last, so this
 * version needs another approver.
 */
export function approvalRefusal(who: PublicationActor): PublicationApprovalRefusal | null {
  if (!approvesPublications(who.role) || who.isAuthor) return 'NOT_A_SECOND_APPROVER';
  if (who.isLastEditor) return 'PUBLICATION_OWN_EDIT';
  return null;
}

/** May someone in `role` take `step` (ignoring status)? Approval needs an approver who is neither the author nor the last editor; sending back, an approver who is not the author. */
export function mayTakePublicationStep(step: PublicationStep, who: PublicationActor): boolean {
  if (step === 'approve') return approvalRefusal(who) === null;
  if (step === 'sendBack') return approvesPublications(who.role) && !who.isAuthor;
  return writesPublications(who.role);
}

/** May `who` take `step` on a publication in `status` now? */
export function publicationStepAllowed(
  status: PublicationStatus,
  step: PublicationStep,
  who: PublicationActor,
): boolean {
  return FROM[step].includes(status) && mayTakePublicationStep(step, who);
}

/** The steps allowed from `status`: regardless of role, or for `who` when given. */
export function allowedPublicationSteps(
  status: PublicationStatus,
  who?: PublicationActor,
): PublicationStep[] {
  return PUBLICATION_STEPS.filter(
    (s) => FROM[s].includes(status) && (!who || mayTakePublicationStep(s, who)),
  );
}

/** The longest comment an approver sends back with. */
export const SEND_BACK_COMMENT_MAX = 4000;

export type SendBackCommentResult =
  { ok: true; comment: string } | { ok: false; rule: 'required' | 'maxLength'; message: string };

/** Sending back needs a comment telling the author what to change (trimmed; not blank, not over the maximum). */
export function sendBackComment(comment: string): SendBackCommentResult {
  const trimmed = comment.trim();
  if (!trimmed)
    return { ok: false, rule: 'required', message: 'Say what the author should change.' };
  if (trimmed.length > SEND_BACK_COMMENT_MAX)
    return {
      ok: false,
      rule: 'maxLength',
      message: `A comment has at most ${SEND_BACK_COMMENT_MAX} characters.`,
    };
  return { ok: true, comment: trimmed };
}
