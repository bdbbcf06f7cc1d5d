/**
 * Pure builders of the complaint steps' mutation variables, and the checks each form makes
 * before sending (messages by field name). No React, no Apollo: unit-tested on their own.
 */

export type Missing = Record<string, string>;

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;

export interface ExtendValues {
  dueOn: string;
  reason: string;
}
export function checkExtend(v: ExtendValues): Missing {
  const missing: Missing = {};
  if (!v.dueOn) missing['dueOn'] = 'Enter the new due date.';
  if (!v.reason.trim()) missing['reason'] = 'Say why more time is needed: the {person} is told.';
  return missing;
}
export const toExtendInput = (v: ExtendValues) => ({ dueOn: v.dueOn, reason: v.reason.trim() });

export interface EscalateValues {
  /** The instant, or undefined for "now" (the moment of saving). */
  at: string | undefined;
  exceptionalCircumstances: string;
  /** When the customer first knew, asked for when it decides the time limit (§36); '' if not given. */
  awareOn?: string;
}
export const toEscalateInput = (v: EscalateValues) => ({
  at: v.at,
  exceptionalCircumstances: v.exceptionalCircumstances.trim() || undefined,
  awareOn: v.awareOn || undefined,
});

export const toAcknowledgeInput = (v: { at: string | undefined }) => ({ at: v.at });

export function checkAgreePoints(points: readonly string[]): Missing {
  return points.some((p) => p.trim()) ? {} : { points: 'Enter at least one point of complaint.' };
}
export const toAgreePointsInput = (points: readonly string[]) => ({
  points: points.map((p) => p.trim()).filter(Boolean),
});
export const agreedMessage = (count: number) => `${plural(count, 'point')} of complaint agreed.`;

export const toNoteInput = (note: string) => ({ note: note.trim() });

export const toPostClosureContactInput = (v: { note: string; dissatisfied: boolean }) => ({
  note: v.note.trim(),
  dissatisfied: v.dissatisfied,
});

export interface SpsoDecisionValues {
  decision: string;
  decidedOn: string;
}
export const checkSpsoDecision = (v: SpsoDecisionValues): Missing =>
  v.decision ? {} : { decision: "Choose the SPSO's decision." };
export const toSpsoDecisionInput = (v: SpsoDecisionValues) => ({
  decision: v.decision,
  decidedOn: v.decidedOn,
});

export const toRootCausesInput = (rootCauseIds: readonly string[]) => ({
  rootCauseIds: [...rootCauseIds],
});
export const rootCausesMessage = (count: number) =>
  count ? `${plural(count, 'root cause')} recorded.` : 'Root causes cleared.';

export const checkAssign = (handlerId: string): Missing =>
  handlerId ? {} : { handlerId: 'Choose who handles the complaint.' };
export const toAssignInput = (handlerId: string) => ({ handlerId });
