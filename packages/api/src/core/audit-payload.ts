import { createHash } from 'node:crypto';

/** Texts up to this many characters are audited as they are; longer ones by length and hash. */
export const AUDIT_TEXT_MAX = 200;

export interface AuditedText {
  length: number;
  sha256: string;
}

/**
 * What an audit row keeps of a change. The changed record already holds its texts; keeping a
 * long text again in the audit log doubled the disk each edit cost (one editor saving in a loop
 * grew the database by gigabytes an hour). A long text is kept as its length and SHA-256, which
 * still shows that it changed and lets a copy be matched to the audit trail.
 */
export function boundAuditChanges(changes: Record<string, unknown>): Record<string, unknown> {
  return bound(changes) as Record<string, unknown>;
}

function bound(value: unknown): unknown {
  if (typeof value === 'string') {
    if (value.length <= AUDIT_TEXT_MAX) return value;
    return {
      length: value.length,
      sha256: createHash('sha256').update(value).digest('hex'),
    } satisfies AuditedText;
  }
  if (Array.isArray(value)) return value.map(bound);
  if (value && typeof value === 'object' && !(value instanceof Date))
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, bound(v)]));
  return value;
}
