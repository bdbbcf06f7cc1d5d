/**
 * What the "Correct details" form sends (docs/procedure.md, Correcting a record): only the
 * details the user changed, so the journey records just those; the API checks them again.
 */
export interface CorrectionValues {
  serviceAreaId: string;
  category: string;
  channel: string;
  awareOn: string;
  serious: boolean;
  summary?: string;
  customerName?: string;
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
  if (now.summary !== undefined && now.summary.trim() !== was.summary)
    input['summary'] = now.summary.trim();
  if (now.customerName !== undefined && now.customerName.trim() !== (was.customerName ?? ''))
    input['customer'] = { name: now.customerName.trim() || null };
  return input;
}

/** The journey steps a manager may void: recorded steps, not the receipt, a correction or a void. */
export function voidableSteps<T extends { id: string; type: string; voided: boolean }>(
  journey: readonly T[],
): T[] {
  return journey.filter((e) => !e.voided && !['received', 'corrected', 'voided'].includes(e.type));
}
