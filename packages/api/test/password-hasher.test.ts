import { randomBytes, scrypt, type ScryptOptions } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import {
  createPasswordHasher,
  PasswordCheckBusy,
  type PasswordHasher,
} from '../src/modules/people/password-hasher';
import { verifyPassword } from '../src/modules/people/password';

const CHEAP = { N: 2 ** 10, r: 8, p: 1 };

/** Node's own scrypt, on its own pool: what the hashing threads must agree with. */
const nodeScrypt = (password: string, salt: Buffer, options: ScryptOptions) =>
  new Promise<Buffer>((resolve, reject) =>
    scrypt(password, salt, 32, options, (error, key) => (error ? reject(error) : resolve(key))),
  );

describe('password hashing off the request path (docs/procedure.md, Accounts)', () => {
  let hasher: PasswordHasher | null = null;
  afterEach(async () => {
    await hasher?.close();
    hasher = null;
  });

  it('a hashing thread derives the same key as scrypt itself', async () => {
    hasher = createPasswordHasher({ threads: 1, queue: 4 });
    const salt = randomBytes(16);
    const key = await hasher.derive('correct horse battery staple', salt, 32, CHEAP);
    const expected = await nodeScrypt('correct horse battery staple', salt, CHEAP);
    expect(key.equals(expected)).toBe(true);
  });

  it('with its one thread busy and its queue of 2 full, a further check is refused at once with a retry time', async () => {
    hasher = createPasswordHasher({ threads: 1, queue: 2 });
    const salt = randomBytes(16);
    const heavy = { N: 2 ** 14, r: 8, p: 1 };
    const accepted = [1, 2, 3].map(() => hasher!.derive('x', salt, 32, heavy));
    expect(hasher.waiting).toBe(2);
    const refused = hasher.derive('x', salt, 32, heavy);
    await expect(refused).rejects.toBeInstanceOf(PasswordCheckBusy);
    await expect(
      refused.catch((e: PasswordCheckBusy) => e.retryAfterSeconds),
    ).resolves.toBeGreaterThanOrEqual(1);
    const keys = await Promise.all(accepted);
    expect(new Set(keys.map((k) => k.toString('hex'))).size).toBe(1);
  });

  it('a hash made before the threads (scrypt$N$r$p$salt$hash, any cost) still verifies', async () => {
    const salt = randomBytes(16);
    const key = await nodeScrypt('a long enough password', salt, CHEAP);
    const stored = [
      'scrypt',
      CHEAP.N,
      CHEAP.r,
      CHEAP.p,
      salt.toString('base64url'),
      key.toString('base64url'),
    ].join('$');
    expect(await verifyPassword('a long enough password', stored)).toBe(true);
    expect(await verifyPassword('a long enough passworD', stored)).toBe(false);
  });
});
