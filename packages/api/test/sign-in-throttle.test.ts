import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { createDataSource } from '../src/db/data-source';
import {
  ACCOUNT_LIMIT,
  ADDRESS_LIMIT,
  createSignInThrottle,
} from '../src/modules/auth/sign-in-throttle';
import { createWorld, TEST_PASSWORD, type World } from './support/world';

const SIGN_IN = 'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { token } }';

describe('sign-in throttling (docs/procedure.md, Accounts)', () => {
  let world: World;
  let secondProcess: DataSource;
  beforeAll(async () => {
    world = await createWorld();
    // Another process over the same database: its own pool and its own limiter.
    secondProcess = createDataSource(world.db.url);
    await secondProcess.initialize();
  });
  afterAll(async () => {
    await secondProcess?.destroy();
    await world?.close();
  });

  const signIn = (email: string, password: string) => world.gql(SIGN_IN, { e: email, p: password });

  it('20 wrong passwords for one account: the first 10 are wrong, the next 10 are refused with a wait of 15 minutes (HTTP 429, Retry-After)', async () => {
    const email = world.org.people.handler.email;
    const answers = [];
    for (let i = 0; i < 20; i++) answers.push(await signIn(email, `wrong password ${i}`));
    expect(
      answers.slice(0, ACCOUNT_LIMIT.points).map((a) => a.body.errors?.[0]?.extensions?.code),
    ).toEqual(Array(10).fill('UNAUTHENTICATED'));
    for (const refused of answers.slice(ACCOUNT_LIMIT.points)) {
      const error = refused.body.errors?.[0];
      expect(error?.extensions).toMatchObject({ code: 'RATE_LIMITED', rule: 'SIGN_IN_THROTTLED' });
      expect(error?.extensions?.waitMinutes).toBeGreaterThanOrEqual(1);
      expect(error?.extensions?.waitMinutes).toBeLessThanOrEqual(15);
      expect(error?.message).toMatch(/Try again in \d+ minutes?/);
      expect(refused.status).toBe(429);
      expect(Number(refused.headers.get('retry-after'))).toBe(error?.extensions?.retryAfter);
    }
  });

  it('while the account is locked, even the right password is refused with the wait', async () => {
    const email = world.org.people.handler.email;
    const res = await signIn(email, TEST_PASSWORD);
    expect(res.body.errors?.[0]?.extensions?.rule).toBe('SIGN_IN_THROTTLED');
    expect(res.body.data?.signIn ?? null).toBeNull();
  });

  it('another process over the same database sees the same count: the account is locked there too, another is not', async () => {
    const there = createSignInThrottle(secondProcess);
    const address = '192.0.2.44'; // not the address the failures came from: the account itself is locked
    expect(await there.waitMs(world.org.people.handler.email, address)).toBeGreaterThan(0);
    expect(await there.waitMs(world.org.people.manager.email, address)).toBe(0);
  });

  it('a failure counted by another process counts here: 10 there, the next one here is refused', async () => {
    const there = createSignInThrottle(secondProcess);
    const email = world.org.people.communications.email;
    for (let i = 0; i < ACCOUNT_LIMIT.points; i++) await there.failed(email, '192.0.2.45');
    const res = await signIn(email, 'wrong once more');
    expect(res.body.errors?.[0]?.extensions?.rule).toBe('SIGN_IN_THROTTLED');
  });

  it('an unknown e-mail answers exactly like a wrong password, and is locked after as many tries', async () => {
    const known = world.org.people.senior_manager.email;
    const unknown = `nobody.${randomBytes(4).toString('hex')}@clyde.example`;
    for (let i = 0; i < ACCOUNT_LIMIT.points + 1; i++) {
      const [a, b] = [
        await signIn(known, 'wrong password!'),
        await signIn(unknown, 'wrong password!'),
      ];
      const shape = (r: typeof a) => ({
        status: r.status,
        retryAfter: r.headers.get('retry-after') !== null,
        data: r.body.data ?? null,
        errors: r.body.errors?.map((e) => ({
          message: e.message.replace(/\d+ minutes?/, 'N minutes'),
          extensions: {
            ...e.extensions,
            retryAfter: typeof e.extensions?.retryAfter,
            requestId: undefined,
          },
        })),
      });
      expect(shape(b)).toEqual(shape(a));
    }
    // an unknown e-mail is hashed against a stand-in at the real cost (so it takes as long as a
    // wrong password): 11 such hashes take seconds, and several times longer on a busy machine
  }, 120_000);

  it('a correct password forgets the account’s failures: 9 wrong, right, 9 wrong again are not locked', async () => {
    const email = world.org.people.admin.email;
    for (let i = 0; i < ACCOUNT_LIMIT.points - 1; i++) await signIn(email, 'wrong password!');
    expect((await signIn(email, TEST_PASSWORD)).body.errors).toBeUndefined();
    const again = [];
    for (let i = 0; i < ACCOUNT_LIMIT.points - 1; i++)
      again.push(await signIn(email, 'wrong password!'));
    expect(again.map((a) => a.body.errors?.[0]?.extensions?.code)).toEqual(
      Array(ACCOUNT_LIMIT.points - 1).fill('UNAUTHENTICATED'),
    );
  });

  it(`one address failing on ${ADDRESS_LIMIT.points} different accounts is locked out for any account`, async () => {
    const throttle = createSignInThrottle(world.db.dataSource);
    const address = '198.51.100.7';
    for (let i = 0; i < ADDRESS_LIMIT.points; i++)
      await throttle.failed(`spray${i}@clyde.example`, address);
    expect(await throttle.waitMs('fresh@clyde.example', address)).toBe(0);
    expect(await throttle.failed('fresh@clyde.example', address)).toBeGreaterThan(0);
    expect(await throttle.waitMs('another@clyde.example', address)).toBeGreaterThan(0);
    expect(await throttle.waitMs('another@clyde.example', '198.51.100.8')).toBe(0);
  });

  it('stores no e-mail address in the counts', async () => {
    const rows: { key: string }[] = await world.db.dataSource.query(
      `SELECT key FROM sign_in_attempt`,
    );
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.filter((r) => r.key.includes('@'))).toEqual([]);
  });
});
