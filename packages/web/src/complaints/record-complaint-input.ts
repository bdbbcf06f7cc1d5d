/** The record-complaint form's values, its checks and the `RecordComplaintInput` it sends (pure). */
import { isSeriousAtStageOne } from '@chp/domain';
import type {
  Channel,
  ContactType,
  CustomerInput,
  RecordComplaintMutationVariables,
} from '../generated/graphql';
import { oneOf } from '../lib/choice';
import { PREFERRED_CONTACT } from './labels';

export const RECORD_FIELDS = [
  'contactType',
  'signposting',
  'receivedAt',
  'stage',
  'channel',
  'serviceAreaId',
  'category',
  'summary',
  'outcomeSought',
  'awareOn',
  'seriousStageOneReason',
  'name',
  'email',
  'phone',
  'postcode',
  'specialCircumstances',
  'outOfTimeReason',
  'otherOrganisation',
  'passedToOtherOrganisation',
  'contractor',
  'electedMember',
] as const;

/** A complaint made after the time limit: taken on (special circumstances) or out of time. */
export type LateDecision = '' | 'special' | 'out_of_time';

export interface RecordValues {
  contactType: ContactType;
  /** Not a complaint: what the person was told and where they were sent (§12). */
  signposting: string;
  late: LateDecision;
  specialCircumstances: string;
  outOfTimeReason: string;
  otherOrganisation: string;
  passedToOtherOrganisation: string;
  contractor: string;
  electedMember: string;
  /** London local date and time, as the field holds it. */
  receivedAt: string;
  stage: string;
  channel: Channel;
  serviceAreaId: string;
  category: string;
  summary: string;
  outcomeSought: string;
  serious: boolean;
  /** Serious at stage 1: why not stage 2 (§36). */
  seriousStageOneReason: string;
  awareOn: string;
  name: string;
  email: string;
  phone: string;
  postcode: string;
  preferredContact: string;
  /** Agrees to a satisfaction survey by e-mail after the closure (needs the e-mail address). */
  surveyConsent: boolean;
}

export const blankRecord = (receivedAt: string): RecordValues => ({
  contactType: 'complaint',
  signposting: '',
  late: '',
  specialCircumstances: '',
  outOfTimeReason: '',
  otherOrganisation: '',
  passedToOtherOrganisation: '',
  contractor: '',
  electedMember: '',
  receivedAt,
  stage: '1',
  channel: 'phone',
  serviceAreaId: '',
  category: '',
  summary: '',
  outcomeSought: '',
  serious: false,
  seriousStageOneReason: '',
  awareOn: '',
  name: '',
  email: '',
  phone: '',
  postcode: '',
  preferredContact: '',
  surveyConsent: false,
});

/** A serious complaint recorded at stage 1, which needs the reason why not stage 2 (§36). */
export function keptAtStageOne(v: Pick<RecordValues, 'serious' | 'stage'>): boolean {
  return isSeriousAtStageOne({ serious: v.serious, stage: v.stage === '2' ? 2 : 1 });
}

/**
 * The form's own checks; the API checks every rule again. `late` is whether the complaint was made
 * after the time limit (@chp/domain's complaintTimeLimit, with the organisation's months).
 */
export function checkRecord(v: RecordValues, late = false): Record<string, string> {
  const missing: Record<string, string> = {};
  const complaint = v.contactType === 'complaint';
  if (!complaint && !v.signposting.trim())
    missing['signposting'] = 'Say what the person was told and where they were sent.';
  if (complaint && late && v.late === '')
    missing['late'] =
      'It was made after the time limit: take it on with the special circumstances, or record it as out of time.';
  if (complaint && late && v.late === 'special' && !v.specialCircumstances.trim())
    missing['specialCircumstances'] = 'Describe the special circumstances.';
  if (complaint && late && v.late === 'out_of_time' && !v.outOfTimeReason.trim())
    missing['outOfTimeReason'] = 'Give the reason, as the {person} was told it.';
  if (complaint && v.otherOrganisation.trim() && !v.passedToOtherOrganisation.trim())
    missing['passedToOtherOrganisation'] = 'Say what was passed to the other organisation.';
  if (v.surveyConsent && !v.email.trim())
    missing['email'] = 'Enter the e-mail address the survey goes to, or untick the survey.';
  if (!v.receivedAt) missing['receivedAt'] = 'Enter when the complaint arrived.';
  if (!v.serviceAreaId)
    missing['serviceAreaId'] = 'Choose the service area the complaint is about.';
  if (!v.category.trim()) missing['category'] = 'Enter a category, such as “Repair not done”.';
  if (!v.summary.trim()) missing['summary'] = 'Summarise what the complaint is about.';
  if (keptAtStageOne(v) && !v.seriousStageOneReason.trim())
    missing['seriousStageOneReason'] =
      'Say why this serious complaint is not going straight to stage 2, or choose stage 2.';
  return missing;
}

/** The input sent; `toInstant` turns the London local time into an instant. */
export function toRecordComplaintInput(
  v: RecordValues,
  toInstant: (local: string) => string,
): RecordComplaintMutationVariables {
  const text = (x: string) => (x.trim() !== '' ? x : undefined);
  const customer: CustomerInput = {
    name: text(v.name),
    email: text(v.email),
    phone: text(v.phone),
    postcode: text(v.postcode),
    preferredContact:
      oneOf(
        PREFERRED_CONTACT.map(([c]) => c),
        v.preferredContact,
      ) || undefined,
    surveyConsent: v.surveyConsent || undefined,
  };
  const given = Object.values(customer).some((x) => x !== undefined);
  const complaint = v.contactType === 'complaint';
  const asked = (x: string) => (complaint ? text(x)?.trim() : undefined);
  return {
    input: {
      contactType: v.contactType,
      signposting: complaint ? undefined : v.signposting.trim(),
      specialCircumstances: v.late === 'special' ? asked(v.specialCircumstances) : undefined,
      outOfTimeReason: v.late === 'out_of_time' ? asked(v.outOfTimeReason) : undefined,
      otherOrganisation: asked(v.otherOrganisation),
      passedToOtherOrganisation: asked(v.passedToOtherOrganisation),
      contractor: asked(v.contractor),
      electedMember: asked(v.electedMember),
      receivedAt: toInstant(v.receivedAt),
      stage: complaint ? Number(v.stage) : 1,
      channel: v.channel,
      serviceAreaId: v.serviceAreaId,
      category: v.category.trim(),
      summary: v.summary.trim(),
      outcomeSought: v.outcomeSought.trim(),
      serious: complaint && v.serious,
      seriousStageOneReason:
        complaint && keptAtStageOne(v) ? v.seriousStageOneReason.trim() || undefined : undefined,
      awareOn: v.awareOn || undefined,
      customer: given ? customer : undefined,
    },
  };
}
