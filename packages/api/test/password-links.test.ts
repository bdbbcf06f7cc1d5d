import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createWorld, TEST_PASSWORD, type World, type WorldPerson } from './support/world';

const ISSUE =
  'mutation($id: ID!) { issuePasswordLink(personId: $id) { purpose path expiresAt person { id } } }';
const SET = 'mutation($t: String!, $p: String!) { setPasswordWithLink(token: $t, password: $p) }';
const INFO = 'query($t: String!) { passwordLink(token: $t) { purpose expiresAt name email } }';
const SIGN_IN = 'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { token } }';
const NEW_PASSWORD = 'heather on the hillside';

const tokenOf = (path: string) => /#token=([\w-]+)$/.exec(path)![1]!;

describe('invitations and password resets by a single-use, expiring link (docs/procedure.md, Accounts)', () => {
  let world: World;
  beforeAll(async () => {
    world = await createWorld();
  });
  afterAll(async () => {
    await world?.close();
  });
  beforeEach(() => world.setNow('2026-03-02T10:00:00Z'));

  const admin = () => world.org.people.admin;
  async function newcomer(name = 'Iona Newcomer'): Promise<{ id: string; email: string }> {
    const email = `i.${randomBytes(4).toString('hex')}@clyde.example`;
    const res = await world.gql<any>(
      'mutation($i: NewPersonInput!) { createPerson(input: $i) { id email } }',
      { i: { email, name, role: 'handler' } },
      admin(),
    );
    return res.body.data.createPerson;
  }
  async function issue(personId: string) {
    const res = await world.gql<any>(ISSUE, { id: personId }, admin());
    expect(res.body.errors, JSON.stringify(res.body.errors)).toBeUndefined();
    return res.body.data.issuePasswordLink as { purpose: string; path: string; expiresAt: string };
  }
  const setPassword = (token: string, password = NEW_PASSWORD) =>
    world.gql<any>(SET, { t: token, p: password });

  it('someone who never had a password gets an invitation valid for 7 days, shown to the administrator as a path', async () => {
    const person = await newcomer();
    const link = await issue(person.id);
    expect(link.purpose).toBe('invitation');
    expect(link.path).toMatch(/^\/set-password#token=[\w-]{43}$/);
    expect(link.expiresAt).toBe('2026-03-09T10:00:00.000Z');
  });

  it('accepting the invitation sets the password: the newcomer can then sign in', async () => {
    const person = await newcomer();
    const token = tokenOf((await issue(person.id)).path);
    const info = await world.gql<any>(INFO, { t: token });
    expect(info.body.data.passwordLink).toMatchObject({
      purpose: 'invitation',
      email: person.email,
    });
    expect((await setPassword(token)).body.data?.setPasswordWithLink).toBe(true);
    const signIn = await world.gql<any>(SIGN_IN, { e: person.email, p: NEW_PASSWORD });
    expect(signIn.body.errors).toBeUndefined();
  });

  it('a link cannot be used twice (LINK_USED)', async () => {
    const token = tokenOf((await issue((await newcomer()).id)).path);
    expect((await setPassword(token)).body.data?.setPasswordWithLink).toBe(true);
    const again = await setPassword(token, 'another fine passphrase');
    expect(again.body.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'token',
      rule: 'LINK_USED',
    });
  });

  it('an invitation issued 2 March 10:00 still works 9 March 09:59:59 (7 days)', async () => {
    const token = tokenOf((await issue((await newcomer()).id)).path);
    world.setNow('2026-03-09T09:59:59Z');
    expect((await setPassword(token)).body.data?.setPasswordWithLink).toBe(true);
  });

  it('an invitation issued 2 March 10:00 is refused from 9 March 10:00:00 (LINK_EXPIRED), and sets nothing', async () => {
    const person = await newcomer();
    const token = tokenOf((await issue(person.id)).path);
    world.setNow('2026-03-09T10:00:00Z');
    expect((await setPassword(token)).body.errors?.[0]?.extensions?.rule).toBe('LINK_EXPIRED');
    expect((await world.gql<any>(INFO, { t: token })).body.errors?.[0]?.extensions?.rule).toBe(
      'LINK_EXPIRED',
    );
    const [row] = await world.db.dataSource.query(
      `SELECT password_hash FROM person WHERE id = $1`,
      [person.id],
    );
    expect(row.password_hash).toBeNull();
  });

  it('someone with a password gets a reset link valid for 24 hours: 3 March 09:59:59 works, 10:00:00 does not', async () => {
    const staff = world.org.staff2;
    const first = await issue(staff.id);
    expect(first.purpose).toBe('reset');
    expect(first.expiresAt).toBe('2026-03-03T10:00:00.000Z');
    world.setNow('2026-03-03T10:00:00Z');
    expect((await setPassword(tokenOf(first.path))).body.errors?.[0]?.extensions?.rule).toBe(
      'LINK_EXPIRED',
    );
    world.setNow('2026-03-02T10:00:00Z');
    const second = await issue(staff.id);
    world.setNow('2026-03-03T09:59:59Z');
    expect((await setPassword(tokenOf(second.path))).body.data?.setPasswordWithLink).toBe(true);
  });

  it('a new link cancels the earlier unused one (LINK_UNKNOWN)', async () => {
    const person = await newcomer();
    const first = tokenOf((await issue(person.id)).path);
    const second = tokenOf((await issue(person.id)).path);
    expect((await setPassword(first)).body.errors?.[0]?.extensions?.rule).toBe('LINK_UNKNOWN');
    expect((await setPassword(second)).body.data?.setPasswordWithLink).toBe(true);
  });

  it('a token that was never issued is refused (LINK_UNKNOWN)', async () => {
    const res = await setPassword(randomBytes(32).toString('base64url'));
    expect(res.body.errors?.[0]?.extensions?.rule).toBe('LINK_UNKNOWN');
  });

  it('only the SHA-256 of the token is stored', async () => {
    const token = tokenOf((await issue((await newcomer()).id)).path);
    const rows = await world.db.dataSource.query(
      `SELECT 1 FROM password_link WHERE token_hash = $1 OR token_hash = encode(sha256($1::bytea), 'hex')`,
      [token],
    );
    expect(rows).toHaveLength(1);
    const raw = await world.db.dataSource.query(
      `SELECT 1 FROM password_link WHERE token_hash = $1`,
      [token.padEnd(64).slice(0, 64)],
    );
    expect(raw).toEqual([]);
  });

  it('the password rules apply: a common password is refused (commonPassword) and the link stays usable', async () => {
    const token = tokenOf((await issue((await newcomer()).id)).path);
    const refused = await setPassword(token, 'qwertyuiop2026');
    expect(refused.body.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'password',
      rule: 'commonPassword',
    });
    expect((await setPassword(token)).body.data?.setPasswordWithLink).toBe(true);
  });

  it("the password rules apply: the person's own name is refused (containsName)", async () => {
    const token = tokenOf((await issue((await newcomer('Ailsa Kerrigan')).id)).path);
    const refused = await setPassword(token, 'Kerrigan of Clydebank');
    expect(refused.body.errors?.[0]?.extensions?.rule).toBe('containsName');
  });

  it('a password reset by link ends every session of that person', async () => {
    const person = world.org.manager2;
    const second = await world.gql<any>(SIGN_IN, { e: person.email, p: TEST_PASSWORD });
    const sessions: WorldPerson[] = [person, { ...person, token: second.body.data.signIn.token }];
    for (const s of sessions)
      expect((await world.gql('{ me { id } }', {}, s)).body.errors).toBeUndefined();
    expect((await setPassword(tokenOf((await issue(person.id)).path))).body.errors).toBeUndefined();
    for (const s of sessions)
      expect((await world.gql('{ me { id } }', {}, s)).body.errors?.[0]?.extensions?.code).toBe(
        'UNAUTHENTICATED',
      );
  });
});

describe('a reset or deactivation by the administrator ends every session (docs/procedure.md, Accounts)', () => {
  let world: World;
  beforeAll(async () => {
    world = await createWorld();
  });
  afterAll(async () => {
    await world?.close();
  });

  const update = async (person: WorldPerson, changes: Record<string, unknown>) => {
    const admin = world.org.people.admin;
    const { body } = await world.gql<any>(`{ person(id: "${person.id}") { version } }`, {}, admin);
    const res = await world.gql<any>(
      'mutation($id: ID!, $c: PersonChangesInput!) { updatePerson(id: $id, changes: $c) { id } }',
      { id: person.id, c: { version: body.data.person.version, ...changes } },
      admin,
    );
    expect(res.body.errors, JSON.stringify(res.body.errors)).toBeUndefined();
  };
  const me = (as: WorldPerson) => world.gql('{ me { id } }', {}, as);

  it('setting a new password ends the sessions the person had', async () => {
    const person = world.org.people.handler;
    expect((await me(person)).body.errors).toBeUndefined();
    await update(person, { password: 'a brand new passphrase' });
    expect((await me(person)).body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('a deactivated person’s sessions stay ended when they are reactivated', async () => {
    const person = world.org.staff2;
    await update(person, { active: false });
    await update(person, { active: true });
    expect((await me(person)).body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('renaming someone leaves their sessions alone', async () => {
    const person = world.org.people.communications;
    await update(person, { name: 'Renamed Communications' });
    expect((await me(person)).body.errors).toBeUndefined();
  });
});
