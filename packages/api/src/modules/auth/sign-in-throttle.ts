import { createHash } from 'node:crypto';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import type { DataSource } from 'typeorm';

/**
 * Sign-in throttling (docs/procedure.md, Accounts), with rate-limiter-flexible's PostgreSQL store
 * in the table `sign_in_attempt` (made by a migration, hence `tableCreated`): every process over
 * the same database counts the same failures.
 *
 * - Per account: 10 failed sign-ins within 15 minutes lock the account's sign-in for 15 minutes,
 *   from whatever address (guessing one person's password).
 * - Per address: 100 failed sign-ins within an hour lock that address out for an hour (trying
 *   one common password on many accounts); an office behind one address stays well inside it.
 *
 * An unknown e-mail is counted exactly like a known one, so the answers never tell which e-mails
 * have accounts. The account key is the SHA-256 of the lower-cased e-mail: the table holds no
 * e-mail addresses. A correct password clears its account's count (not its address's).
 * The limiter keeps its own clock (expiry in epoch milliseconds), not the request's.
 */
export const ACCOUNT_LIMIT = { points: 10, duration: 15 * 60, blockDuration: 15 * 60 };
export const ADDRESS_LIMIT = { points: 100, duration: 60 * 60, blockDuration: 60 * 60 };

export interface SignInThrottle {
  /** Milliseconds until this e-mail and address may try again; 0 when they may try now. */
  waitMs(email: string, address: string): Promise<number>;
  /** Counts one failed sign-in; the wait it imposes from now on (0 when none yet). */
  failed(email: string, address: string): Promise<number>;
  /** A correct password: the account's failures are forgotten. */
  succeeded(email: string): Promise<void>;
}

const accountKey = (email: string) =>
  createHash('sha256').update(email.trim().toLowerCase()).digest('hex');

function limiter(dataSource: DataSource, keyPrefix: string, limit: typeof ACCOUNT_LIMIT) {
  return new RateLimiterPostgres({
    storeClient: dataSource,
    storeType: 'typeorm',
    tableName: 'sign_in_attempt',
    tableCreated: true,
    keyPrefix,
    ...limit,
  });
}

/** The wait a limiter's answer imposes: its time left when over the limit, else none. */
const waitOf = (res: RateLimiterRes | null, points: number) =>
  res && res.consumedPoints > points ? Math.max(res.msBeforeNext, 1) : 0;

/** A rejection is the limiter's answer over the limit; anything else (the database) is thrown on. */
const overLimit = (error: unknown) => {
  if (error instanceof RateLimiterRes) return Math.max(error.msBeforeNext, 1);
  throw error;
};

export function createSignInThrottle(dataSource: DataSource): SignInThrottle {
  const account = limiter(dataSource, 'account', ACCOUNT_LIMIT);
  const address = limiter(dataSource, 'address', ADDRESS_LIMIT);
  return {
    async waitMs(email, from) {
      const [a, b] = await Promise.all([account.get(accountKey(email)), address.get(from)]);
      return Math.max(waitOf(a, ACCOUNT_LIMIT.points), waitOf(b, ADDRESS_LIMIT.points));
    },
    async failed(email, from) {
      const waits = await Promise.all([
        account.consume(accountKey(email)).then(() => 0, overLimit),
        address.consume(from).then(() => 0, overLimit),
      ]);
      return Math.max(...waits);
    },
    async succeeded(email) {
      await account.delete(accountKey(email));
    },
  };
}

const throttles = new WeakMap<DataSource, SignInThrottle>();

/** The throttle over a data source's database, one per data source. */
export function signInThrottle(dataSource: DataSource): SignInThrottle {
  let throttle = throttles.get(dataSource);
  if (!throttle) {
    throttle = createSignInThrottle(dataSource);
    throttles.set(dataSource, throttle);
  }
  return throttle;
}
