import { registerEnumType } from 'type-graphql';
import {
  COMPLAINT_STEPS,
  COMPLAINT_STEP_LABELS,
  type ComplaintStep as DomainComplaintStep,
} from '@chp/domain';

export enum Channel {
  phone = 'phone',
  email = 'email',
  letter = 'letter',
  in_person = 'in_person',
  web_form = 'web_form',
  social_media = 'social_media',
  other = 'other',
}
registerEnumType(Channel, { name: 'Channel' });

/** docs/procedure.md, Outcomes. */
export enum Outcome {
  resolved = 'resolved',
  upheld = 'upheld',
  partially_upheld = 'partially_upheld',
  not_upheld = 'not_upheld',
}
registerEnumType(Outcome, { name: 'Outcome' });

export enum Finding {
  upheld = 'upheld',
  not_upheld = 'not_upheld',
}
registerEnumType(Finding, {
  name: 'Finding',
  description: 'The finding on one point of complaint',
});

/** How the complaint entered the procedure: at stage 1, or straight to investigation (§36). */
export enum Route {
  stage1 = 'stage1',
  stage2_direct = 'stage2_direct',
}
registerEnumType(Route, { name: 'Route' });

/** Open or closed at the current stage, or ended with an outcome beyond the four. */
export enum ComplaintStatus {
  open = 'open',
  closed = 'closed',
  not_a_complaint = 'not_a_complaint',
  withdrawn = 'withdrawn',
  out_of_time = 'out_of_time',
  duplicate = 'duplicate',
}
registerEnumType(ComplaintStatus, {
  name: 'ComplaintStatus',
  description:
    'open or closed (the current stage), or the outcome beyond the four the record ended with (docs/procedure.md, Before stage 1)',
});

/** What a first contact is (§11–12): only a complaint enters the procedure. */
export enum ContactType {
  complaint = 'complaint',
  enquiry = 'enquiry',
  service_request = 'service_request',
}
registerEnumType(ContactType, { name: 'ContactType' });

/** The outcomes beyond the four: none is a closure (docs/procedure.md, Before stage 1). */
export enum OtherOutcome {
  not_a_complaint = 'not_a_complaint',
  withdrawn = 'withdrawn',
  out_of_time = 'out_of_time',
  duplicate = 'duplicate',
}
registerEnumType(OtherOutcome, {
  name: 'OtherOutcome',
  description: 'An outcome beyond the four, ending the record without a closure',
});

export enum PreferredContact {
  email = 'email',
  phone = 'phone',
  letter = 'letter',
  in_person = 'in_person',
}
registerEnumType(PreferredContact, { name: 'PreferredContact' });

/** The SPSO's decision on a complaint referred to it (Part 4, Recording complaints). */
export enum SpsoDecision {
  not_taken_forward = 'not_taken_forward',
  resolved = 'resolved',
  upheld = 'upheld',
  partially_upheld = 'partially_upheld',
  not_upheld = 'not_upheld',
}
registerEnumType(SpsoDecision, { name: 'SpsoDecision' });

export enum JourneyEventType {
  received = 'received',
  extended = 'extended',
  escalated = 'escalated',
  acknowledged = 'acknowledged',
  closed = 'closed',
  note = 'note',
  contact_update = 'contact_update',
  points_agreed = 'points_agreed',
  signed_off = 'signed_off',
  spso_decision = 'spso_decision',
  post_closure_contact = 'post_closure_contact',
  ended = 'ended',
  /** Details corrected, with the reason (docs/procedure.md, Correcting a record). */
  corrected = 'corrected',
  /** A step recorded by mistake, voided by a manager with the reason: it counts as absent. */
  voided = 'voided',
}
registerEnumType(JourneyEventType, { name: 'JourneyEventType' });

/**
 * A step a member of staff may take on a complaint, as @chp/domain's `COMPLAINT_STEPS` names
 * them (the values, names and order come from the domain).
 */
export const ComplaintStep = Object.fromEntries(COMPLAINT_STEPS.map((s) => [s, s])) as {
  readonly [S in DomainComplaintStep]: S;
};
export type ComplaintStep = DomainComplaintStep;
registerEnumType(ComplaintStep, {
  name: 'ComplaintStep',
  description: 'A step a member of staff may take on a complaint now (see Complaint.allowedSteps)',
  valuesConfig: Object.fromEntries(
    COMPLAINT_STEPS.map((s) => [s, { description: COMPLAINT_STEP_LABELS[s] }]),
  ),
});
