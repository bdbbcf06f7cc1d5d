import { addMonths, RECURRENCE_WINDOW_MONTHS, type IsoDate } from '@chp/domain';
import type { EntityManager } from 'typeorm';
import type { NewMessage, OrganisationMail } from '../mail';
import { actionRecurrence } from './recurrence.queries';

/**
 * The recurrence check (docs/procedure.md, Recurrence after an improvement action), run by the
 * reminder run for each organisation (an OrganisationMessages): each done or verified action not
 * yet flagged, whose after window is running or ended within its length, is counted; when its
 * root cause came back (the domain's `cameBack`) the action is flagged for review, once (the flag
 * day and figures are stored, and a flagged action is never checked again), with an audit row,
 * and its owner and the manager who authorised it are told.
 */
export async function recurrenceMessages(
  em: EntityManager,
  organisation: OrganisationMail,
  today: IsoDate,
): Promise<NewMessage[]> {
  return (await flagReturnedCauses(em, organisation.id, today)).flatMap((flagged) =>
    [...new Set([flagged.ownerId, flagged.authorisedById].filter((id) => id !== null))].map(
      (personId) => ({
        personId,
        reason: 'action_cause_returned' as const,
        subjectId: flagged.id,
        day: today,
        linkPath: `/actions/${flagged.id}`,
        details: {
          completedOn: flagged.completedOn,
          before: flagged.before,
          after: flagged.after,
          months: flagged.months,
          afterMonths: flagged.afterMonths,
        },
      }),
    ),
  );
}

interface Flagged {
  id: string;
  ownerId: string;
  authorisedById: string | null;
  completedOn: IsoDate;
  before: number;
  after: number;
  months: number;
  afterMonths: number;
}

/** Flags, in the caller's transaction, the actions of one organisation whose cause came back on `today`. */
export async function flagReturnedCauses(
  em: EntityManager,
  organisationId: string,
  today: IsoDate,
  months: number = RECURRENCE_WINDOW_MONTHS,
): Promise<Flagged[]> {
  // an after window ends `months` whole months after the completion month
  const earliest = `${addMonths(today.slice(0, 7), -(months + 1))}-01`;
  const candidates: {
    id: string;
    serviceAreaId: string;
    ownerId: string;
    authorisedById: string | null;
    completedOn: string;
  }[] = await em.query(
    `SELECT id, service_area_id AS "serviceAreaId", owner_id AS "ownerId", authorised_by_id AS "authorisedById",
            completed_on::text AS "completedOn"
       FROM improvement_action
      WHERE organisation_id = $1 AND status IN ('done', 'verified') AND recurrence_flagged_on IS NULL
        AND completed_on >= $2::date AND completed_on < $3::date
      ORDER BY completed_on, id
        FOR UPDATE`,
    [organisationId, earliest, `${today.slice(0, 7)}-01`],
  );
  const flagged: Flagged[] = [];
  for (const action of candidates) {
    const figures = await actionRecurrence(em, { ...action, organisationId }, today, months);
    if (!figures.cameBack) continue;
    await em.query(
      `UPDATE improvement_action SET recurrence_flagged_on = $3, recurrence_flag_figures = $4
        WHERE organisation_id = $1 AND id = $2`,
      [organisationId, action.id, today, JSON.stringify(figures)],
    );
    await em.query(
      `INSERT INTO audit_log (organisation_id, at, actor_id, operation, entity, entity_id, changes)
       VALUES ($1, now(), NULL, 'flagReturnedCause', 'improvement_action', $2, $3)`,
      [
        organisationId,
        action.id,
        JSON.stringify({
          recurrenceFlaggedOn: today,
          before: figures.before,
          after: figures.after,
          afterMonthsComplete: figures.afterMonthsComplete,
        }),
      ],
    );
    flagged.push({
      ...action,
      before: figures.before,
      after: figures.after,
      months,
      afterMonths: figures.afterMonthsComplete,
    });
  }
  return flagged;
}
