import { createHash, randomBytes } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { queryPrepared } from '../../core/prepared-statements';
import type { Role } from '../../core/role';
import type { Viewer } from '../../core/viewer';
import { ORGANISATION_CALENDAR_COLUMNS, type OrganisationCalendarRow } from '../calendar';

export const SESSION_COOKIE = 'chp_session';
export const SESSION_HOURS = 12;

export const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex');

/**
 * Opens a session; only the token's hash is stored. Every sign-in also deletes the sessions (of
 * anyone) that have expired, so none outlives its 12 hours by more than the time to the next one.
 */
export async function openSession(
  em: EntityManager,
  personId: string,
  now: Date,
): Promise<{ token: string; expiresAt: Date }> {
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + SESSION_HOURS * 3600_000);
  await em.query(`DELETE FROM person_session WHERE expires_at <= $1`, [now]);
  await em.query(
    `INSERT INTO person_session (token_hash, organisation_id, person_id, created_at, expires_at)
     SELECT $1, organisation_id, id, $3, $4 FROM person WHERE id = $2`,
    [tokenHash(token), personId, now, expiresAt],
  );
  return { token, expiresAt };
}

export async function closeSession(em: EntityManager, token: string, now: Date): Promise<boolean> {
  const result: [unknown[], number] = await em.query(
    `UPDATE person_session SET revoked_at = $2 WHERE token_hash = $1 AND revoked_at IS NULL`,
    [tokenHash(token), now],
  );
  return result[1] > 0;
}

/** A signed-in session: its viewer, and their organisation's calendar read in the same statement. */
export interface SignedIn {
  viewer: Viewer;
  organisationCalendar: OrganisationCalendarRow;
}

/**
 * The viewer behind a token, with their organisation's calendar, in one statement (issue 19: the
 * session and the organisation read once per request); null when unknown, expired, revoked or
 * deactivated.
 */
export async function sessionForToken(
  ds: DataSource,
  token: string,
  now: Date,
): Promise<SignedIn | null> {
  const rows: ({
    id: string;
    name: string;
    organisation_id: string;
    role: Role;
    platform_admin: boolean;
    figure_organisation_ids: string[];
  } & OrganisationCalendarRow)[] = await queryPrepared(
    ds,
    // group access: the figures of every organisation in the person's organisation's group
    `SELECT p.id, p.name, p.organisation_id, p.role, p.platform_admin,
            array(SELECT g.id FROM organisation g
                  WHERE g.id = p.organisation_id OR (p.group_access AND g.group_id = o.group_id)
                  ORDER BY g.id) AS figure_organisation_ids,
            ${ORGANISATION_CALENDAR_COLUMNS}
       FROM person_session s JOIN person p ON p.id = s.person_id AND p.organisation_id = s.organisation_id
       JOIN organisation o ON o.id = p.organisation_id
      WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > $2 AND p.active`,
    [tokenHash(token), now],
  );
  const row = rows[0];
  if (!row) return null;
  return {
    viewer: {
      personId: row.id,
      name: row.name,
      organisationId: row.organisation_id,
      role: row.role,
      organisationIds: [row.organisation_id],
      figureOrganisationIds: row.figure_organisation_ids,
      platformAdmin: row.platform_admin,
    },
    organisationCalendar: { cut_off_time: row.cut_off_time, days: row.days },
  };
}

/** The viewer behind a token; null when unknown, expired, revoked or deactivated. */
export async function viewerForToken(
  ds: DataSource,
  token: string,
  now: Date,
): Promise<Viewer | null> {
  return (await sessionForToken(ds, token, now))?.viewer ?? null;
}

/** The token from `Authorization: Bearer ...`, else from the session cookie. */
export function tokenFromRequest(req: {
  get(name: string): string | undefined;
  cookies?: Record<string, string>;
}): string | null {
  const header = req.get('authorization');
  const bearer = header?.match(/^Bearer\s+([\w-]{20,200})$/i)?.[1];
  if (bearer) return bearer;
  const cookie = req.cookies?.[SESSION_COOKIE];
  return typeof cookie === 'string' && /^[\w-]{20,200}$/.test(cookie) ? cookie : null;
}
