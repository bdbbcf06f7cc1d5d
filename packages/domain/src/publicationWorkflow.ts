import { approvesPublications, writesPublications, type Role } from './roles';

/**
 * The publication workflow (docs/procedure.md, Reporting and publishing): draft → in_review → approved → published, and
 * withdrawn from any of them (a draft for the wrong period is withdrawn to free the period).
 * Text may change in draft and in review only. Writers (managers, communications) take every
 * step but approval; approval is by a senior manager or manager who is not the author.
 *
 * @example
 * publicationStep('draft', 'submit') // { ok: true, status: 'in_review' }
 * publicationStep('draft', 'publish').ok // false (rule PUBLICATION_STATUS)
 * publicationStepAllowed('in_review', 'approve', { role: 'manager', isAuthor: true }) // false
 */
export const PUBLICATION_STATUSES = [
  'draft',
  'in_review',
  'approved',
  'published',
  'withdrawn',
] as const;
export type PublicationStatus = (typeof PUBLICATION_STATUSES)[number];
export const PUBLICATION_STEPS = ['edit', 'submit', 'approve', 'publish', 'withdraw'] as const;
export type PublicationStep = (typeof PUBLICATION_STEPS)[number];

const FROM: Record<PublicationStep, readonly PublicationStatus[]> = {
  edit: ['draft', 'in_review'],
  submit: ['draft'],
  approve: ['in_review'],
  publish: ['approved'],
  withdraw: ['draft', 'in_review', 'approved', 'published'],
};

const TO: Record<Exclude<PublicationStep, 'edit'>, PublicationStatus> = {
  submit: 'in_review',
  approve: 'approved',
  publish: 'published',
  withdraw: 'withdrawn',
};

const PAST: Record<PublicationStep, string> = {
  edit: 'edited',
  submit: 'submitted for review',
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

/** May someone in `role` take `step` (ignoring status)? Approval needs an approver who is not the author. */
export function mayTakePublicationStep(
  step: PublicationStep,
  who: { role: Role; isAuthor: boolean },
): boolean {
  if (step === 'approve') return approvesPublications(who.role) && !who.isAuthor;
  return writesPublications(who.role);
}

/** May `who` take `step` on a publication in `status` now? */
export function publicationStepAllowed(
  status: PublicationStatus,
  step: PublicationStep,
  who: { role: Role; isAuthor: boolean },
): boolean {
  return FROM[step].includes(status) && mayTakePublicationStep(step, who);
}

/** The steps allowed from `status`: regardless of role, or for `who` when given. */
export function allowedPublicationSteps(
  status: PublicationStatus,
  who?: { role: Role; isAuthor: boolean },
): PublicationStep[] {
  return PUBLICATION_STEPS.filter(
    (s) => FROM[s].includes(status) && (!who || mayTakePublicationStep(s, who)),
  );
}
