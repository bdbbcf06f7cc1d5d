import type { ComplaintDetail, StageTimeline, Timeline } from './types';

/** A complaint and its stages for the unit tests. */
export const stage = (over: Partial<StageTimeline> = {}): StageTimeline => ({
  dayOne: '2026-11-02',
  dueOn: '2026-11-06',
  extendedDueOn: null,
  deadline: '2026-11-06',
  acknowledgeBy: null,
  acknowledgedOn: null,
  closedOn: null,
  outcome: null,
  status: 'on_track',
  transferred: false,
  withinTimescale: null,
  workingDays: null,
  workingDaysElapsed: 2,
  workingDaysRemaining: 3,
  ...over,
});

/** A complaint's timeline: stage 1 open, no stage 2, no later time limits. */
export const timeline = (over: Partial<Timeline> = {}): Timeline => ({
  escalationDeadline: null,
  nextUpdateDue: null,
  spsoDeadline: null,
  stage1: stage(),
  stage2: null,
  ...over,
});

export const complaint = (over: Partial<ComplaintDetail> = {}): ComplaintDetail => ({
  id: 'c1',
  version: 1,
  reference: 'CMP-2026-00001',
  receivedAt: '2026-11-02T10:00:00Z',
  status: 'open',
  currentStage: 1,
  route: 'stage1',
  category: 'Repairs',
  channel: 'phone',
  serious: false,
  awareOn: null,
  escalatedAt: null,
  spsoDecision: null,
  spsoDecidedOn: null,
  contactType: 'complaint',
  otherOutcome: null,
  otherOutcomeOn: null,
  allowedOtherOutcomes: [],
  duplicateOf: null,
  otherOrganisation: null,
  contractor: null,
  serviceArea: { id: 's1', name: 'Repairs and maintenance' },
  handler: null,
  rootCauses: [],
  points: [],
  journey: [],
  allowedSteps: [],
  actions: [],
  timeline: timeline(),
  ...over,
});
