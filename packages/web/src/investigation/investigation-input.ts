import {
  ALTERNATIVE_RESOLUTION_LABELS,
  EVIDENCE_FILE_KINDS,
  type AlternativeResolutionApproach,
} from '@chp/domain';

/** The investigation file's forms: what they check before sending and how they show values. */

export const PLAN_FIELDS = [
  'whatHappened',
  'whatShouldHaveHappened',
  'difference',
  'evidenceNeeded',
] as const;
export const MEETING_FIELDS = [
  'heldOn',
  'staffPresent',
  'customerSidePresent',
  'recordFormat',
  'recordDueOn',
  'recordSentOn',
] as const;
export const ALTERNATIVE_FIELDS = [
  'approach',
  'description',
  'startedOn',
  'endedOn',
  'result',
] as const;
export const REPORT_FIELDS = ['text', 'fileId', 'writtenOn'] as const;

export const APPROACH_OPTIONS = Object.entries(ALTERNATIVE_RESOLUTION_LABELS) as [
  AlternativeResolutionApproach,
  string,
][];

/** §59: how the record of a meeting stands, in words and tone. */
export const RECORD_STATE_LABELS: Record<
  string,
  { label: string; tone: 'good' | 'warn' | 'bad' | 'neutral' }
> = {
  sent: { label: 'Record sent', tone: 'good' },
  sent_late: { label: 'Record sent late', tone: 'neutral' },
  due: { label: 'Record due', tone: 'warn' },
  overdue: { label: 'Record overdue', tone: 'bad' },
};

export interface MeetingValues {
  heldOn: string;
  staffPresent: string;
  customerSidePresent: string;
  recordFormat: string;
  recordDueOn: string;
  recordSentOn: string;
}

/** The missing parts of a meeting, by field ({person}: the organisation's word). */
export function checkMeeting(v: MeetingValues): Record<string, string> {
  const missing: Record<string, string> = {};
  if (!v.heldOn) missing['heldOn'] = 'Enter the date of the meeting.';
  if (!v.staffPresent.trim()) missing['staffPresent'] = 'Say which staff attended.';
  if (!v.customerSidePresent.trim())
    missing['customerSidePresent'] = 'Say who attended with or for the {person}.';
  if (!v.recordFormat) missing['recordFormat'] = 'Choose how the record is given.';
  if (v.recordDueOn && v.heldOn && v.recordDueOn < v.heldOn)
    missing['recordDueOn'] = 'The record cannot be due before the meeting.';
  return missing;
}

/** The meeting as the API takes it: empty dates are left out (the default timescale, §59). */
export function toMeetingInput(v: MeetingValues, complaintId: string) {
  return {
    complaintId,
    heldOn: v.heldOn,
    staffPresent: v.staffPresent.trim(),
    customerSidePresent: v.customerSidePresent.trim(),
    recordFormat: v.recordFormat as 'written' | 'other',
    recordDueOn: v.recordDueOn || null,
    recordSentOn: v.recordSentOn || null,
  };
}

export interface AlternativeValues {
  approach: string;
  description: string;
  startedOn: string;
  endedOn: string;
  result: string;
}

/** §54–55: an approach and when it started; a result needs the date it ended. */
export function checkAlternative(v: AlternativeValues): Record<string, string> {
  const missing: Record<string, string> = {};
  if (!v.approach) missing['approach'] = 'Choose the approach used.';
  if (!v.startedOn) missing['startedOn'] = 'Enter the date it started.';
  if (v.endedOn && v.startedOn && v.endedOn < v.startedOn)
    missing['endedOn'] = 'It cannot end before it started.';
  if (v.result.trim() && !v.endedOn) missing['endedOn'] = 'Give the date it ended with its result.';
  return missing;
}

/** Sizes as people read them: 820 bytes, 14 KB, 2.5 MB. */
export function fileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** The file picker's accept list: the kinds the API keeps (it checks the content too). */
export const EVIDENCE_ACCEPT = EVIDENCE_FILE_KINDS.map((k) =>
  k === 'jpeg' ? '.jpg,.jpeg' : `.${k}`,
).join(',');

/** POST /evidence's address for a file of `complaintId`. */
export function evidenceUploadUrl(
  complaintId: string,
  fileName: string,
  description: string,
): string {
  const q = new URLSearchParams({ complaintId, fileName });
  if (description.trim()) q.set('description', description.trim());
  return `/evidence?${q}`;
}
