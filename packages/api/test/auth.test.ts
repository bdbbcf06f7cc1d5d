import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from '../src/modules/people/password';
import { createWorld, TEST_PASSWORD, type World } from './support/world';

describe('sign-in and sessions', () => {
  let world: World;
  beforeAll(async () => {
    world = await createWorld();
  });
  afterAll(async () => {
    await world?.close();
  });

  it('stores passwords as salted scrypt hashes that verify only the right password', async () => {
    const hash = await hashPassword('a long enough password', { N: 2 ** 10 });
    expect(hash).toMatch(/^scrypt\$1024\$8\$1\$/);
    expect(await verifyPassword('a long enough password', hash)).toBe(true);
    expect(await verifyPassword('a long enough passworD', hash)).toBe(false);
    expect(await hashPassword('a long enough password', { N: 2 ** 10 })).not.toBe(hash);
  });

  it('signs in with e-mail and password, returning a token that works as a bearer and sets a session cookie', async () => {
    const res = await fetch(`${world.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query:
          'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { token person { role } } }',
        variables: { e: world.org.people.handler.email.toUpperCase(), p: TEST_PASSWORD },
      }),
    });
    const body = (await res.json()) as any;
    expect(body.data.signIn.person.role).toBe('handler');
    expect(res.headers.get('set-cookie')).toMatch(/chp_session=[\w-]+;.*HttpOnly/i);
    const token = body.data.signIn.token as string;
    const me = await world.gql('{ me { email } }', {}, { ...world.org.people.handler, token });
    expect(me.body.data?.me.email).toBe(world.org.people.handler.email);
  });

  it('refuses a wrong password with UNAUTHENTICATED and writes nothing but nothing about which part was wrong', async () => {
    const res = await world.gql(
      'mutation { signIn(email: "' +
        world.org.people.handler.email +
        '", password: "wrong password!") { token } }',
    );
    expect(res.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(res.body.errors?.[0]?.message).toBe('E-mail or password is wrong');
  });

  it('answers UNAUTHENTICATED to a protected query without a session', async () => {
    const res = await world.gql('{ me { id } }');
    expect(res.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('signing out ends the session: the same token is then refused', async () => {
    const signIn = await world.gql<{ signIn: { token: string } }>(
      `mutation { signIn(email: "${world.org.people.manager.email}", password: "${TEST_PASSWORD}") { token } }`,
    );
    const session = { ...world.org.people.manager, token: signIn.body.data!.signIn.token };
    expect((await world.gql('mutation { signOut }', {}, session)).body.data?.signOut).toBe(true);
    expect((await world.gql('{ me { id } }', {}, session)).body.errors?.[0]?.extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
  });

  it('a deactivated member of staff can no longer use their session', async () => {
    const staff = world.org.staff2;
    const admin = world.org.people.admin;
    const before = await world.gql<{ person: { version: number } }>(
      `{ person(id: "${staff.id}") { version } }`,
      {},
      admin,
    );
    const res = await world.gql(
      `mutation($id: ID!, $c: PersonChangesInput!) { updatePerson(id: $id, changes: $c) { active } }`,
      { id: staff.id, c: { version: before.body.data!.person.version, active: false } },
      admin,
    );
    expect(res.body.data?.updatePerson.active).toBe(false);
    expect((await world.gql('{ me { id } }', {}, staff)).body.errors?.[0]?.extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
  });

  it('deletes expired sessions when anyone signs in (the world clock is 2 March 2026)', async () => {
    const person = world.org.people.staff;
    const ds = world.db.dataSource;
    const expiredHash = 'e'.repeat(64);
    const [row] = await ds.query(
      `INSERT INTO person_session (token_hash, organisation_id, person_id, created_at, expires_at)
       VALUES ($2, $3, $1, '2026-02-28T09:00:00Z', '2026-02-28T21:00:00Z')
       RETURNING token_hash`,
      [person.id, expiredHash, world.org.id],
    );
    expect(row.token_hash).toBe(expiredHash);
    const res = await world.gql(
      `mutation { signIn(email: "${world.org.people.manager.email}", password: "${TEST_PASSWORD}") { token } }`,
    );
    expect(res.body.errors).toBeUndefined();
    const left = await ds.query(`SELECT 1 FROM person_session WHERE token_hash = $1`, [
      expiredHash,
    ]);
    expect(left).toEqual([]);
  });
});
