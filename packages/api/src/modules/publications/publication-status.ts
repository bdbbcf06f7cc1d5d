/**
 * The publication workflow as a pure function: draft -> in_review -> approved -> published, and
 * withdrawn from any of them (a draft for the wrong period is withdrawn to free the period). Text may change in draft and in review only
 * (approval re-runs the personal-data check, so an edit in review is checked again).
 */
export type PublicationStatus = 'draft' | 'in_review' | 'approved' | 'published' | 'withdrawn';
export type PublicationStep = 'edit' | 'submit' | 'approve' | 'publish' | 'withdraw';

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

export interface StepResult {
  ok: true;
  status: PublicationStatus;
}
export interface StepRefusal {
  ok: false;
  rule: 'PUBLICATION_STATUS';
  message: string;
}

/** The status after `step` from `status`, or a refusal naming the rule (the API answers CONFLICT). */
export function publicationStep(
  status: PublicationStatus,
  step: PublicationStep,
): StepResult | StepRefusal {
  if (!FROM[step].includes(status)) {
    return {
      ok: false,
      rule: 'PUBLICATION_STATUS',
      message: `A ${status.replace('_', ' ')} publication cannot be ${PAST[step]} (only from ${FROM[step].join(' or ').replace(/_/g, ' ')})`,
    };
  }
  return { ok: true, status: step === 'edit' ? status : TO[step] };
}

const PAST: Record<PublicationStep, string> = {
  edit: 'edited',
  submit: 'submitted for review',
  approve: 'approved',
  publish: 'published',
  withdraw: 'withdrawn',
};

/** The steps allowed from `status` (regardless of role). */
export function allowedPublicationSteps(status: PublicationStatus): PublicationStep[] {
  return (Object.keys(FROM) as PublicationStep[]).filter((s) => FROM[s].includes(status));
}
