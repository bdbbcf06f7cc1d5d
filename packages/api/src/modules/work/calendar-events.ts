import { nextStageTwoUpdateDue, OPEN_ACTION_STATUSES, type CalendarSettings } from '@chp/domain';
import type { EntityManager } from 'typeorm';
import type { QueueOwner } from './work-queue';
import { openComplaintsToWork, updatesSent } from './work.queries';

/** One all-day event of a person's calendar feed: no customer data, a reference and a link. */
export interface CalendarEvent {
  /** Stable across fetches, so a calendar updates the event instead of adding another. */
  uid: string;
  date: string;
  summary: string;
  /** The dashboard's path, e.g. /complaints/<id>. */
  link: string;
}

/** Every open complaint's deadlines pass the queue's date filter with this limit. */
const NO_LIMIT = '9999-12-31';

/**
 * A person's dates (docs/procedure.md, Work queues): the deadlines of the open complaints they
 * handle (day 3 acknowledgement §40, the current due date §26, §60, the next §62 update) and the
 * target dates of their open improvement actions. Two statements.
 */
export async function calendarEventsFor(
  em: EntityManager,
  owner: QueueOwner,
  settings: CalendarSettings,
): Promise<CalendarEvent[]> {
  const [complaints, actions] = await Promise.all([
    openComplaintsToWork(em, owner.organisationId, owner.personId, false, NO_LIMIT),
    em.query<{ id: string; title: string; target_date: string }[]>(
      `SELECT a.id, a.title, a.target_date::text AS target_date FROM improvement_action a
        WHERE a.organisation_id = $1 AND a.owner_id = $2 AND a.status = ANY($3::text[])`,
      [owner.organisationId, owner.personId, OPEN_ACTION_STATUSES],
    ),
  ]);
  const events: CalendarEvent[] = [];
  for (const c of complaints) {
    const link = `/complaints/${c.id}`;
    if (c.current_stage === 2 && c.stage2_acknowledged_on === null && c.stage2_acknowledge_by)
      events.push({
        uid: `acknowledge-${c.id}`,
        date: c.stage2_acknowledge_by,
        summary: `Acknowledge ${c.reference} (stage 2 day 3)`,
        link,
      });
    if (c.deadline)
      events.push({
        uid: `respond-${c.id}-stage-${c.current_stage}`,
        date: c.deadline,
        summary: `Respond to ${c.reference} (stage ${c.current_stage})`,
        link,
      });
    if (c.current_stage === 2 && c.stage2_due_on) {
      const sent = updatesSent(c);
      const next = nextStageTwoUpdateDue(
        { dueOn: c.stage2_due_on, extendedDueOn: c.stage2_extended_due_on, closedOn: null },
        sent,
        settings,
      );
      if (next)
        events.push({
          uid: `update-${c.id}`,
          date: next,
          summary: `Update due on ${c.reference} (§62)`,
          link,
        });
    }
  }
  for (const a of actions)
    events.push({
      uid: `action-${a.id}`,
      date: a.target_date,
      summary: `Action due: ${a.title}`,
      link: `/actions/${a.id}`,
    });
  return events.sort((x, y) =>
    x.date < y.date ? -1 : x.date > y.date ? 1 : x.uid < y.uid ? -1 : 1,
  );
}
