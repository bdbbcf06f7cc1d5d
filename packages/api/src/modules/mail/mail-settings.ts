import type { CalendarSettings, SendingHours } from '@chp/domain';
import type { EntityManager } from 'typeorm';

/** An organisation's mail settings and the calendar its reminders are timed by. */
export interface OrganisationMail {
  id: string;
  reminderLeadDays: number;
  hours: SendingHours;
  calendar: CalendarSettings;
}

/** Every organisation's mail settings, with its closure days (its working days). */
export async function organisationsMail(
  em: Pick<EntityManager, 'query'>,
  organisationIds?: string[],
): Promise<OrganisationMail[]> {
  const rows: {
    id: string;
    lead: number;
    from: string;
    until: string;
    closures: string[];
  }[] = await em.query(
    `SELECT o.id, o.reminder_lead_days AS lead, o.mail_from_time AS "from", o.mail_until_time AS until,
            coalesce((SELECT array_agg(c.date::text) FROM closure_day c WHERE c.organisation_id = o.id), '{}') AS closures
       FROM organisation o
      WHERE $1::uuid[] IS NULL OR o.id = ANY($1::uuid[])
      ORDER BY o.id`,
    [organisationIds ?? null],
  );
  return rows.map((r) => ({
    id: r.id,
    reminderLeadDays: r.lead,
    hours: { from: r.from, until: r.until },
    calendar: { closureDays: r.closures },
  }));
}
