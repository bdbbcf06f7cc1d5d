export type ActionStatus =
  'proposed' | 'authorised' | 'in_progress' | 'done' | 'verified' | 'cancelled';
export type ActionDeadlineStatus =
  'on_track' | 'due_soon' | 'overdue' | 'done_on_time' | 'done_late' | 'cancelled';
export type ActionStep =
  'assign' | 'authorise' | 'cancel' | 'complete' | 'editSummary' | 'progress' | 'verify';

export interface ActionListItem {
  id: string;
  title: string;
  status: ActionStatus;
  targetDate: string;
  deadlineStatus: ActionDeadlineStatus;
  completedOn: string | null;
  owner: { id: string; name: string };
  serviceArea: { id: string; name: string };
}

export interface ActionDetail extends ActionListItem {
  version: number;
  description: string;
  allowedSteps: ActionStep[];
  authorisedOn: string | null;
  authorisedBy: { id: string; name: string } | null;
  proposedBy: { id: string; name: string } | null;
  completionEvidence: string | null;
  learningShared: string | null;
  monitoringUntil: string | null;
  effectiveness: 'effective' | 'partly_effective' | 'not_effective' | null;
  effectivenessNote: string | null;
  verifiedOn: string | null;
  cancelledReason: string | null;
  publicSummary: string | null;
  createdAt: string;
  rootCauses: { id: string; name: string }[];
  complaints?: { id: string; reference: string }[];
  progressUpdates: {
    id: string;
    note: string;
    recordedAt: string;
    author: { id: string; name: string };
  }[];
}
