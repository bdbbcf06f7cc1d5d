import { withPerson } from '@chp/domain';
import {
  approvalRefusal,
  approvesPublications,
  mayTakePublicationStep,
  PUBLICATION_STEPS,
  type PublicationStatus,
  type PublicationStep,
  type Role,
} from '@chp/domain';
import type { Tone } from '../lib/ui';
import type { PublicationKind } from './types';

export const STATUS: Record<PublicationStatus, { label: string; tone: Tone }> = {
  draft: { label: 'Draft', tone: 'neutral' },
  in_review: { label: 'In review', tone: 'warn' },
  approved: { label: 'Approved', tone: 'good' },
  published: { label: 'Published', tone: 'good' },
  withdrawn: { label: 'Withdrawn', tone: 'neutral' },
};

export const KIND_LABEL: Record<PublicationKind, string> = {
  quarterly: 'You said, we did (quarter)',
  annual: 'Annual complaints performance report',
};

/** The buttons of the workflow panel: editing is the form, sending back has its own comment form. */
export type WorkflowStep = Exclude<PublicationStep, 'edit' | 'sendBack'>;

export const STEP_LABEL: Record<WorkflowStep, string> = {
  submit: 'Send for review',
  approve: 'Approve',
  publish: 'Publish',
  withdraw: 'Withdraw',
};

const isWorkflowStep = (step: PublicationStep): step is WorkflowStep =>
  step !== 'edit' && step !== 'sendBack';

/**
 * The workflow buttons a person sees: the steps the API allows from the publication's status
 * (`Publication.allowedSteps`) that the domain lets this person take (`mayTakePublicationStep`:
 * a publication is approved by a manager other than its author, so the author sees no Approve),
 * in the workflow's order.
 */
export function workflowSteps(
  allowed: readonly string[],
  role: Role,
  isAuthor: boolean,
  isLastEditor = false,
): WorkflowStep[] {
  return PUBLICATION_STEPS.filter(isWorkflowStep).filter(
    (s) => allowed.includes(s) && mayTakePublicationStep(s, { role, isAuthor, isLastEditor }),
  );
}

/** May this person send the publication back to draft with comments (a manager who did not write it)? */
export const maySendBack = (allowed: readonly string[], role: Role, isAuthor: boolean): boolean =>
  allowed.includes('sendBack') && mayTakePublicationStep('sendBack', { role, isAuthor });

/**
 * Why a publication in review offers this person no Approve (docs/procedure.md, Reporting and
 * publishing: review), in words; null when it does, or when they do not approve at all.
 */
export function approvalNote(
  allowed: readonly string[],
  role: Role,
  isAuthor: boolean,
  isLastEditor: boolean,
): string | null {
  if (!allowed.includes('approve')) return null;
  const refusal = approvalRefusal({ role, isAuthor, isLastEditor });
  if (!refusal) return null;
  if (refusal === 'PUBLICATION_OWN_EDIT')
    return 'You made the last change to the text, so another manager approves this version. You can still send it back with comments.';
  if (approvesPublications(role))
    return 'You wrote this publication, so a manager who did not write it approves it.';
  return 'Waiting for a manager who did not write it to approve it.';
}

const FINDING_KIND: Record<string, string> = {
  customer_name: "a {person}'s name",
  staff_name: "a member of staff's name",
  email: 'an e-mail address',
  phone: 'a phone number',
  postcode: 'a postcode',
  address: 'a street address',
  reference: 'a complaint reference number',
};

/** What the personal-data check found, in words: 'a customer's name' (`person`: the organisation's word). */
export const findingKindLabel = (kind: string, person?: string): string =>
  withPerson(FINDING_KIND[kind] ?? 'personal data', person);

const FIELD: Record<string, string> = {
  title: 'Title',
  introduction: 'Introduction',
  learning: 'What we learned',
  customerExperience: '{Person} experience',
  staffTraining: 'Staff training',
};

/** Where a finding is, as the page names it: 'items[2].weDid' → 'Item 2, “We did”'. */
export function findingPlace(field: string, person?: string): string {
  if (FIELD[field]) return withPerson(FIELD[field], person);
  const item = /^items\[(\d+)\]\.(youSaid|weDid)$/.exec(field);
  if (item) return `Item ${item[1]}, ${item[2] === 'youSaid' ? '“You said”' : '“We did”'}`;
  if (/^actions\[.+\]\.publicSummary$/.test(field))
    return 'The public summary of an action in the report (change it on the action)';
  return field;
}
