/**
 * The SPSO recommendation forms' checks and what they send, and the list's order and labels
 * (pure; docs/procedure.md, SPSO recommendations).
 */

export const RECORD_FIELDS = ['recommendation', 'dueOn', 'ownerId', 'complaintId'] as const;
export const COMPLETE_FIELDS = ['evidence', 'completedOn'] as const;

export interface RecordValues {
  recommendation: string;
  dueOn: string;
  ownerId: string;
}

export function checkRecord(v: RecordValues): Record<string, string> {
  const missing: Record<string, string> = {};
  if (!v.recommendation.trim()) missing['recommendation'] = 'Say what the SPSO recommended.';
  if (!v.dueOn) missing['dueOn'] = 'Enter the date it is due.';
  if (!v.ownerId) missing['ownerId'] = 'Choose who sees it done.';
  return missing;
}

export const toRecordInput = (v: RecordValues, complaintId: string) => ({
  input: {
    complaintId,
    recommendation: v.recommendation.trim(),
    dueOn: v.dueOn,
    ownerId: v.ownerId,
  },
});

export interface CompleteValues {
  evidence: string;
  completedOn: string;
}

export function checkComplete(v: CompleteValues): Record<string, string> {
  const missing: Record<string, string> = {};
  if (!v.evidence.trim()) missing['evidence'] = 'Say what shows the recommendation was met.';
  if (!v.completedOn) missing['completedOn'] = 'Enter the date it was completed.';
  return missing;
}

export const toCompleteInput = (v: CompleteValues) => ({
  evidence: v.evidence.trim(),
  completedOn: v.completedOn,
});

export type RecommendationStatus = 'completed' | 'on_track' | 'due_soon' | 'overdue';

/** Open ones first (overdue, then by due date), then completed ones: as the API orders them. */
export function sortRecommendations<
  T extends { status: RecommendationStatus; dueOn: string; id: string },
>(items: readonly T[]): T[] {
  const rank = (r: T) => (r.status === 'completed' ? 2 : r.status === 'overdue' ? 0 : 1);
  return [...items].sort(
    (a, b) => rank(a) - rank(b) || a.dueOn.localeCompare(b.dueOn) || a.id.localeCompare(b.id),
  );
}

/** The status tag's words and tone. */
export const RECOMMENDATION_STATUS: Record<
  RecommendationStatus,
  { label: string; tone: 'good' | 'warn' | 'bad' | 'neutral' }
> = {
  on_track: { label: 'On time', tone: 'good' },
  due_soon: { label: 'Due soon', tone: 'warn' },
  overdue: { label: 'Overdue', tone: 'bad' },
  completed: { label: 'Completed', tone: 'neutral' },
};

/** Its owner or a manager records it completed (the API refuses anyone else). */
export const mayComplete = (
  r: { status: RecommendationStatus; owner: { id: string } },
  me: { id: string },
  manager: boolean,
): boolean => r.status !== 'completed' && (manager || r.owner.id === me.id);
