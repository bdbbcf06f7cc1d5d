import { londonDateTime, toCsv, type CsvCell } from '@chp/domain';
import type { AuditRow } from './audit.queries';

/** At most this many rows go into one CSV file; the answer says when the filter matched more. */
export const AUDIT_CSV_MAX_ROWS = 20_000;

/**
 * Records whose audited values hold no personal data: the organisation's settings, its closure
 * days, service areas and root causes. For every other record (complaints, contact restrictions,
 * improvement actions, staff, publications) the file names the fields that changed but not their
 * values, which may name or describe a person (docs/procedure.md, The audit log).
 */
export const AUDIT_VALUES_IN_CSV: ReadonlySet<string> = new Set([
  'organisation',
  'closure_day',
  'service_area',
  'root_cause',
]);

export const AUDIT_CSV_HEADER = [
  'When (UK time)',
  'Who',
  'Operation',
  'Record',
  'Record id',
  'Fields changed',
  'Values',
] as const;

function values(changes: Record<string, unknown>): string {
  return Object.entries(changes)
    .map(([k, v]) => `${k}: ${typeof v === 'string' ? v : JSON.stringify(v)}`)
    .join('; ');
}

/** One CSV line for an audit row. */
export function auditCsvLine(row: AuditRow): CsvCell[] {
  const { date, time } = londonDateTime(row.at.toISOString());
  return [
    `${date} ${time}`,
    row.actorName ?? (row.actorId ? 'Former member of staff' : 'The platform'),
    row.operation,
    row.entity,
    row.entityId,
    Object.keys(row.changes).join('; '),
    AUDIT_VALUES_IN_CSV.has(row.entity) ? values(row.changes) : '',
  ];
}

/** The CSV file of audit rows, header first. */
export function auditCsv(rows: readonly AuditRow[]): string {
  return toCsv([[...AUDIT_CSV_HEADER], ...rows.map(auditCsvLine)]);
}
