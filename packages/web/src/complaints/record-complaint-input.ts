/** The record-complaint form's values, its checks and the `RecordComplaintInput` it sends (pure). */

export const RECORD_FIELDS = [
  'receivedAt',
  'stage',
  'channel',
  'serviceAreaId',
  'category',
  'summary',
  'outcomeSought',
  'awareOn',
  'name',
  'email',
  'phone',
  'postcode',
] as const;

export interface RecordValues {
  /** London local date and time, as the field holds it. */
  receivedAt: string;
  stage: string;
  channel: string;
  serviceAreaId: string;
  category: string;
  summary: string;
  outcomeSought: string;
  serious: boolean;
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
  return missing;
}

/** The input sent; `toInstant` turns the London local time into an instant. */
export function toRecordComplaintInput(v: RecordValues, toInstant: (local: string) => string) {
  const customer = {
    name: v.name,
    email: v.email,
    phone: v.phone,
    postcode: v.postcode,
    preferredContact: v.preferredContact,
  };
  const given = Object.fromEntries(Object.entries(customer).filter(([, x]) => x.trim() !== ''));
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
      awareOn: v.awareOn || undefined,
      customer: Object.keys(given).length ? given : undefined,
    },
  };
}
