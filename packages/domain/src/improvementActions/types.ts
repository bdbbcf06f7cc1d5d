import type { IsoDate } from '../types';

/** From proposal to verified effect (Part 4, Learning from complaints). */
export type ActionStatus =
  'proposed' | 'authorised' | 'in_progress' | 'done' | 'verified' | 'cancelled';
export const ACTION_STATUSES: readonly ActionStatus[] = [
  'proposed',
  'authorised',
  'in_progress',
  'done',
  'verified',
  'cancelled',
];
/** Statuses in which the action still has to be done (its target date is live). */
export const OPEN_ACTION_STATUSES: readonly ActionStatus[] = [
  'proposed',
  'authorised',
  'in_progress',
];

/** What monitoring found after the action was done. */
export type ActionEffectiveness = 'effective' | 'partly_effective' | 'not_effective';
export const ACTION_EFFECTIVENESS: readonly ActionEffectiveness[] = [
  'effective',
  'partly_effective',
  'not_effective',
];

/** The state of an improvement action the rules look at (a plain record, e.g. a database row). */
export interface ActionRecord {
  status: ActionStatus;
  ownerId: string;
  targetDate: IsoDate;
  authorisedById?: string | null;
  authorisedOn?: IsoDate | null;
  completedOn?: IsoDate | null;
  completionEvidence?: string | null;
  monitoringUntil?: IsoDate | null;
  learningShared?: string | null;
  effectiveness?: ActionEffectiveness | null;
  effectivenessNote?: string | null;
  verifiedOn?: IsoDate | null;
  cancelledReason?: string | null;
}

/** Who takes a step: the API says whether their role makes them a manager (MANAGERS). */
export interface ActionActor {
  personId: string;
  isManager: boolean;
}

/** One step of an action's lifecycle. */
export type ActionStep =
  | { type: 'authorise' }
  | { type: 'assign'; ownerId: string; targetDate?: IsoDate | null }
  | { type: 'progress'; note: string }
  | {
      type: 'complete';
      evidence: string;
      completedOn?: IsoDate | null;
      monitoringUntil?: IsoDate | null;
      learningShared?: string | null;
    }
  | { type: 'verify'; effectiveness: ActionEffectiveness; note: string }
  | { type: 'cancel'; reason: string }
  | { type: 'editSummary' };

export type ActionStepType = ActionStep['type'];
export const ACTION_STEP_TYPES: readonly ActionStepType[] = [
  'authorise',
  'assign',
  'progress',
  'complete',
  'verify',
  'cancel',
  'editSummary',
];

export type ActionDeadlineStatus =
  'done_on_time' | 'done_late' | 'on_track' | 'due_soon' | 'overdue' | 'cancelled';

/** A new action as proposed: an owner and a target date are required from the start. */
export interface ActionProposal {
  ownerId: string;
  targetDate: IsoDate;
}
