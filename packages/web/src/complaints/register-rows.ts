import { OTHER_OUTCOMES } from './labels';
import type { DeadlineStatus, RegisterItem } from './types';

export interface RegisterRow {
  id: string;
  reference: string;
  receivedAt: string;
  serviceArea: string;
  stage: string;
  /** The current stage's working deadline (extended due date if any), or the closing date. */
  dueOn: string | null;
  closedOn: string | null;
  status: DeadlineStatus | null;
  /** An outcome beyond the four ('Not a complaint', 'Withdrawn'...): the record has no deadline. */
  otherOutcome: string | null;
}

/** The timeline of the stage the complaint is at now (as much of it as the query read). */
export function currentStageTimeline<S>(c: {
  currentStage: number;
  timeline: { stage1: S | null; stage2: S | null };
}): S | null {
  return c.currentStage === 2 ? c.timeline.stage2 : c.timeline.stage1;
}

/** 'Stage 1', 'Stage 2 (direct)' or 'Stage 2 (escalated)'. */
export function stageLabel(c: Pick<RegisterItem, 'currentStage' | 'route'>): string {
  if (c.currentStage === 1) return 'Stage 1';
  return c.route === 'stage2_direct' ? 'Stage 2 (direct)' : 'Stage 2 (escalated)';
}

/**
 * One row of the register: the current stage, its due date and whether it is on time, due
 * soon or overdue (the API's `timeline.status`, computed by @chp/domain as of today).
 */
export function registerRow(c: Omit<RegisterItem, 'anonymous' | 'hasSupportNeeds'>): RegisterRow {
  const stage = currentStageTimeline(c);
  const other = OTHER_OUTCOMES.find(([o]) => o === c.status)?.[1] ?? null;
  return {
    id: c.id,
    reference: c.reference,
    receivedAt: c.receivedAt,
    serviceArea: c.serviceArea.name,
    stage: stageLabel(c),
    dueOn: stage?.deadline ?? null,
    closedOn: stage?.closedOn ?? null,
    status: other ? null : (stage?.status ?? null),
    otherOutcome: other,
  };
}
