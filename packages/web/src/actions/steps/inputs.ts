/** Pure builders of the action steps' mutation variables, and the checks made before sending. */

export type Missing = Record<string, string>;

export const checkProgress = (note: string): Missing =>
  note.trim() ? {} : { note: 'Write what has been done.' };
export const toProgressInput = (note: string) => ({ note: note.trim() });

export interface CompleteValues {
  evidence: string;
  completedOn: string;
  monitoringUntil: string;
  learningShared: string;
}
export const checkComplete = (v: CompleteValues): Missing =>
  v.evidence.trim() ? {} : { evidence: 'Say what shows the action was taken (the evidence).' };
export const toCompleteInput = (v: CompleteValues) => ({
  evidence: v.evidence.trim(),
  completedOn: v.completedOn || undefined,
  monitoringUntil: v.monitoringUntil || undefined,
  learningShared: v.learningShared.trim() || undefined,
});

export interface VerifyValues {
  effectiveness: string;
  note: string;
}
export function checkVerify(v: VerifyValues): Missing {
  const missing: Missing = {};
  if (!v.effectiveness) missing['effectiveness'] = 'Choose what monitoring found.';
  if (!v.note.trim()) missing['note'] = 'Say what monitoring found.';
  return missing;
}
export const toVerifyInput = (v: VerifyValues) => ({
  effectiveness: v.effectiveness,
  note: v.note.trim(),
});

export const toAssignActionInput = (v: { ownerId: string; targetDate: string }) => ({
  ownerId: v.ownerId,
  targetDate: v.targetDate || undefined,
});

export const toSummaryInput = (v: { publicSummary: string; learningShared: string }) => ({
  publicSummary: v.publicSummary.trim(),
  learningShared: v.learningShared.trim(),
});

export const checkCancel = (reason: string): Missing =>
  reason.trim() ? {} : { reason: 'Give the reason for cancelling.' };
export const toCancelInput = (reason: string) => ({ reason: reason.trim() });
