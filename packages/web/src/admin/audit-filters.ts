import type { AuditLogQueryVariables } from '../generated/graphql';
import { humanise } from '../lib/format';

/** The audit log's filters as typed: who, what record, which operation, from and to (London days). */
export interface AuditFilterValues {
  actorId: string;
  entity: string;
  operation: string;
  from: string;
  to: string;
}

export const NO_AUDIT_FILTERS: AuditFilterValues = {
  actorId: '',
  entity: '',
  operation: '',
  from: '',
  to: '',
};

/** The query's variables: an empty filter is left out. */
export function auditVariables(f: AuditFilterValues): Omit<AuditLogQueryVariables, 'offset'> {
  const v = (s: string) => (s.trim() ? s.trim() : null);
  return {
    actorId: v(f.actorId),
    entity: v(f.entity),
    operation: v(f.operation),
    from: v(f.from),
    to: v(f.to),
  };
}

/** What the form can tell before asking: an end before the start. */
export function checkAuditFilters(f: AuditFilterValues): Record<string, string> {
  if (f.from && f.to && f.to < f.from) return { to: 'The end must not be before the start.' };
  return {};
}

const RECORD_NAMES: Record<string, string> = {
  organisation: 'Organisation settings',
  closure_day: 'Closure day',
  complaint: 'Complaint',
  contact_restriction: 'Contact restriction',
  improvement_action: 'Improvement action',
  person: 'Member of staff',
  publication: 'Publication',
  root_cause: 'Root cause',
  service_area: 'Service area',
};

/** How the screen names a kind of record: 'closure_day' → 'Closure day'. */
export const recordName = (entity: string) => RECORD_NAMES[entity] ?? humanise(entity);

/** How the screen names an operation: 'addClosureDay' → 'Add closure day'. */
export function operationName(operation: string): string {
  const words = operation.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The fields a change touched, for the table: 'reason, description'. */
export function changedFields(changes: Record<string, unknown>): string {
  const keys = Object.keys(changes);
  return keys.length ? keys.join(', ') : '—';
}
