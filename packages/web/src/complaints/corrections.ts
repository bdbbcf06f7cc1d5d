/**
 * What the "Correct details" form sends (docs/procedure.md, Correcting a record): only the
 * details the user changed, so the journey records just those; the API checks them again.
 */

/** The customer's details the form corrects, as typed ('' for not given). */
export interface CustomerValues {
  name: string;
  email: string;
  phone: string;
  address: string;
  postcode: string;
  preferredContact: string;
  /** Agrees to the satisfaction survey by e-mail (docs/procedure.md, Satisfaction survey). */
  surveyConsent: boolean;
}

export const CUSTOMER_FIELDS = [
  'name',
  'email',
  'phone',
  'address',
  'postcode',
  'preferredContact',
] as const satisfies readonly (keyof CustomerValues)[];

/**
 * The form's values. The optional ones are on the form only for those who may see or change
 * them: personal details for roles that see personal data, the handler for managers.
 */
export interface CorrectionValues {
  serviceAreaId: string;
  category: string;
  channel: string;
  awareOn: string;
  serious: boolean;
  /** Serious and at stage 1: why it is not at stage 2 (§36). */
  seriousStageOneReason?: string;
  summary?: string;
  outcomeSought?: string;
  customer?: CustomerValues;
  /** Managers only: the handler is assigned by managers, so corrected by them. */
  handlerId?: string;
  /** Staff the complaint is about (§62), in any order. */
  namedStaffIds?: string[];
}

const sameMembers = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((x) => b.includes(x));

/** A typed optional detail: trimmed, and blank sent as null (clears it). */
const optional = (v: string): string | null => v.trim() || null;

function customerInput(was: CustomerValues, now: CustomerValues): Record<string, unknown> | null {
  const changed = CUSTOMER_FIELDS.filter((f) => now[f].trim() !== was[f].trim());
  const input: Record<string, unknown> = Object.fromEntries(
    changed.map((f) => [f, optional(now[f])]),
  );
  if (now.surveyConsent !== was.surveyConsent) input['surveyConsent'] = now.surveyConsent;
  return Object.keys(input).length ? input : null;
}

export function correctionInput(
  was: CorrectionValues,
  now: CorrectionValues,
): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  if (now.serviceAreaId !== was.serviceAreaId) input['serviceAreaId'] = now.serviceAreaId;
  if (now.category.trim() !== was.category) input['category'] = now.category.trim();
  if (now.channel !== was.channel) input['channel'] = now.channel;
  if (now.awareOn !== was.awareOn) input['awareOn'] = now.awareOn || null;
  if (now.serious !== was.serious) input['serious'] = now.serious;
  // the reason goes with a serious complaint only: the API drops it when no longer serious (§36)
  if (
    now.serious &&
    now.seriousStageOneReason !== undefined &&
    now.seriousStageOneReason.trim() !== (was.seriousStageOneReason ?? '')
  )
    input['seriousStageOneReason'] = optional(now.seriousStageOneReason);
  if (now.summary !== undefined && now.summary.trim() !== was.summary)
    input['summary'] = now.summary.trim();
  if (now.outcomeSought !== undefined && now.outcomeSought.trim() !== (was.outcomeSought ?? ''))
    input['outcomeSought'] = now.outcomeSought.trim();
  if (now.customer && was.customer) {
    const customer = customerInput(was.customer, now.customer);
    if (customer) input['customer'] = customer;
  }
  if (now.handlerId && now.handlerId !== was.handlerId) input['handlerId'] = now.handlerId;
  if (now.namedStaffIds && !sameMembers(now.namedStaffIds, was.namedStaffIds ?? []))
    input['namedStaffIds'] = now.namedStaffIds;
  return input;
}

/** The journey steps a manager may void: recorded steps, not the receipt, a correction or a void. */
export function voidableSteps<T extends { id: string; type: string; voided: boolean }>(
  journey: readonly T[],
): T[] {
  return journey.filter((e) => !e.voided && !['received', 'corrected', 'voided'].includes(e.type));
}
