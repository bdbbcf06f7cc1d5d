import { COMPLAINT_STEP_LABELS, withPerson, type ComplaintStep } from '@chp/domain';

/**
 * The lifecycle steps the page offers. Which steps are allowed now comes from the API
 * (`Complaint.allowedSteps`, computed by @chp/domain's allowedSteps); the page shows them in the
 * order the API gives, with the domain's labels.
 */
export type { ComplaintStep };

export const STEP_LABEL: Record<ComplaintStep, string> = {
  ...COMPLAINT_STEP_LABELS,
  contactUpdate: 'Record an update to the {person}',
};

/** A step's label, naming the person complaining by the organisation's word (§62). */
export const stepLabel = (step: ComplaintStep, person?: string): string =>
  withPerson(STEP_LABEL[step], person);
