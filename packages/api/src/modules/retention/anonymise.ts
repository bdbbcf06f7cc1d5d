import type { EntityManager } from 'typeorm';
import { checkPersonalData, type KnownName } from '../publications';

/**
 * Anonymising complaints (docs/procedure.md, Retention and erasure). What goes: the customer's
 * name and contact details (name, e-mail, phone, address, postcode, preferred contact), and every
 * free text of the complaint (summary, outcome sought, exceptional circumstances, points and
 * their finding reasons, the notes and reasons in its journey) in which the personal-data check
 * finds the customer's name, an e-mail address, a phone number, a postcode or a street address:
 * such a text is replaced whole by {@link REMOVED_TEXT}. What stays: the reference, dates,
 * channel, service area, category, outcomes, findings, root causes, actions, named staff and
 * every figure, so every indicator and trend is unchanged. The register's search words follow
 * the changed texts and customer through their triggers.
 */
export const REMOVED_TEXT = '[Removed: personal data]';

/** Which rule anonymised a complaint, as the audit records it (never the data itself). */
export type AnonymisationRule =
  | { basis: 'retention'; retentionMonths: number; dueOn: string }
  | { basis: 'erasure'; reason: string };

export type AuditWriter = (entry: {
  organisationId: string;
  entity: string;
  entityId: string;
  changes?: Record<string, unknown>;
}) => Promise<void>;

interface ComplaintRow {
  id: string;
  customerId: string | null;
  customerName: string | null;
  summary: string;
  outcomeSought: string;
  exceptional: string | null;
}

/** Whether the check finds personal data in the text (a complaint reference is not personal data). */
function hasPersonalData(text: string | null, names: KnownName[]): boolean {
  if (!text) return false;
  return checkPersonalData([{ field: 'text', text }], names).some((f) => f.kind !== 'reference');
}

const cleaned = (text: string | null, names: KnownName[]) =>
  hasPersonalData(text, names) ? REMOVED_TEXT : text;

/** Every string in a journey payload (notes, reasons, findings' reasons), checked the same way. */
function cleanPayload(value: unknown, names: KnownName[]): unknown {
  if (typeof value === 'string') return cleaned(value, names);
  if (Array.isArray(value)) return value.map((v) => cleanPayload(v, names));
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, cleanPayload(v, names)]));
  return value;
}

/**
 * Anonymises the given complaints of one organisation in the caller's transaction and audits
 * each (what was removed, when, by which rule). The customer's record is anonymised when none of
 * their complaints keeps personal data any longer; otherwise (another complaint of theirs is not
 * due, or is on legal hold) this complaint is only detached from it.
 */
export async function anonymiseComplaints(
  em: EntityManager,
  organisationId: string,
  complaintIds: string[],
  rule: AnonymisationRule,
  now: Date,
  audit: AuditWriter,
  dueOn: (id: string) => string | undefined = () => undefined,
): Promise<number> {
  let done = 0;
  for (const id of complaintIds) {
    const [c]: ComplaintRow[] = await em.query(
      `SELECT c.id, c.customer_id AS "customerId", cu.name AS "customerName", c.summary,
              c.outcome_sought AS "outcomeSought", c.escalation_exceptional_circumstances AS exceptional
         FROM complaint c LEFT JOIN customer cu
           ON cu.organisation_id = c.organisation_id AND cu.id = c.customer_id
        WHERE c.organisation_id = $1 AND c.id = $2 AND c.anonymised_at IS NULL
          AND c.legal_hold_at IS NULL
        FOR UPDATE OF c`,
      [organisationId, id],
    );
    if (!c) continue;
    done++;
    const names: KnownName[] = c.customerName
      ? [{ kind: 'customer_name', name: c.customerName }]
      : [];
    const removed: string[] = [];
    const text = (field: string, value: string | null) => {
      const out = cleaned(value, names);
      if (out !== value) removed.push(field);
      return out;
    };
    await em.query(
      `UPDATE complaint SET summary = $3, outcome_sought = $4,
              escalation_exceptional_circumstances = $5, anonymised_at = $6,
              version = version + 1, updated_at = $6
        WHERE organisation_id = $1 AND id = $2`,
      [
        organisationId,
        id,
        text('summary', c.summary),
        text('outcomeSought', c.outcomeSought),
        text('exceptionalCircumstances', c.exceptional),
        now,
      ],
    );
    const points: { id: string; description: string; reason: string | null }[] = await em.query(
      `SELECT id, description, finding_reason AS reason FROM complaint_point
        WHERE organisation_id = $1 AND complaint_id = $2 ORDER BY position`,
      [organisationId, id],
    );
    for (const p of points) {
      const description = cleaned(p.description, names);
      const reason = cleaned(p.reason, names);
      if (description === p.description && reason === p.reason) continue;
      removed.push('points');
      await em.query(
        `UPDATE complaint_point SET description = $3, finding_reason = $4
          WHERE organisation_id = $1 AND id = $2`,
        [organisationId, p.id, description, reason],
      );
    }
    // the compelling reason for not sharing the complaint with a member of staff (§48) is free text
    const staff: { person_id: string; reason: string }[] = await em.query(
      `SELECT person_id, not_shared_reason AS reason FROM complaint_staff_member
        WHERE organisation_id = $1 AND complaint_id = $2 AND not_shared_reason IS NOT NULL`,
      [organisationId, id],
    );
    for (const m of staff) {
      const reason = cleaned(m.reason, names);
      if (reason === m.reason) continue;
      removed.push('notSharedReason');
      await em.query(
        `UPDATE complaint_staff_member SET not_shared_reason = $4
          WHERE organisation_id = $1 AND complaint_id = $2 AND person_id = $3`,
        [organisationId, id, m.person_id, reason],
      );
    }
    const events: { id: string; payload: unknown }[] = await em.query(
      `SELECT id, payload FROM complaint_event WHERE organisation_id = $1 AND complaint_id = $2`,
      [organisationId, id],
    );
    const changedEvents = events
      .map((e) => ({ id: e.id, before: e.payload, after: cleanPayload(e.payload, names) }))
      .filter((e) => JSON.stringify(e.after) !== JSON.stringify(e.before));
    if (changedEvents.length > 0) {
      removed.push('journeyNotes');
      // the journey is append-only; the anonymiser alone may rewrite a payload (the migration's trigger)
      await em.query(`SELECT set_config('chp.anonymising', 'on', true)`);
      for (const e of changedEvents)
        await em.query(
          `UPDATE complaint_event SET payload = $3 WHERE organisation_id = $1 AND id = $2`,
          [organisationId, e.id, JSON.stringify(e.after)],
        );
      await em.query(`SELECT set_config('chp.anonymising', 'off', true)`);
    }
    // letters as sent hold the customer's name and the complaint's details: their text goes
    // (the letters' trigger lets the anonymiser alone change it; docs/procedure.md, Responses and letters)
    const [letters] = await em.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM complaint_letter
        WHERE organisation_id = $1 AND complaint_id = $2 AND text <> $3`,
      [organisationId, id, REMOVED_TEXT],
    );
    if ((letters?.n ?? 0) > 0) {
      removed.push('letters');
      await em.query(`SELECT set_config('chp.anonymising', 'on', true)`);
      await em.query(
        `UPDATE complaint_letter SET text = $3 WHERE organisation_id = $1 AND complaint_id = $2`,
        [organisationId, id, REMOVED_TEXT],
      );
      await em.query(`SELECT set_config('chp.anonymising', 'off', true)`);
    }
    if (await clearInvestigationFile(em, organisationId, id)) removed.push('investigationFile');
    const customer = c.customerId ? await releaseCustomer(em, organisationId, c, now) : 'none';
    await audit({
      organisationId,
      entity: 'complaint',
      entityId: id,
      changes: {
        anonymised: true,
        ...rule,
        ...(rule.basis === 'retention' ? { dueOn: dueOn(id) ?? rule.dueOn } : {}),
        customer,
        textsRemoved: [...new Set(removed)],
      },
    });
  }
  return done;
}

/**
 * The investigation file (docs/procedure.md, The investigation file) is the customer's story,
 * meetings and evidence in free text and files: its texts go, and each evidence file keeps its
 * kind, size and dates but loses its name, description and bytes. True when anything changed.
 */
async function clearInvestigationFile(
  em: EntityManager,
  organisationId: string,
  complaintId: string,
): Promise<boolean> {
  const scope = [organisationId, complaintId, REMOVED_TEXT];
  const changed = (result: unknown) => ((result as [unknown, number])[1] ?? 0) > 0;
  const results = [
    await em.query(
      `UPDATE investigation_plan SET what_happened = $3, what_should_have_happened = $3,
              difference = $3, evidence_needed = $3
        WHERE organisation_id = $1 AND complaint_id = $2 AND what_happened <> $3`,
      scope,
    ),
    await em.query(
      `UPDATE investigation_meeting SET staff_present = $3, customer_side_present = $3
        WHERE organisation_id = $1 AND complaint_id = $2 AND staff_present <> $3`,
      scope,
    ),
    await em.query(
      `UPDATE alternative_resolution SET description = $3,
              result = CASE WHEN result IS NULL THEN NULL ELSE $3 END
        WHERE organisation_id = $1 AND complaint_id = $2 AND description IS DISTINCT FROM $3`,
      scope,
    ),
    await em.query(
      `UPDATE investigation_report SET text = CASE WHEN text = '' THEN '' ELSE $3 END
        WHERE organisation_id = $1 AND complaint_id = $2 AND text NOT IN ('', $3)`,
      scope,
    ),
    await em.query(
      `UPDATE evidence_file_content x SET content = ''::bytea
         FROM evidence_file f
        WHERE f.organisation_id = $1 AND f.complaint_id = $2
          AND x.organisation_id = f.organisation_id AND x.file_id = f.id AND length(x.content) > 0`,
      [organisationId, complaintId],
    ),
    await em.query(
      `UPDATE evidence_file SET file_name = 'removed', description = $3
        WHERE organisation_id = $1 AND complaint_id = $2 AND file_name <> 'removed'`,
      scope,
    ),
  ];
  return results.some(changed);
}

/** Anonymises the customer's record, or detaches the complaint when another still needs it. */
async function releaseCustomer(
  em: EntityManager,
  organisationId: string,
  c: ComplaintRow,
  now: Date,
): Promise<'anonymised' | 'detached'> {
  // the survey e-mails to the customer hold their address (docs/procedure.md, Satisfaction survey)
  await em.query(
    `DELETE FROM outbox_message
      WHERE organisation_id = $1 AND person_id IS NULL
        AND subject_id IN (SELECT id FROM survey_invitation WHERE organisation_id = $1 AND complaint_id = $2)`,
    [organisationId, c.id],
  );
  const [row]: { others: number }[] = await em.query(
    `SELECT count(*)::int AS others FROM complaint
      WHERE organisation_id = $1 AND customer_id = $2 AND id <> $3 AND anonymised_at IS NULL`,
    [organisationId, c.customerId, c.id],
  );
  if ((row?.others ?? 0) > 0) {
    await em.query(
      `UPDATE complaint SET customer_id = NULL WHERE organisation_id = $1 AND id = $2`,
      [organisationId, c.id],
    );
    return 'detached';
  }
  await em.query(
    `UPDATE customer SET name = NULL, email = NULL, phone = NULL, address = NULL, postcode = NULL,
            preferred_contact = NULL, representative_name = NULL,
            representative_relationship = NULL, representative_email = NULL,
            representative_phone = NULL, representative_address = NULL, consent_given_on = NULL,
            consent_scope = '{}', consent_note = NULL, support_formats = '{}',
            interpreter_language = NULL, bsl = false, support_contact = NULL, support_other = NULL,
            survey_consent = false,
            anonymised_at = $3
      WHERE organisation_id = $1 AND id = $2`,
    [organisationId, c.customerId, now],
  );
  return 'anonymised';
}
