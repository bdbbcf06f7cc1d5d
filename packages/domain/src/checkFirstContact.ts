import { complaintTimeLimit } from './complaintTimeLimit';
import { ChpRuleError } from './errors';
import { CONTACT_TYPES, type ContactType, type IsoDate, type OtherOutcome } from './types';

/** What the first contact record says (§11–12; docs/procedure.md, Before stage 1). */
export interface FirstContact {
  contactType: ContactType;
  receivedOn: IsoDate;
  awareOn?: IsoDate | null;
  /** The organisation's time limit for making a complaint, in months (setting, default 6). */
  timeLimitMonths?: number;
  /** Enquiry or request for service: what the person was told and where they were sent (§12). */
  signposting?: string | null;
  /** A late complaint taken on: the special circumstances. */
  specialCircumstances?: string | null;
  /** A late complaint not taken on: why, as the customer was told. */
  outOfTimeReason?: string | null;
  /** Another organisation involved: which, and what was passed to it. */
  otherOrganisation?: { name?: string | null; passed?: string | null } | null;
}

export interface FirstContactDecision {
  /** The outcome beyond the four the record ends with at once, if any. */
  otherOutcome: OtherOutcome | null;
  /** Its reason: the signposting given, or why the late complaint is not taken on. */
  reason: string | null;
  /** The last day to complain in time (null when the awareness date is unknown). */
  timeLimitLastDay: IsoDate | null;
  inTime: boolean;
}

const given = (text: string | null | undefined): text is string =>
  typeof text === 'string' && text.trim() !== '';

/**
 * Checks a first contact and says how the record starts. Only a complaint enters the procedure:
 * an enquiry or a request for service is recorded as "not a complaint" with the signposting given
 * (§12). A complaint made after the time limit is never refused silently: it is taken on with its
 * special circumstances, or recorded as out of time with the reason; with neither the rule
 * COMPLAINT_OUT_OF_TIME says which is needed (details.complaintTimeLimit is the last day).
 * Another organisation is recorded with what was passed to it.
 *
 * @example
 * checkFirstContact({ contactType: 'enquiry', receivedOn: '2026-03-02', signposting: 'Repairs line' })
 * // { otherOutcome: 'not_a_complaint', reason: 'Repairs line', timeLimitLastDay: null, inTime: true }
 */
export function checkFirstContact(contact: FirstContact): FirstContactDecision {
  if (contact === null || typeof contact !== 'object')
    throw new ChpRuleError('INVALID_EVENT', 'expected a first contact');
  if (!CONTACT_TYPES.includes(contact.contactType))
    throw new ChpRuleError(
      'INVALID_CONTACT_TYPE',
      `unknown contact type ${String(contact.contactType)}`,
    );
  const other = contact.otherOrganisation;
  if (other != null && given(other.name) !== given(other.passed))
    throw new ChpRuleError(
      'OTHER_ORGANISATION_INCOMPLETE',
      'name the other organisation and what was passed to it',
      { field: given(other.name) ? 'passedToOtherOrganisation' : 'otherOrganisation' },
    );
  const limit = complaintTimeLimit(contact, contact.timeLimitMonths);
  if (contact.contactType !== 'complaint') {
    if (!given(contact.signposting))
      throw new ChpRuleError(
        'SIGNPOSTING_REQUIRED',
        'say what the person was told and where they were sent (§12)',
      );
    return {
      otherOutcome: 'not_a_complaint',
      reason: contact.signposting.trim(),
      timeLimitLastDay: limit.lastDay,
      inTime: limit.inTime,
    };
  }
  const special = given(contact.specialCircumstances);
  const refused = given(contact.outOfTimeReason);
  if (special && refused)
    throw new ChpRuleError(
      'SPECIAL_CIRCUMSTANCES_WITH_OUT_OF_TIME',
      'a late complaint is either taken on (special circumstances) or out of time, not both',
    );
  if (refused && limit.inTime)
    throw new ChpRuleError(
      'NOT_OUT_OF_TIME',
      limit.lastDay === null
        ? 'the date the customer knew of the problem is not recorded: it may be in time'
        : `made on or before ${limit.lastDay}: in time`,
      { complaintTimeLimit: limit.lastDay },
    );
  if (!limit.inTime && !special && !refused)
    throw new ChpRuleError(
      'COMPLAINT_OUT_OF_TIME',
      `the time limit ended on ${limit.lastDay}: record the special circumstances, or record it as out of time with the reason`,
      { complaintTimeLimit: limit.lastDay },
    );
  return {
    otherOutcome: refused ? 'out_of_time' : null,
    reason: refused ? contact.outOfTimeReason!.trim() : null,
    timeLimitLastDay: limit.lastDay,
    inTime: limit.inTime,
  };
}
