import type { ChpContext } from '../../core/context';
import { Person, PasswordCheckBusy } from '../people';
import { unauthenticated } from '../../core/errors';
import { hashPassword, verifyPassword } from '../people';
import { openSession, closeSession } from './session.service';
import { authError, passwordCheckBusy, signInThrottled } from './auth.errors';
import { signInThrottle } from './sign-in-throttle';

// Compared against when the e-mail is unknown, so a wrong e-mail takes as long as a wrong password.
let decoyHash: Promise<string> | null = null;

/** A password check on the hashing threads; a full queue is answered 503 + Retry-After. */
async function passwordMatches(password: string, stored: string): Promise<boolean> {
  try {
    return await verifyPassword(password, stored);
  } catch (error) {
    if (error instanceof PasswordCheckBusy) throw passwordCheckBusy(error.retryAfterSeconds);
    throw error;
  }
}

/**
 * Signs in with e-mail and password (docs/procedure.md, Accounts). Throttled per account and per
 * address (sign-in-throttle.ts); an unknown e-mail, a deactivated person and a wrong password get
 * the same answer after the same work (one password check), and count the same failures.
 */
export async function signIn(ctx: ChpContext, email: string, password: string) {
  if (email.length > 254 || password.length > 200) throw authError('EMAIL_MAX_LENGTH');
  const throttle = signInThrottle(ctx.dataSource);
  const address = ctx.clientAddress ?? 'unknown';
  const wait = await throttle.waitMs(email, address);
  if (wait > 0) throw signInThrottled(wait);
  const person = await ctx.dataSource
    .getRepository(Person)
    .createQueryBuilder('p')
    .where('lower(p.email) = lower(:email)', { email: email.trim() })
    .getOne();
  const stored =
    person?.active && person.passwordHash
      ? person.passwordHash
      : await (decoyHash ??= hashPassword('decoy'));
  const ok = await passwordMatches(password, stored);
  if (!person || !person.active || !person.passwordHash || !ok) {
    const waitNow = await throttle.failed(email, address);
    if (waitNow > 0) throw signInThrottled(waitNow);
    throw unauthenticated('E-mail or password is wrong');
  }
  await throttle.succeeded(email);
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
