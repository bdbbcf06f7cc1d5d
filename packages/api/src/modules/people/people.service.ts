import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { hashPassword } from './password';
import type { Role } from '../../core/role';
import { keepsAnAdministrator } from '@chp/domain';
import { peopleError } from './people.errors';
import { serviceAreaById } from './people.loaders';
import type { ChpContext } from '../../core/context';

export interface NewPerson {
  organisationId: string;
  email: string;
  name: string;
  role: Role;
  serviceAreaId?: string | null;
  password?: string | null;
}

/**
 * Adds a member of staff, without group access: only the platform administrator grants that
 * (setGroupAccess). E-mail addresses are unique across the deployment (they sign in with it).
 */
export async function createPerson(
  em: EntityManager,
  input: NewPerson,
  hashCost?: { N: number },
): Promise<string> {
  const taken: unknown[] = await em.query(`SELECT 1 FROM person WHERE lower(email) = lower($1)`, [
    input.email,
  ]);
  if (taken.length > 0) throw peopleError('EMAIL_TAKEN');
  const id = randomUUID();
  await em.query(
    `INSERT INTO person (id, organisation_id, email, name, role, service_area_id, password_hash, group_access)
     VALUES ($1, $2, $3, $4, $5, $6, $7, false)`,
    [
      id,
      input.organisationId,
      input.email.trim(),
      input.name,
      input.role,
      input.serviceAreaId ?? null,
      input.password ? await hashPassword(input.password, hashCost) : null,
    ],
  );
  return id;
}

/**
 * Ends every open session of a person: when their password is reset or they are deactivated
 * (docs/procedure.md, Accounts), so a stolen session or a leaver's open tab stops working at once.
 */
export async function endSessionsOf(
  em: EntityManager,
  personId: string,
  now: Date,
): Promise<number> {
  const result: [unknown[], number] = await em.query(
    `UPDATE person_session SET revoked_at = $2 WHERE person_id = $1 AND revoked_at IS NULL`,
    [personId, now],
  );
  return result[1];
}

/**
 * BAD_USER_INPUT lastAdministrator when `change` would leave the organisation without an active
 * administrator (docs/procedure.md, Accounts). The active administrators' rows are locked, so two
 * administrators demoting each other at once cannot both succeed.
 */
export async function assertKeepsAnAdministrator(
  em: EntityManager,
  organisationId: string,
  change: { id: string; role?: Role; active?: boolean },
): Promise<void> {
  const admins: { id: string; role: Role; active: boolean }[] = await em.query(
    `SELECT id, role, active FROM person WHERE organisation_id = $1 AND role = 'admin' AND active ORDER BY id FOR UPDATE`,
    [organisationId],
  );
  if (!admins.some((a) => a.id === change.id)) return; // not an administrator now: nothing lost
  if (!keepsAnAdministrator(admins, change)) {
    throw peopleError(
      change.active === false ? 'ACTIVE_LAST_ADMINISTRATOR' : 'ROLE_LAST_ADMINISTRATOR',
    );
  }
}

/** BAD_USER_INPUT serviceAreaId exists unless the service area is one of `organisationId`'s. */
export async function assertServiceAreaInOrganisation(
  ctx: ChpContext,
  organisationId: string,
  serviceAreaId: string | null | undefined,
): Promise<void> {
  if (!serviceAreaId) return;
  const area = await ctx.loaders.get(serviceAreaById).load(serviceAreaId);
  if (!area || area.organisationId !== organisationId) throw peopleError('SERVICE_AREA_ID_EXISTS');
}
