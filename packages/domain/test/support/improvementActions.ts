import {
  applyActionStep,
  proposeAction,
  type ActionActor,
  type ActionRecord,
  type ActionStep,
} from '../../src';

/** The people on an improvement action: its owner, a colleague who does not own it, a manager. */
export const owner: ActionActor = { personId: 'owner-1', isManager: false };
export const colleague: ActionActor = { personId: 'staff-2', isManager: false };
export const manager: ActionActor = { personId: 'manager-1', isManager: true };

export const step = (action: ActionRecord, s: ActionStep, actor: ActionActor, today: string) =>
  applyActionStep(action, s, actor, today);

/** One action through its life: proposed 2 March 2026 (target 30 April), authorised, in progress, done. */
export const proposed = proposeAction(
  { ownerId: 'owner-1', targetDate: '2026-04-30' },
  '2026-03-02',
);
export const authorised = step(proposed, { type: 'authorise' }, manager, '2026-03-03');
export const inProgress = step(
  authorised,
  { type: 'progress', note: 'Drafted the new repairs leaflet' },
  owner,
  '2026-03-10',
);
export const done = step(
  inProgress,
  {
    type: 'complete',
    evidence: 'Leaflet issued to all tenants',
    completedOn: '2026-04-20',
    monitoringUntil: '2026-07-31',
  },
  owner,
  '2026-04-20',
);
