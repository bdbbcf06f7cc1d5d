import ical from 'ical-generator';
import type { DataSource } from 'typeorm';
import type { Role } from '../../core/role';
import { loadTimelineSettings } from '../complaints';
import { calendarEventsFor } from './calendar-events';
import { FEED_TOKEN, tokenHash } from './calendar-feed.service';

/**
 * The iCal text of the live feed with `token`, or null (unknown, revoked, or its owner
 * deactivated): the endpoint answers 404 then. `baseUrl` makes the links absolute.
 */
export async function calendarFeedText(
  dataSource: DataSource,
  token: string,
  baseUrl: string,
): Promise<string | null> {
  if (!FEED_TOKEN.test(token)) return null;
  const [owner] = await dataSource.query<
    { person_id: string; organisation_id: string; role: Role }[]
  >(
    `SELECT f.person_id, f.organisation_id, p.role FROM calendar_feed f
       JOIN person p ON p.organisation_id = f.organisation_id AND p.id = f.person_id
      WHERE f.token_hash = $1 AND f.revoked_at IS NULL AND p.active`,
    [tokenHash(token)],
  );
  if (!owner) return null;
  const settings = await loadTimelineSettings(dataSource.manager, owner.organisation_id);
  const events = await calendarEventsFor(
    dataSource.manager,
    { personId: owner.person_id, organisationId: owner.organisation_id, role: owner.role },
    settings,
  );
  const host = new URL(baseUrl).host;
  const calendar = ical({
    name: 'CHP Insight: my deadlines',
    prodId: { company: 'CHP Insight', product: 'Deadlines', language: 'EN' },
  });
  for (const e of events) {
    const url = new URL(e.link, baseUrl).toString();
    calendar.createEvent({
      id: `${e.uid}@${host}`,
      start: new Date(`${e.date}T00:00:00Z`),
      allDay: true,
      summary: e.summary,
      description: url,
      url,
    });
  }
  return calendar.toString();
}
