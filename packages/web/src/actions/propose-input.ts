/** The propose-action form's checks and the `ProposeImprovementActionInput` it sends (pure). */

export const PROPOSE_FIELDS = [
  'title',
  'description',
  'ownerId',
  'serviceAreaId',
  'targetDate',
  'rootCauseId',
  'complaintIds',
] as const;

/** The form has one root cause; the API takes a list. */
export const PROPOSE_ALIASES = { rootCauseIds: 'rootCauseId' };

export interface ProposalValues {
  title: string;
  description: string;
  ownerId: string;
  serviceAreaId: string;
  targetDate: string;
  rootCauseId: string;
}

export function checkProposal(v: ProposalValues): Record<string, string> {
  const missing: Record<string, string> = {};
  if (!v.title.trim()) missing['title'] = 'Give the action a short title.';
  if (!v.description.trim()) missing['description'] = 'Describe what will change.';
  if (!v.ownerId) missing['ownerId'] = 'Choose who owns the action.';
  if (!v.serviceAreaId) missing['serviceAreaId'] = 'Choose the service area.';
  if (!v.targetDate) missing['targetDate'] = 'Enter the target date.';
  return missing;
}

export const toProposeInput = (v: ProposalValues, complaintIds: readonly string[]) => ({
  input: {
    title: v.title.trim(),
    description: v.description.trim(),
    ownerId: v.ownerId,
    serviceAreaId: v.serviceAreaId,
    targetDate: v.targetDate,
    rootCauseIds: v.rootCauseId ? [v.rootCauseId] : [],
    complaintIds: [...complaintIds],
  },
});
