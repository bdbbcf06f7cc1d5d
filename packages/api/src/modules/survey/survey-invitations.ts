import {
  addDays,
  londonDate,
  londonInstant,
  maySendSurvey,
  recurrenceSurveyDue,
  surveyLinkLastDay,
  type IsoDate,
  type SurveyKind,
} from '@chp/domain';
import type { DataSource, EntityManager } from 'typeorm';
import {
  organisationsMail,
  writeCustomerMessages,
  type CustomerMessage,
  type NewMessage,
  type OrganisationMail,
} from '../mail';
import { newSurveyToken, SURVEY_PATH } from './survey-token';

type Em = Pick<EntityManager, 'query'>;

interface Candidate {
  complaintId: string;
  reference: string;
  email: string;
}

/**
 * Sends each candidate a survey of `kind`, once: the invitation row (unique per complaint and
 * kind) is what makes it once only; the message with the link goes to the outbox in the same
 * transaction. Returns how many were sent.
 */
async function invite(
  em: Em,
  organisation: OrganisationMail,
  kind: SurveyKind,
  candidates: Candidate[],
  now: Date,
): Promise<number> {
  const today = londonDate(now.toISOString());
  const lastDay = surveyLinkLastDay(today);
  const expiresAt = londonInstant(addDays(lastDay, 1), '00:00');
  const messages: CustomerMessage[] = [];
  for (const c of candidates) {
    const { token, hash } = newSurveyToken();
    const [row]: { id: string }[] = await em.query(
      `INSERT INTO survey_invitation (organisation_id, complaint_id, kind, token_hash, sent_at, expires_at)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (organisation_id, complaint_id, kind) DO NOTHING
       RETURNING id`,
      [organisation.id, c.complaintId, kind, hash, now, expiresAt],
    );
    if (!row) continue;
    messages.push({
      to: c.email,
      reason: kind === 'closure' ? 'satisfaction_survey' : 'recurrence_survey',
      subjectId: row.id,
      day: today,
      linkPath: `${SURVEY_PATH}#token=${token}`,
      details: { reference: c.reference, lastDay },
    });
  }
  return writeCustomerMessages(em, organisation, messages, now);
}

/**
 * After a complaint's closure (docs/procedure.md, Satisfaction survey): where the customer gave an
 * e-mail address and agreed, the survey goes out in the closure's own transaction, once per
 * complaint (an escalation and a second closure send nothing more).
 */
export async function inviteAfterClosure(
  em: Em,
  organisationId: string,
  complaintId: string,
  now: Date,
): Promise<number> {
  const rows: {
    reference: string;
    anonymous: boolean;
    email: string | null;
    consent: boolean | null;
  }[] = await em.query(
    `SELECT c.reference, c.anonymous, cu.email, cu.survey_consent AS consent
       FROM complaint c LEFT JOIN customer cu
         ON cu.organisation_id = c.organisation_id AND cu.id = c.customer_id
      WHERE c.organisation_id = $1 AND c.id = $2`,
    [organisationId, complaintId],
  );
  const c = rows[0];
  if (
    !c ||
    !maySendSurvey({ anonymous: c.anonymous, surveyConsent: c.consent === true, email: c.email })
  )
    return 0;
  const [organisation] = await organisationsMail(em, [organisationId]);
  return invite(
    em,
    organisation!,
    'closure',
    [{ complaintId, reference: c.reference, email: c.email! }],
    now,
  );
}

/**
 * "Has the problem come back?" (docs/procedure.md, Satisfaction survey): closed complaints whose
 * customer agreed, with a root cause whose improvement action was completed after the complaint
 * was received, once the delay after the action has passed. Run by the nightly job for each
 * organisation; returns no staff messages (it writes the customers' own).
 */
export async function recurrenceSurveys(
  em: EntityManager,
  organisation: OrganisationMail,
  today: IsoDate,
  now: Date,
): Promise<NewMessage[]> {
  const rows: {
    complaintId: string;
    reference: string;
    email: string;
    receivedOn: string;
    closedOn: string | null;
    completedOn: string[];
  }[] = await em.query(
    `SELECT c.id AS "complaintId", c.reference, cu.email,
            (c.received_at AT TIME ZONE 'Europe/London')::date::text AS "receivedOn",
            coalesce(c.stage2_closed_on, c.stage1_closed_on)::text AS "closedOn",
            array_agg(DISTINCT a.completed_on::text) AS "completedOn"
       FROM complaint c
       JOIN customer cu ON cu.organisation_id = c.organisation_id AND cu.id = c.customer_id
       JOIN complaint_root_cause crc ON crc.organisation_id = c.organisation_id AND crc.complaint_id = c.id
       JOIN improvement_action_root_cause arc ON arc.organisation_id = c.organisation_id AND arc.root_cause_id = crc.root_cause_id
       JOIN improvement_action a ON a.organisation_id = arc.organisation_id AND a.id = arc.action_id
      WHERE c.organisation_id = $1 AND cu.survey_consent AND cu.email IS NOT NULL AND NOT c.anonymous
        AND c.status = 'closed' AND a.completed_on IS NOT NULL
        AND NOT EXISTS (SELECT 1 FROM survey_invitation i
                         WHERE i.organisation_id = c.organisation_id AND i.complaint_id = c.id AND i.kind = 'recurrence')
      GROUP BY c.id, c.reference, cu.email, c.received_at, c.stage1_closed_on, c.stage2_closed_on`,
    [organisation.id],
  );
  const due = rows.filter((r) =>
    recurrenceSurveyDue({ receivedOn: r.receivedOn, closedOn: r.closedOn }, r.completedOn, today),
  );
  await invite(em, organisation, 'recurrence', due, now);
  return [];
}

/** The recurrence surveys for every organisation at `now`: the nightly job's "run now". */
export async function runRecurrenceSurveys(dataSource: DataSource, now: Date): Promise<void> {
  const today = londonDate(now.toISOString());
  for (const organisation of await organisationsMail(dataSource.manager))
    await dataSource.transaction((em) => recurrenceSurveys(em, organisation, today, now));
}
