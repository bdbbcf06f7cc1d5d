import type { Missing } from './inputs';

export interface Finding {
  finding: string;
  reason: string;
}

export interface CloseValues {
  stage2: boolean;
  /** The agreed points' ids, in order. */
  pointIds: readonly string[];
  /** The instant, or undefined for "now". */
  at: string | undefined;
  /** An outcome, or `findings` (it follows from the findings on the points). */
  outcome: string;
  findings: Record<string, Finding>;
  agreedAction: string;
  customerAgreedOn: string;
  spsoSignposted: boolean;
  tribunalCase: boolean;
  tribunalSignposted: boolean;
  rootCauseIds: readonly string[];
  /** Stage 1 closed after its last day (day 10 or its extension, §29): why not escalated. */
  closedLate?: boolean;
  lateReason?: string;
  /** The First-tier Tribunal may be signposted: housing, stage 2 (§74). */
  tribunalOffered?: boolean;
  /** The record of what was said (§31–32, §69): the reasons, and how the response was given. */
  reasons?: string;
  communicatedBy?: string;
  /** The stage's response letter was recorded as sent: it records both. */
  responseSent?: boolean;
}

export const CLOSE_FIELDS = [
  'at',
  'outcome',
  'findings',
  'agreedAction',
  'customerAgreedOn',
  'spsoSignposted',
  'tribunalCase',
  'tribunalSignposted',
  'lateReason',
  'rootCauseIds',
  'reasons',
  'communicatedBy',
] as const;

/** The API's nested fields that the close form shows elsewhere. */
export const CLOSE_ALIASES = { signOff: 'outcome', resolution: 'agreedAction' };

export function checkClose(v: CloseValues): Missing {
  const missing: Missing = {};
  if (!v.outcome) missing['outcome'] = 'Choose the outcome of the complaint.';
  // §66: every agreed point answered, unless resolved (§67)
  if (
    (v.stage2 || v.outcome === 'findings') &&
    v.outcome &&
    v.outcome !== 'resolved' &&
    v.pointIds.some((id) => !v.findings[id]?.finding)
  )
    missing['findings'] = 'Record a finding on every agreed point of complaint.';
  if (v.closedLate && !v.lateReason?.trim())
    missing['lateReason'] =
      'Stage 1 is past its last day: escalate it to stage 2, or say why it is closed at stage 1.';
  // §31: the reasons for the decision (a resolved complaint records the agreed action instead)
  if (!v.responseSent && !v.stage2 && v.outcome && v.outcome !== 'resolved' && !v.reasons?.trim())
    missing['reasons'] = 'Give the reasons for the decision, or send the response letter first.';
  // §31–32, §69: how the response was given
  if (!v.responseSent && !v.communicatedBy)
    missing['communicatedBy'] =
      'Say how the response was given, or send the response letter first.';
  if (v.outcome === 'resolved' && !v.agreedAction.trim())
    missing['agreedAction'] = 'Describe the action agreed with the {person}.';
  if (v.outcome === 'resolved' && !v.customerAgreedOn)
    missing['customerAgreedOn'] = 'Enter the date the {person} agreed.';
  return missing;
}

/** The `CloseComplaintInput` the form sends. */
export function toCloseInput(v: CloseValues) {
  const withFindings = v.stage2 && v.pointIds.length > 0 && Object.keys(v.findings).length > 0;
  return {
    input: {
      at: v.at,
      outcome: v.outcome === 'findings' ? undefined : v.outcome,
      findings: withFindings
        ? v.pointIds
            .filter((id) => v.findings[id]?.finding)
            .map((id) => ({
              pointId: id,
              finding: v.findings[id]!.finding,
              reason: v.findings[id]!.reason.trim() || undefined,
            }))
        : undefined,
      resolution:
        v.outcome === 'resolved'
          ? { agreedAction: v.agreedAction.trim(), customerAgreedOn: v.customerAgreedOn }
          : undefined,
      spsoSignposted: v.stage2 ? v.spsoSignposted : false,
      tribunalCase: v.tribunalOffered ? v.tribunalCase : false,
      tribunalSignposted: v.tribunalOffered && v.tribunalCase ? v.tribunalSignposted : false,
      lateReason: v.closedLate ? v.lateReason?.trim() || undefined : undefined,
      rootCauseIds: [...v.rootCauseIds],
      ...(v.reasons?.trim() ? { reasons: v.reasons.trim() } : {}),
      ...(v.communicatedBy ? { communicatedBy: v.communicatedBy } : {}),
    },
  };
}
