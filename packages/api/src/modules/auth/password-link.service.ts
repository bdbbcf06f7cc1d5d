import { randomBytes } from 'node:crypto';
import { PASSWORD_LINK_HOURS, type PasswordLinkPurpose } from '@chp/domain';
import type { ChpContext } from '../../core/context';
import { lockInScope, mutate, type Tx } from '../../core/mutation';
import { requireViewer } from '../../core/auth-checker';
import type { Role } from '../../core/role';
import {
  assertAcceptablePassword,
  assertServiceAreaInOrganisation,
  createPerson,
  endSessionsOf,
  hashPassword,
  PasswordCheckBusy,
  Person,
} from '../people';
import { authError, passwordCheckBusy } from './auth.errors';
import { tokenHash } from './session.service';

/** Where the dashboard opens a link (packages/web: the set-password page). */
export const PASSWORD_LINK_PATH = '/set-password';

export interface IssuedPasswordLink {
  purpose: PasswordLinkPurpose;
  /** The path with the token, e.g. `/set-password#token=…`; shown once, never stored. */
  path: string;
  expiresAt: Date;
  person: Person;
}

/**
 * An administrator's link for a member of staff to set their password (docs/procedure.md,
 * Accounts): an invitation for someone who has never had a password (valid 7 days), else a
 * password reset (valid 24 hours). Single use; only the token's SHA-256 is stored; issuing a new
 * link cancels the person's earlier unused ones. Until e-mail arrives the administrator passes
 * the link on. The token travels in the fragment, so it is not sent to the server with the page.
 */
export function issuePasswordLink(ctx: ChpContext, personId: string): Promise<IssuedPasswordLink> {
  return mutate(ctx, 'issuePasswordLink', async (tx) => {
    const person = await lockInScope(tx, Person, 'Person', personId);
    return writePasswordLink(tx, person);
  });
}

export interface Invitation {
  email: string;
  name: string;
  role: Role;
  serviceAreaId?: string | null;
}

/**
 * Invites a member of staff (docs/procedure.md, Accounts): adds them without a password and makes
 * their invitation link, in one transaction, so nobody is left half-invited.
 */
export async function invitePerson(
  ctx: ChpContext,
  invitation: Invitation,
): Promise<IssuedPasswordLink> {
  const viewer = requireViewer(ctx);
  await assertServiceAreaInOrganisation(ctx, viewer.organisationId, invitation.serviceAreaId);
  return mutate(ctx, 'invitePerson', async (tx) => {
    const id = await createPerson(tx.em, {
      ...invitation,
      name: invitation.name.trim(),
      organisationId: tx.viewer.organisationId,
    });
    await tx.audit({
      organisationId: tx.viewer.organisationId,
      entity: 'person',
      entityId: id,
      changes: {
        email: invitation.email,
        name: invitation.name.trim(),
        role: invitation.role,
        serviceAreaId: invitation.serviceAreaId ?? null,
      },
    });
    const person = await tx.em.getRepository(Person).findOneByOrFail({ id });
    return writePasswordLink(tx, person);
  });
}

/**
 * Issues `person`'s link inside the caller's transaction (the person already loaded, locked and
 * checked to be one the caller may act for): also the platform administrator's link for a new
 * organisation's first administrator.
 */
export async function writePasswordLink(tx: Tx, person: Person): Promise<IssuedPasswordLink> {
  if (!person.active) throw authError('PERSON_ACTIVE');
  const purpose: PasswordLinkPurpose = person.passwordHash ? 'reset' : 'invitation';
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(tx.now.getTime() + PASSWORD_LINK_HOURS[purpose] * 3600_000);
  await tx.em.query(`DELETE FROM password_link WHERE person_id = $1 AND used_at IS NULL`, [
    person.id,
  ]);
  await tx.em.query(
    `INSERT INTO password_link (token_hash, organisation_id, person_id, purpose, created_by, created_at, expires_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [
      tokenHash(token),
      person.organisationId,
      person.id,
      purpose,
      tx.viewer.personId,
      tx.now,
      expiresAt,
    ],
  );
  await tx.audit({
    organisationId: person.organisationId,
    entity: 'person',
    entityId: person.id,
    changes: { passwordLink: purpose, expiresAt: expiresAt.toISOString() },
  });
  return { purpose, path: `${PASSWORD_LINK_PATH}#token=${token}`, expiresAt, person };
}

interface LinkRow {
  person_id: string;
  purpose: PasswordLinkPurpose;
  expires_at: Date;
  used_at: Date | null;
}

/** The link's row if it may still be used at `now`; else the rule it breaks. */
function usable(row: LinkRow | undefined, person: Person | null, now: Date): LinkRow {
  if (!row || !person || !person.active) throw authError('LINK_UNKNOWN');
  if (row.used_at) throw authError('LINK_USED');
  if (row.expires_at.getTime() <= now.getTime()) throw authError('LINK_EXPIRED');
  return row;
}

export interface PasswordLinkInfo {
  purpose: PasswordLinkPurpose;
  expiresAt: Date;
  name: string;
  email: string;
}

/** What the set-password page shows before the password is chosen; refused like the link. */
export async function passwordLinkInfo(ctx: ChpContext, token: string): Promise<PasswordLinkInfo> {
  const rows: LinkRow[] = await ctx.dataSource.query(
    `SELECT person_id, purpose, expires_at, used_at FROM password_link WHERE token_hash = $1`,
    [tokenHash(token)],
  );
  const person = rows[0]
    ? await ctx.dataSource.getRepository(Person).findOneBy({ id: rows[0].person_id })
    : null;
  const row = usable(rows[0], person, ctx.clock());
  return {
    purpose: row.purpose,
    expiresAt: row.expires_at,
    name: person!.name,
    email: person!.email,
  };
}

/**
 * Sets a password with a link, once: the password must pass the password rules (it is checked
 * against the person's own name and e-mail); the link is then used up, and every session the
 * person had ends. In one transaction, the link's row locked, so two tabs cannot both use it.
 */
export async function setPasswordWithLink(
  ctx: ChpContext,
  token: string,
  password: string,
): Promise<boolean> {
  const now = ctx.clock();
  return ctx.dataSource.transaction(async (em) => {
    const rows: LinkRow[] = await em.query(
      `SELECT person_id, purpose, expires_at, used_at FROM password_link WHERE token_hash = $1 FOR UPDATE`,
      [tokenHash(token)],
    );
    const person = rows[0]
      ? await em.getRepository(Person).findOne({
          where: { id: rows[0].person_id },
          lock: { mode: 'pessimistic_write' },
        })
      : null;
    const row = usable(rows[0], person, now);
    const owner = person!;
    assertAcceptablePassword(password, owner);
    let hash: string;
    try {
      hash = await hashPassword(password);
    } catch (error) {
      if (error instanceof PasswordCheckBusy) throw passwordCheckBusy(error.retryAfterSeconds);
      throw error;
    }
    await em.query(
      `UPDATE person SET password_hash = $2, version = version + 1, updated_at = $3 WHERE id = $1`,
      [owner.id, hash, now],
    );
    await em.query(`UPDATE password_link SET used_at = $2 WHERE token_hash = $1`, [
      tokenHash(token),
      now,
    ]);
    await endSessionsOf(em, owner.id, now);
    await em.query(
      `INSERT INTO audit_log (organisation_id, at, actor_id, operation, entity, entity_id, changes)
       VALUES ($1, $2, $3, 'setPasswordWithLink', 'person', $4, $5)`,
      [owner.organisationId, now, owner.id, owner.id, JSON.stringify({ password: row.purpose })],
    );
    return true;
  });
}
