import { complaintTimeline } from '@chp/domain';

/**
 * The stage 1 due date (day 5) of a complaint received at `at`, computed in the browser by the
 * same @chp/domain rules the API enforces.
 */
export function stageOneDueIfReceivedAt(at: Date): string {
  const stage1 = complaintTimeline([{ type: 'received', at: at.toISOString(), stage: 1 }]).stage1;
  if (!stage1) throw new Error('a stage 1 complaint has no stage 1 timeline');
  return stage1.dueOn;
}
