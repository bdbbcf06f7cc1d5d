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

export enum ComplaintStatus {
  open = 'open',
  closed = 'closed',
}
registerEnumType(ComplaintStatus, { name: 'ComplaintStatus' });

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
