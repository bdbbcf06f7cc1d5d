import type { ComplaintStep } from '@chp/domain';

export type DeadlineStatus = 'on_track' | 'due_soon' | 'overdue' | 'closed_on_time' | 'closed_late';
export type Outcome = 'resolved' | 'upheld' | 'partially_upheld' | 'not_upheld';

export interface StageTimeline {
  dayOne: string;
  dueOn: string;
  extendedDueOn: string | null;
  deadline: string;
  acknowledgeBy: string | null;
  acknowledgedOn: string | null;
  closedOn: string | null;
  outcome: Outcome | null;
  status: DeadlineStatus | null;
  transferred: boolean;
  withinTimescale: boolean | null;
  workingDays: number | null;
  workingDaysElapsed: number;
  workingDaysRemaining: number | null;
}

export interface Timeline {
  escalationDeadline?: string | null;
  nextUpdateDue?: string | null;
  spsoDeadline?: string | null;
  stage1: StageTimeline | null;
  stage2: StageTimeline | null;
}

export interface RegisterItem {
  id: string;
  reference: string;
  receivedAt: string;
  status: 'open' | 'closed';
  currentStage: number;
  route: 'stage1' | 'stage2_direct';
  category: string;
  serviceArea: { id: string; name: string };
  timeline: Timeline;
}

export interface JourneyEvent {
  id: string;
  sequence: number;
  type: string;
  stage: number | null;
  at: string;
  recordedAt: string;
  recordedBy: { id: string; name: string } | null;
  details?: Record<string, unknown>;
}

export interface ComplaintDetail extends RegisterItem {
  version: number;
  channel: string;
  serious: boolean;
  awareOn: string | null;
  escalatedAt: string | null;
  spsoDecision: string | null;
  spsoDecidedOn: string | null;
  summary?: string;
  outcomeSought?: string;
  escalationExceptionalCircumstances?: string | null;
  customer?: {
    id: string;
    name: string | null;
    email: string | null;
    phone: string | null;
    postcode: string | null;
    address: string | null;
    preferredContact: string | null;
  } | null;
  handler: { id: string; name: string } | null;
  rootCauses: { id: string; name: string }[];
  points: {
    id: string;
    position: number;
    description?: string;
    finding: string | null;
    findingReason?: string | null;
  }[];
  journey: JourneyEvent[];
  /** The steps the viewer may take now, from the API (Complaint.allowedSteps). */
  allowedSteps: ComplaintStep[];
  actions: {
    id: string;
    title: string;
    status: string;
    targetDate: string;
    deadlineStatus: string;
    owner: { id: string; name: string };
  }[];
}
