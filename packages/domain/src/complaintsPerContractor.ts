import { ChpRuleError } from './errors';
import { assertIsoDate } from './internal/dates';
import { foldEvents } from './internal/fold';
import { localDate } from './localDate';
import { countsAsReceived } from './otherOutcomes';
import type { ComplaintEvent, IsoDate, TimelineSettings } from './types';

/**
 * A contractor's name as stored: trimmed, inner runs of white space made one space; null when
 * blank. Names differing only in case are the same contractor (`contractorKey`).
 */
export function contractorName(name: string | null | undefined): string | null {
  if (typeof name !== 'string') return null;
  const tidy = name.trim().replace(/\s+/g, ' ');
  return tidy === '' ? null : tidy;
}

/** The key complaints are grouped by: the stored name in lower case. */
export const contractorKey = (name: string): string => name.toLowerCase();

/**
 * Complaints about contractors, per contractor (§11; docs/procedure.md, Before stage 1): the
 * complaints received in the period (local date of receipt) that count as received (indicator A,
 * `countsAsReceived`) and name a contractor, by `contractorKey`. The reference the SQL report
 * is tested against.
 *
 * @example
 * complaintsPerContractor([{ events, contractor: 'Acme Roofing' }], { from: '2026-01-01', to: '2026-03-31' })
 * // { 'acme roofing': 1 }
 */
export function complaintsPerContractor(
  complaints: { events: ComplaintEvent[]; contractor: string | null }[],
  period: { from: IsoDate; to: IsoDate },
  settings: TimelineSettings = {},
): Record<string, number> {
  if (!Array.isArray(complaints))
    throw new ChpRuleError('INVALID_EVENT', 'complaints must be an array');
  const from = assertIsoDate(period.from, 'period.from');
  const to = assertIsoDate(period.to, 'period.to');
  const counts: Record<string, number> = {};
  for (const c of complaints) {
    const name = contractorName(c.contractor);
    if (name === null) continue;
    const s = foldEvents(c.events, settings);
    if (s.receivedAt === null || !countsAsReceived(s.ended?.outcome)) continue;
    const on = localDate(s.receivedAt);
    if (on < from || on > to) continue;
    const key = contractorKey(name);
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
}
