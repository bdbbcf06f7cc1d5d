import { allowedNextEvents } from './allowedNextEvents';
import { allowedOtherOutcomes } from './otherOutcomes';
import { complaintState } from './complaintState';
import { empoweredToSignOff, handlesComplaints, isManager, type Role } from './roles';
import type { ComplaintEvent, ComplaintEventType, TimelineSettings } from './types';

/** The steps a member of staff takes on a complaint, as the dashboard offers them. */
export const COMPLAINT_STEPS = [
  'acknowledge',
  'agreePoints',
  'extend',
  'assign',
  'contactUpdate',
  'signOff',
  'close',
  'otherOutcome',
  'escalate',
  'spsoDecision',
  'postClosureContact',
  'rootCauses',
  'note',
] as const;
export type ComplaintStep = (typeof COMPLAINT_STEPS)[number];

export const COMPLAINT_STEP_LABELS: Record<ComplaintStep, string> = {
  acknowledge: 'Acknowledge stage 2',
  agreePoints: 'Agree the points of complaint',
  extend: 'Extend the deadline',
  contactUpdate: 'Record an update to the customer',
  signOff: 'Sign off the response',
  close: 'Close with the outcome',
  otherOutcome: 'Record another outcome (withdrawn, not a complaint, out of time, duplicate)',
  escalate: 'Escalate to stage 2',
  spsoDecision: "Record the SPSO's decision",
  postClosureContact: 'Record contact after closure',
  assign: 'Assign the handler',
  rootCauses: 'Record root causes',
  note: 'Add a note',
};

/**
 * The steps someone in `role` may take on the complaint now, in the order the procedure usually
 * takes them (the order of {@link COMPLAINT_STEPS}). Only complaint handlers and managers take
 * steps. Open at stage 2: acknowledge (until acknowledged), agree points, sign off (empowered
 * managers only). Open: extend (managers; stage 1 only once), assign (managers), contact update,
 * close, another outcome (docs/procedure.md, Before stage 1). Received at stage 1 and not
 * escalated: escalate (open or closed). Closed: post-closure
 * contact, and the SPSO's decision after stage 2. Always: root causes and notes. Which journey
 * events may come next (acknowledge, extend, close, escalate) is {@link allowedNextEvents}'s
 * answer; this adds the steps that are not journey milestones and who may take each. Dates are
 * not checked here: the API checks every rule again when the step is taken.
 *
 * @example
 * // received 2 Mar 2026 at stage 1, a manager:
 * allowedSteps([{ type: 'received', at: '2026-03-02T09:00:00Z', stage: 1 }], 'manager')
 * // ['extend', 'assign', 'contactUpdate', 'close', 'escalate', 'rootCauses', 'note']
 */
export function allowedSteps(
  events: ComplaintEvent[],
  role: Role,
  settings: TimelineSettings = {},
): ComplaintStep[] {
  if (!handlesComplaints(role)) return [];
  const state = complaintState(events, settings);
  if (state.status === 'not_received') return [];
  const next = allowedNextEvents(events, settings);
  const may = (type: ComplaintEventType, stage?: 1 | 2) =>
    next.some((e) => e.type === type && (stage === undefined || e.stage === stage));
  const open = state.status === 'open';
  const steps: ComplaintStep[] = [];
  if (may('acknowledged')) steps.push('acknowledge');
  if (open && state.stage === 2) steps.push('agreePoints');
  if (open && isManager(role)) {
    if (may('extended', state.stage === 2 ? 2 : 1)) steps.push('extend');
    steps.push('assign');
  }
  if (open) steps.push('contactUpdate');
  if (open && state.stage === 2 && empoweredToSignOff(role)) steps.push('signOff');
  if (may('closed')) steps.push('close');
  if (allowedOtherOutcomes(events, settings).length > 0) steps.push('otherOutcome');
  if (may('escalated')) steps.push('escalate');
  const closed = state.status === 'closed';
  if (closed && state.stage === 2) steps.push('spsoDecision');
  if (closed) steps.push('postClosureContact');
  steps.push('rootCauses', 'note');
  return steps;
}
