/** The record-complaint form's values, its checks and the `RecordComplaintInput` it sends (pure). */
import type {
  Channel,
  CustomerInput,
  RecordComplaintMutationVariables,
} from '../generated/graphql';
import { oneOf } from '../lib/choice';
import { PREFERRED_CONTACT } from './labels';

export const RECORD_FIELDS = [
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
] as const;

export interface RecordValues {
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
}

export const blankRecord = (receivedAt: string): RecordValues => ({
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
});

export function checkRecord(v: RecordValues): Record<string, string> {
  const missing: Record<string, string> = {};
  if (!v.receivedAt) missing['receivedAt'] = 'Enter when the complaint arrived.';
  if (!v.serviceAreaId)
    missing['serviceAreaId'] = 'Choose the service area the complaint is about.';
  if (!v.category.trim()) missing['category'] = 'Enter a category, such as “Repair not done”.';
  if (!v.summary.trim()) missing['summary'] = 'Summarise what the complaint is about.';
  if (v.serious && v.stage === '1' && !v.seriousStageOneReason.trim())
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
  };
  const given = Object.values(customer).some((x) => x !== undefined);
  return {
    input: {
      receivedAt: toInstant(v.receivedAt),
      stage: Number(v.stage),
      channel: v.channel,
      serviceAreaId: v.serviceAreaId,
      category: v.category.trim(),
      summary: v.summary.trim(),
      outcomeSought: v.outcomeSought.trim(),
      serious: v.serious,
      seriousStageOneReason:
        v.serious && v.stage === '1' ? v.seriousStageOneReason.trim() || undefined : undefined,
      awareOn: v.awareOn || undefined,
      customer: given ? customer : undefined,
    },
  };
}
