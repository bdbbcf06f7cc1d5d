import { addCalendarMonths } from './addCalendarMonths';
import type { IsoDate } from './types';

/**
 * The retention schedule for complaints' personal data (docs/procedure.md, Retention and
 * erasure). Most Scottish bodies keep complaint records six years after closure, so 72 months is
 * the default; an organisation may choose 12 to 240 months.
 */
export const DEFAULT_RETENTION_MONTHS = 72;
export const MIN_RETENTION_MONTHS = 12;
export const MAX_RETENTION_MONTHS = 240;
/** The warning list shows complaints due within this many months. */
export const RETENTION_WARNING_MONTHS = 1;

/** What a complaint's retention is counted from: its status and its last decision dates. */
export interface RetentionRecord {
  status: 'open' | 'closed';
  stage1ClosedOn: IsoDate | null;
  stage2ClosedOn: IsoDate | null;
  spsoDecidedOn: IsoDate | null;
}

/**
 * The date a complaint counts as closed for retention: the last of its stage 1 closure, stage 2
 * closure and the SPSO's decision, so a complaint escalated or taken to the SPSO after closure is
 * kept from its last decision. An open complaint (an escalation reopens it) is never closed.
 */
export function retentionClosedOn(record: RetentionRecord): IsoDate | null {
  if (record.status !== 'closed') return null;
  const dates = [record.stage1ClosedOn, record.stage2ClosedOn, record.spsoDecidedOn].filter(
    (d): d is IsoDate => d !== null,
  );
  if (dates.length === 0) return null;
  return dates.reduce((a, b) => (b > a ? b : a));
}

/** The first day the complaint's personal data may no longer be kept: closure + N months. */
export function anonymisationDueOn(record: RetentionRecord, months: number): IsoDate | null {
  const closedOn = retentionClosedOn(record);
  return closedOn === null ? null : addCalendarMonths(closedOn, months);
}

/** Whether the complaint is due for anonymisation on `today` (due on or before it). */
export function isDueForAnonymisation(
  record: RetentionRecord,
  months: number,
  today: IsoDate,
): boolean {
  const due = anonymisationDueOn(record, months);
  return due !== null && due <= today;
}

/** The last due date the warning list shows on `today`: one month ahead. */
export function retentionWarningUntil(today: IsoDate): IsoDate {
  return addCalendarMonths(today, RETENTION_WARNING_MONTHS);
}
