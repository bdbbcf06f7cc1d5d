import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedInStaff } from './support/extra-staff';
import { createWorld, tableCounts, type World, type WorldPerson } from './support/world';

const INVITE =
  'mutation($input: InvitationInput!) { invitePerson(input: $input) { purpose path expiresAt person { id name email role active serviceArea { name } } } }';
const UPDATE =
  'mutation($id: ID!, $c: PersonChangesInput!) { updatePerson(id: $id, changes: $c) { id role active version serviceArea { name } } }';
const END_SESSIONS = 'mutation($personId: ID!) { endSessions(personId: $personId) }';

describe('staff administration: invite, change, deactivate, reactivate, end sessions (docs/procedure.md, Accounts)', () => {
  let world: World;
  let admin: WorldPerson;
  beforeAll(async () => {
    world = await createWorld('2026-03-02T10:00:00Z');
    admin = world.org.people.admin;
  });
  afterAll(async () => {
    await world?.close();
  });

  const versionOf = async (id: string): Promise<number> =>
    (await world.gql<any>(`{ person(id: "${id}") { version } }`, {}, admin)).body.data.person
      .version;
  const update = async (as: WorldPerson, id: string, c: Record<string, unknown>) =>
    world.gql<any>(UPDATE, { id, c: { version: await versionOf(id), ...c } }, as);

  it('an invitation adds the person without a password and answers a 7-day single-use link', async () => {
    const res = await world.gql<any>(
      INVITE,
      {
        input: {
          email: 'isla.invited@clyde.example',
          name: 'Isla Invited',
          role: 'handler',
          serviceAreaId: world.org.serviceAreaIds[1],
        },
      },
      admin,
    );
    expect(res.body.errors).toBeUndefined();
    const link = res.body.data.invitePerson;
    expect(link).toMatchObject({
      purpose: 'invitation',
      expiresAt: '2026-03-09T10:00:00.000Z',
      person: {
        name: 'Isla Invited',
        role: 'handler',
        active: true,
        serviceArea: { name: 'Rents' },
      },
    });
    expect(link.path).toMatch(/^\/set-password#token=[\w-]{43}$/);
    const [row] = await world.db.dataSource.query(
      `SELECT password_hash, organisation_id FROM person WHERE id = $1`,
      [link.person.id],
    );
    expect(row).toEqual({ password_hash: null, organisation_id: world.org.id });
    const token = link.path.split('#token=')[1];
    const info = await world.gql<any>(`{ passwordLink(token: "${token}") { name purpose } }`);
    expect(info.body.data.passwordLink).toEqual({ name: 'Isla Invited', purpose: 'invitation' });
  });

  it('an invitation to an e-mail someone already signs in with is refused and adds nothing (CONFLICT EMAIL_TAKEN)', async () => {
    const before = await tableCounts(world.db);
    const res = await world.gql<any>(
      INVITE,
      {
        input: { email: world.org.people.handler.email.toUpperCase(), name: 'Twin', role: 'staff' },
      },
      admin,
    );
    expect(res.body.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      rule: 'EMAIL_TAKEN',
    });
    const after = await tableCounts(world.db);
    expect({ ...after, audit_log: before['audit_log'] }).toEqual(before);
  });

  it("an invitation into another organisation's service area is refused (BAD_USER_INPUT serviceAreaId exists)", async () => {
    const res = await world.gql<any>(
      INVITE,
      {
        input: {
          email: 'nosy@clyde.example',
          name: 'Nosy',
          role: 'staff',
          serviceAreaId: world.other.serviceAreaIds[0],
        },
      },
      admin,
    );
    expect(res.body.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'serviceAreaId',
      rule: 'exists',
    });
  });

  it('an administrator changes a role and a service area, and the audit log records both', async () => {
    const person = await signedInStaff(world, world.org, 'staff');
    const res = await update(admin, person.id, {
      role: 'handler',
      serviceAreaId: world.org.serviceAreaIds[2],
    });
    expect(res.body.data.updatePerson).toMatchObject({
      role: 'handler',
      serviceArea: { name: 'Estate management' },
    });
    const [audit] = await world.db.dataSource.query(
      `SELECT changes FROM audit_log WHERE entity_id = $1 AND operation = 'updatePerson'`,
      [person.id],
    );
    expect(audit.changes).toMatchObject({
      role: 'handler',
      serviceAreaId: world.org.serviceAreaIds[2],
    });
  });

  it('a changed role applies to the open session at once (the next request is a handler’s)', async () => {
    const person = await signedInStaff(world, world.org, 'staff');
    await update(admin, person.id, { role: 'handler' });
    const me = await world.gql<any>('{ me { role } }', {}, person);
    expect(me.body.data.me.role).toBe('handler');
  });

  it('a deactivated member of staff is signed out everywhere, and reactivating does not reopen a session', async () => {
    const person = await signedInStaff(world, world.org, 'handler');
    expect((await update(admin, person.id, { active: false })).body.data.updatePerson.active).toBe(
      false,
    );
    expect((await update(admin, person.id, { active: true })).body.data.updatePerson.active).toBe(
      true,
    );
    const me = await world.gql<any>('{ me { id } }', {}, person);
    expect(me.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('ending the sessions of a member of staff signs them out and answers how many ended', async () => {
    const person = await signedInStaff(world, world.org, 'manager');
    const res = await world.gql<any>(END_SESSIONS, { personId: person.id }, admin);
    expect(res.body.data.endSessions).toBe(1);
    const me = await world.gql<any>('{ me { id } }', {}, person);
    expect(me.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const [audit] = await world.db.dataSource.query(
      `SELECT changes FROM audit_log WHERE entity_id = $1 AND operation = 'endSessions'`,
      [person.id],
    );
    expect(audit.changes).toEqual({ sessionsEnded: 1 });
  });

  it('the only administrator cannot deactivate themselves (BAD_USER_INPUT active lastAdministrator), and stays active', async () => {
    const res = await update(admin, admin.id, { active: false });
    expect(res.body.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'active',
      rule: 'lastAdministrator',
    });
    const [row] = await world.db.dataSource.query(`SELECT active, role FROM person WHERE id = $1`, [
      admin.id,
    ]);
    expect(row).toEqual({ active: true, role: 'admin' });
  });

  it('the only administrator cannot make themselves a manager (BAD_USER_INPUT role lastAdministrator)', async () => {
    const res = await update(admin, admin.id, { role: 'manager' });
    expect(res.body.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'role',
      rule: 'lastAdministrator',
    });
  });

  it('with another active administrator, an administrator may step down to manager', async () => {
    const second = await signedInStaff(world, world.org, 'admin');
    const res = await update(second, second.id, { role: 'manager' });
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data.updatePerson.role).toBe('manager');
  });

  it("another organisation's administrator does not count: ours is still the last one", async () => {
    const theirs = world.other.people.admin;
    expect(theirs.role).toBe('admin');
    const res = await update(admin, admin.id, { active: false });
    expect(res.body.errors?.[0]?.extensions?.rule).toBe('lastAdministrator');
  });
});
