import { empoweredToSignOff, handlesComplaints, isManager, type Role } from '@chp/domain';
import type { ComplaintDetail } from './types';

export type ComplaintStep =
  | 'acknowledge'
  | 'agreePoints'
  | 'extend'
  | 'contactUpdate'
  | 'signOff'
  | 'close'
  | 'escalate'
  | 'spsoDecision'
  | 'postClosureContact'
  | 'assign'
  | 'rootCauses'
  | 'note';

type StepInput = Pick<
  ComplaintDetail,
  'status' | 'currentStage' | 'route' | 'timeline' | 'points' | 'journey'
>;

/** Whether the stage 2 response has been signed off since the points were last agreed. */
export function signedOff(c: Pick<ComplaintDetail, 'journey'>): boolean {
  return c.journey.some((e) => e.type === 'signed_off' && e.stage === 2);
}

/**
 * The lifecycle steps a person in `role` may take on the complaint now, in the order the
 * procedure usually takes them. The API checks every rule again; this decides which forms show.
 */
export function allowedSteps(c: StepInput, role: Role): ComplaintStep[] {
  if (!handlesComplaints(role)) return [];
  const steps: ComplaintStep[] = [];
  const open = c.status === 'open';
  const s1 = c.timeline.stage1;
  const s2 = c.timeline.stage2;
  if (open && c.currentStage === 2) {
    if (s2 && !s2.acknowledgedOn) steps.push('acknowledge');
    steps.push('agreePoints');
  }
  if (open && isManager(role)) {
    if (c.currentStage === 1 ? s1 && !s1.extendedDueOn : true) steps.push('extend');
    steps.push('assign');
  }
  if (open) steps.push('contactUpdate');
  if (open && c.currentStage === 2 && empoweredToSignOff(role)) steps.push('signOff');
  if (open) steps.push('close');
  if (c.currentStage === 1 && c.route === 'stage1' && !s2) steps.push('escalate');
  if (!open && c.currentStage === 2) steps.push('spsoDecision');
  if (!open) steps.push('postClosureContact');
  steps.push('rootCauses', 'note');
  return steps;
}

export const STEP_LABEL: Record<ComplaintStep, string> = {
  acknowledge: 'Acknowledge stage 2',
  agreePoints: 'Agree the points of complaint',
  extend: 'Extend the deadline',
  contactUpdate: 'Record an update to the customer',
  signOff: 'Sign off the response',
  close: 'Close with the outcome',
  escalate: 'Escalate to stage 2',
  spsoDecision: "Record the SPSO's decision",
  postClosureContact: 'Record contact after closure',
  assign: 'Assign the handler',
  rootCauses: 'Record root causes',
  note: 'Add a note',
};
