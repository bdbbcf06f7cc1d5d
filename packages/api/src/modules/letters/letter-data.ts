import type { EntityManager } from 'typeorm';
import {
  correspondent,
  stageOutcomeFromFindings,
  type ConsentScope,
  type LetterData,
  type LetterKind,
  type Outcome,
} from '@chp/domain';
import { notFound } from '../../core/errors';

/** The author's part of a draft (LetterDraftArgs without the ids). */
export interface AuthorFields {
  outcome?: Outcome | null;
  reasons?: string | null;
  apology?: string | null;
  extensionReason?: string | null;
  newDueOn?: string | null;
  findings?:
    readonly { pointId: string; finding: 'upheld' | 'not_upheld'; reason?: string | null }[] | null;
  agreedAction?: string | null;
}

interface Row {
  reference: string;
  summary: string;
  outcome_sought: string;
  current_stage: 1 | 2;
  status: string;
  stage1_day_one: string | null;
  stage1_due_on: string | null;
  stage1_extended_due_on: string | null;
  stage1_outcome: Outcome | null;
  stage2_day_one: string | null;
  stage2_due_on: string | null;
  stage2_extended_due_on: string | null;
  stage2_outcome: Outcome | null;
  customer_name: string | null;
  anonymous: boolean;
  representative_name: string | null;
  consent_given_on: string | null;
  consent_scope: ConsentScope[];
  preferred_contact: string | null;
  handler_name: string | null;
  organisation_name: string;
  sector: string;
  spso_signposting: string;
  tribunal_signposting: string | null;
}

interface StoredPoint {
  id: string;
  description: string;
  finding: 'upheld' | 'not_upheld' | null;
  reason: string | null;
}

/** What a letter for one complaint is filled from, read in the complaint's organisation. */
export async function loadLetterRecord(
  em: EntityManager,
  organisationId: string,
  complaintId: string,
): Promise<Row & { points: StoredPoint[] }> {
  const [row] = await em.query<Row[]>(
    `SELECT c.reference, c.summary, c.outcome_sought, c.current_stage, c.status,
            c.stage1_day_one::text, c.stage1_due_on::text, c.stage1_extended_due_on::text, c.stage1_outcome,
            c.stage2_day_one::text, c.stage2_due_on::text, c.stage2_extended_due_on::text, c.stage2_outcome,
            cu.name AS customer_name, c.anonymous, cu.representative_name,
            cu.consent_given_on::text, coalesce(cu.consent_scope, '{}') AS consent_scope,
            cu.preferred_contact, h.name AS handler_name,
            o.name AS organisation_name, o.sector, o.spso_signposting, o.tribunal_signposting
       FROM complaint c
       JOIN organisation o ON o.id = c.organisation_id
       LEFT JOIN customer cu ON cu.organisation_id = c.organisation_id AND cu.id = c.customer_id
       LEFT JOIN person h ON h.organisation_id = c.organisation_id AND h.id = c.handler_id
      WHERE c.organisation_id = $1 AND c.id = $2`,
    [organisationId, complaintId],
  );
  if (!row) throw notFound('Complaint');
  const points = await em.query<StoredPoint[]>(
    `SELECT id, description, finding, finding_reason AS reason FROM complaint_point
      WHERE organisation_id = $1 AND complaint_id = $2 ORDER BY position`,
    [organisationId, complaintId],
  );
  return { ...row, points };
}

/**
 * The data a letter of `kind` is filled with. The letter is addressed to the customer, or to
 * their representative when the customer's consent covers receiving the response on the letter's
 * date (@chp/domain's `correspondent`; docs/procedure.md, The customer's side).
 */
export function letterDataFor(
  kind: LetterKind,
  r: Awaited<ReturnType<typeof loadLetterRecord>>,
  author: AuthorFields,
  today: string,
  contactName: string,
): LetterData {
  const stage2 = kind.startsWith('stage2');
  const dueOn = stage2 ? r.stage2_due_on : r.stage1_due_on;
  const extendedDueOn = stage2 ? r.stage2_extended_due_on : r.stage1_extended_due_on;
  const extension = kind.endsWith('_extension');
  // the author's findings (given before closure records them) over the stored ones
  const points = r.points.map((p) => {
    const f = author.findings?.find((x) => x.pointId === p.id);
    return f
      ? { description: p.description, finding: f.finding, reason: f.reason ?? null }
      : { description: p.description, finding: p.finding, reason: p.reason };
  });
  const found = points.map((p) => p.finding).filter((f) => f !== null);
  // §66: without a decision given, the outcome follows from a finding on every point
  const derived =
    stage2 && points.length > 0 && found.length === points.length
      ? stageOutcomeFromFindings(found)
      : null;
  return {
    letterDate: today,
    customerName: addressee(r, today),
    reference: r.reference,
    organisationName: r.organisation_name,
    sector: r.sector,
    receivedOn: stage2 ? r.stage2_day_one : r.stage1_day_one,
    // an extension letter tells the date the customer was given before, and the new one
    dueOn: extension ? dueOn : (extendedDueOn ?? dueOn),
    newDueOn: author.newDueOn ?? (extension ? extendedDueOn : null),
    extensionReason: author.extensionReason ?? null,
    complaintSummary: r.summary,
    outcomeSought: r.outcome_sought,
    outcome: author.outcome ?? (stage2 ? r.stage2_outcome : r.stage1_outcome) ?? derived,
    reasons: author.reasons ?? null,
    apology: author.apology ?? null,
    contactName: r.handler_name ?? contactName,
    points,
    agreedAction: author.agreedAction ?? null,
    spsoText: r.spso_signposting,
    tribunalText: r.tribunal_signposting,
  };
}

/** Who the letter is addressed to: the customer, or the representative their consent allows. */
function addressee(r: Row, on: string): string | null {
  const representative = r.representative_name
    ? {
        name: r.representative_name,
        consent: { givenOn: r.consent_given_on, scope: r.consent_scope },
      }
    : null;
  return correspondent({ anonymous: r.anonymous, representative }, on) === 'representative'
    ? r.representative_name
    : r.customer_name;
}
