import { randomBytes, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { getConfig } from '../../config';
import { createPasswordHasher, type PasswordHasher } from './password-hasher';

export { PasswordCheckBusy } from './password-hasher';

// scrypt with OWASP's recommended cost (N=2^17, r=8, p=1): memory-hard, in Node's standard library.
// A hash records its own cost, so hashes made with another cost keep verifying.
const COST = { N: 2 ** 17, r: 8, p: 1, maxmem: 256 * 1024 * 1024 } satisfies ScryptOptions;
const KEY_LENGTH = 32;

let hasher: PasswordHasher | null = null;

/** The process's hashing threads (password-hasher.ts), started on first use. */
function passwordHasher(): PasswordHasher {
  hasher ??= createPasswordHasher({
    threads: getConfig().passwordHashThreads,
    queue: getConfig().passwordHashQueue,
  });
  return hasher;
}

function derive(password: string, salt: Buffer, options: ScryptOptions): Promise<Buffer> {
  return passwordHasher().derive(password.normalize('NFKC'), salt, KEY_LENGTH, options);
}

/** `scrypt$N$r$p$salt$hash`, salt and hash in base64url. */
export async function hashPassword(
  password: string,
  cost: Partial<ScryptOptions> = {},
): Promise<string> {
  const options = { ...COST, ...cost };
  const salt = randomBytes(16);
  const key = await derive(password, salt, options);
  return [
    'scrypt',
    options.N,
    options.r,
    options.p,
    salt.toString('base64url'),
    key.toString('base64url'),
  ].join('$');
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !n || !r || !p || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64url');
  const key = await derive(password, Buffer.from(salt, 'base64url'), {
    N: Number(n),
    r: Number(r),
    p: Number(p),
    maxmem: COST.maxmem,
  });
  return key.length === expected.length && timingSafeEqual(key, expected);
}
