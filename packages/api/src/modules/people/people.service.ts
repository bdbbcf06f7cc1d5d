import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { hashPassword } from './password';
import type { Role } from '../../core/role';
import { peopleError } from './people.errors';

export interface NewPerson {
  organisationId: string;
  email: string;
  name: string;
  role: Role;
  serviceAreaId?: string | null;
  password?: string | null;
  groupAccess?: boolean;
}

/** Adds a member of staff. E-mail addresses are unique across the deployment (they sign in with it). */
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
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [
      id,
      input.organisationId,
      input.email.trim(),
      input.name,
      input.role,
      input.serviceAreaId ?? null,
      input.password ? await hashPassword(input.password, hashCost) : null,
      input.groupAccess ?? false,
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
