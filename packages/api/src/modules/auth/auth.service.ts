import type { ChpContext } from '../../core/context';
import { Person } from '../people';
import { unauthenticated } from '../../core/errors';
import { hashPassword, verifyPassword } from '../people';
import { closeSession, openSession } from './session.service';
import { authError } from './auth.errors';

// Compared against when the e-mail is unknown, so a wrong e-mail takes as long as a wrong password.
let decoyHash: Promise<string> | null = null;

export async function signIn(ctx: ChpContext, email: string, password: string) {
  if (email.length > 254 || password.length > 200) throw authError('EMAIL_MAX_LENGTH');
  const person = await ctx.dataSource
    .getRepository(Person)
    .createQueryBuilder('p')
    .where('lower(p.email) = lower(:email)', { email: email.trim() })
    .getOne();
  const stored =
    person?.active && person.passwordHash
      ? person.passwordHash
      : await (decoyHash ??= hashPassword('decoy'));
  const ok = await verifyPassword(password, stored);
  if (!person || !person.active || !person.passwordHash || !ok)
    throw unauthenticated('E-mail or password is wrong');
  const now = ctx.clock();
  return ctx.dataSource.transaction(async (em) => {
    const session = await openSession(em, person.id, now);
    await em.query(
      `INSERT INTO audit_log (organisation_id, at, actor_id, operation, entity, entity_id) VALUES ($1, $2, $3, 'signIn', 'person', $4)`,
      [person.organisationId, now, person.id, person.id],
    );
    return { ...session, person };
  });
}

export async function signOut(ctx: ChpContext): Promise<boolean> {
  if (!ctx.token || !ctx.viewer) return false;
  const { token, viewer } = ctx;
  const now = ctx.clock();
  return ctx.dataSource.transaction(async (em) => {
    const closed = await closeSession(em, token, now);
    await em.query(
      `INSERT INTO audit_log (organisation_id, at, actor_id, operation, entity, entity_id) VALUES ($1, $2, $3, 'signOut', 'person', $4)`,
      [viewer.organisationId, now, viewer.personId, viewer.personId],
    );
    return closed;
  });
}
