import {
  anonymisationDueOn,
  londonDateTime,
  retentionClosedOn,
  retentionWarningUntil,
  type RetentionRecord,
} from '@chp/domain';
import type { EntityManager } from 'typeorm';

/** A closed complaint whose personal data is due, or due within the warning month. */
export interface DueComplaint {
  id: string;
  reference: string;
  closedOn: string;
  dueOn: string;
  legalHold: boolean;
}

interface Row extends RetentionRecord {
  id: string;
  reference: string;
  legalHold: boolean;
}

/** The organisation's retention period in months. */
export async function retentionMonthsOf(em: EntityManager, organisationId: string) {
  const [row]: { months: number }[] = await em.query(
    `SELECT retention_months AS months FROM organisation WHERE id = $1`,
    [organisationId],
  );
  return row?.months ?? 72;
}

/**
 * The organisation's not yet anonymised complaints due on or before `until`, the earliest first.
 * PostgreSQL narrows the candidates (closed, last decision at least N months less a few days
 * ago); @chp/domain decides each one (docs/procedure.md, Retention and erasure).
 */
export async function complaintsDueBy(
  em: EntityManager,
  organisationId: string,
  months: number,
  until: string,
): Promise<DueComplaint[]> {
  const rows: Row[] = await em.query(
    `SELECT id, reference, status,
            to_char(stage1_closed_on, 'YYYY-MM-DD') AS "stage1ClosedOn",
            to_char(stage2_closed_on, 'YYYY-MM-DD') AS "stage2ClosedOn",
            to_char(spso_decided_on, 'YYYY-MM-DD') AS "spsoDecidedOn",
            legal_hold_at IS NOT NULL AS "legalHold"
       FROM complaint
      WHERE organisation_id = $1 AND status = 'closed' AND anonymised_at IS NULL
        AND greatest(stage1_closed_on, stage2_closed_on, spso_decided_on)
            <= ($2::date - make_interval(months => $3))::date + 3`,
    [organisationId, until, months],
  );
  return rows
    .map((r) => ({ r, dueOn: anonymisationDueOn(r, months) }))
    .filter((x): x is { r: Row; dueOn: string } => x.dueOn !== null && x.dueOn <= until)
    .map(({ r, dueOn }) => ({
      id: r.id,
      reference: r.reference,
      closedOn: retentionClosedOn(r)!,
      dueOn,
      legalHold: r.legalHold,
    }))
    .sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.reference.localeCompare(b.reference));
}

/** The warning list: due within a month of `now`, or overdue (held ones included, marked). */
export async function retentionWarnings(
  em: EntityManager,
  organisationId: string,
  now: Date,
): Promise<DueComplaint[]> {
  const today = londonDateTime(now.toISOString()).date;
  const months = await retentionMonthsOf(em, organisationId);
  return complaintsDueBy(em, organisationId, months, retentionWarningUntil(today));
}
