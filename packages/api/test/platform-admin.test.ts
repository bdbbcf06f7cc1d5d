import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorld, type World } from './support/world';

const CREATE =
  'mutation($input: NewOrganisationInput!) { createOrganisation(input: $input) { organisation { id name slug sector personTerm cutOffTime financialYearStartMonth group { name } } administrator { id email role } passwordLinkPath passwordLinkExpiresAt } }';
const GROUP =
  'mutation($input: NewOrganisationGroupInput!) { createOrganisationGroup(input: $input) { id name } }';
const SET_GROUP =
  'mutation($o: ID!, $g: ID) { setOrganisationGroup(organisationId: $o, groupId: $g) { id group { id } } }';
const SET_PASSWORD =
  'mutation($t: String!, $p: String!) { setPasswordWithLink(token: $t, password: $p) }';
const SIGN_IN = 'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { token } }';
const NEW_PASSWORD = 'heather on the ochil hills';
const SET_GROUP_ACCESS =
  'mutation($p: ID!, $a: Boolean!) { setGroupAccess(personId: $p, groupAccess: $a) { person { groupAccess } } }';
const SEEN = '{ organisations { id } }';

/** The platform administrator (README, Platform administrator; docs/architecture.md, Organisations and groups). */
describe('the platform administrator creates organisations and groups', () => {
  let world: World;
  beforeAll(async () => {
    world = await createWorld('2026-03-02T10:00:00Z');
  });
  afterAll(async () => {
    await world?.close();
  });

  it('creates a college with the sector defaults and an administrator who sets a password with the single-use link and signs in', async () => {
    const res = await world.gql<any>(
      CREATE,
      {
        input: {
          name: 'Ochil College',
          slug: 'ochil-college',
          sector: 'further_education',
          administratorName: 'Kirsty Imrie',
          administratorEmail: 'kirsty.imrie@ochil.example',
        },
      },
      world.platformAdmin,
    );
    expect(res.body.errors, JSON.stringify(res.body.errors)).toBeUndefined();
    const created = res.body.data.createOrganisation;
    // docs/procedure.md, Sector settings: colleges say "complainant" and cut off at 17:00
    expect(created.organisation).toMatchObject({ personTerm: 'complainant', cutOffTime: '17:00' });
    // docs/procedure.md, Reporting and publishing: a college reports by academic year, from August
    expect(created.organisation.financialYearStartMonth).toBe(8);
    expect(created.administrator.role).toBe('admin');
    // an invitation: valid 7 days (docs/procedure.md, Accounts)
    expect(new Date(created.passwordLinkExpiresAt).toISOString()).toBe('2026-03-09T10:00:00.000Z');
    const token = created.passwordLinkPath.split('#token=')[1];
    const set = await world.gql<any>(SET_PASSWORD, { t: token, p: NEW_PASSWORD });
    expect(set.body.data?.setPasswordWithLink).toBe(true);
    const again = await world.gql<any>(SET_PASSWORD, { t: token, p: NEW_PASSWORD });
    expect(again.body.errors?.[0]?.extensions?.rule).toBe('LINK_USED');
    const signIn = await world.gql<any>(SIGN_IN, {
      e: 'kirsty.imrie@ochil.example',
      p: NEW_PASSWORD,
    });
    expect(signIn.body.errors).toBeUndefined();
    const [rootCauses] = await world.db.dataSource.query(
      `SELECT count(*)::int AS n FROM root_cause WHERE organisation_id = $1`,
      [created.organisation.id],
    );
    expect(rootCauses.n).toBeGreaterThan(0);
  });

  it("puts organisations in a group: a member's group reader then reads both members' figures, and taking one out ends it", async () => {
    const group = await world.gql<any>(
      GROUP,
      { input: { name: 'Clyde and Forth Group', slug: 'clyde-and-forth' } },
      world.platformAdmin,
    );
    const groupId = group.body.data.createOrganisationGroup.id;
    for (const o of [world.org.id, world.other.id]) {
      const set = await world.gql<any>(SET_GROUP, { o, g: groupId }, world.platformAdmin);
      expect(set.body.data.setOrganisationGroup.group.id).toBe(groupId);
    }
    await world.db.dataSource.query(`UPDATE person SET group_access = true WHERE id = $1`, [
      world.org.people.manager.id,
    ]);
    const figures =
      '{ groupFigures(period: { quarter: "2026-Q1" }) { members { organisation { id } } } }';
    const read = await world.gql<any>(figures, {}, world.org.people.manager);
    expect(read.body.data.groupFigures.members).toHaveLength(2);
    await world.gql<any>(SET_GROUP, { o: world.other.id, g: null }, world.platformAdmin);
    const after = await world.gql<any>(figures, {}, world.org.people.manager);
    expect(after.body.data.groupFigures.members.map((m: any) => m.organisation.id)).toEqual([
      world.org.id,
    ]);
    const audit = await world.db.dataSource.query(
      `SELECT operation FROM audit_log WHERE organisation_id = $1 AND operation = 'setOrganisationGroup'`,
      [world.other.id],
    );
    expect(audit).toHaveLength(2);
  });

  it('an administrator of an organisation who is not the platform administrator is refused', async () => {
    const res = await world.gql<any>(
      GROUP,
      { input: { name: 'Rogue Group', slug: 'rogue-group' } },
      world.org.people.admin,
    );
    expect(res.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  describe('group access is granted only by the platform administrator (README, Platform administrator)', () => {
    let groupId: string;
    beforeAll(async () => {
      const group = await world.gql<any>(
        GROUP,
        { input: { name: 'Forth Valley Group', slug: 'forth-valley' } },
        world.platformAdmin,
      );
      groupId = group.body.data.createOrganisationGroup.id;
      for (const o of [world.org.id, world.other.id])
        await world.gql<any>(SET_GROUP, { o, g: groupId }, world.platformAdmin);
    });

    it("an organisation's administrator cannot give their own staff group access: refused and nothing changes", async () => {
      const staff = world.org.people.senior_manager;
      const auditBefore = await world.db.dataSource.query(
        `SELECT id FROM audit_log WHERE organisation_id = $1 ORDER BY id`,
        [world.org.id],
      );
      const grant = await world.gql<any>(
        SET_GROUP_ACCESS,
        { p: staff.id, a: true },
        world.org.people.admin,
      );
      expect(grant.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const create = await world.gql<any>(
        'mutation($input: NewPersonInput!) { createPerson(input: $input) { id } }',
        {
          input: {
            email: 'group.reader@org.example',
            name: 'Group Reader',
            role: 'senior_manager',
            groupAccess: true,
          },
        },
        world.org.people.admin,
      );
      expect(create.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      const rows = await world.db.dataSource.query(
        `SELECT email, group_access FROM person WHERE id = $1 OR email = 'group.reader@org.example'`,
        [staff.id],
      );
      expect(rows).toEqual([{ email: staff.email, group_access: false }]);
      expect(
        await world.db.dataSource.query(
          `SELECT id FROM audit_log WHERE organisation_id = $1 ORDER BY id`,
          [world.org.id],
        ),
      ).toEqual(auditBefore);
      const seen = await world.gql<any>(SEEN, {}, staff);
      expect(seen.body.data.organisations.map((o: any) => o.id)).toEqual([world.org.id]);
    });

    it("the platform administrator grants it: the person's next request reads the group's organisations; removing it ends that; both audited", async () => {
      const staff = world.org.people.senior_manager;
      const found = await world.gql<any>(
        'query($e: String!) { platformPersonByEmail(email: $e) { person { id } organisation { group { id } } } }',
        { e: staff.email.toUpperCase() },
        world.platformAdmin,
      );
      expect(found.body.data.platformPersonByEmail).toEqual({
        person: { id: staff.id },
        organisation: { group: { id: groupId } },
      });
      const grant = await world.gql<any>(
        SET_GROUP_ACCESS,
        { p: staff.id, a: true },
        world.platformAdmin,
      );
      expect(grant.body.errors, JSON.stringify(grant.body.errors)).toBeUndefined();
      const seen = await world.gql<any>(SEEN, {}, staff);
      expect(seen.body.data.organisations.map((o: any) => o.id).sort()).toEqual(
        [world.org.id, world.other.id].sort(),
      );
      const holders = await world.gql<any>(
        '{ groupAccessHolders { person { id } } }',
        {},
        world.platformAdmin,
      );
      expect(holders.body.data.groupAccessHolders).toContainEqual({ person: { id: staff.id } });
      await world.gql<any>(SET_GROUP_ACCESS, { p: staff.id, a: false }, world.platformAdmin);
      const after = await world.gql<any>(SEEN, {}, staff);
      expect(after.body.data.organisations.map((o: any) => o.id)).toEqual([world.org.id]);
      const audit = await world.db.dataSource.query(
        `SELECT changes FROM audit_log WHERE organisation_id = $1 AND operation = 'setGroupAccess' ORDER BY id`,
        [world.org.id],
      );
      expect(audit.map((a: any) => a.changes.groupAccess)).toEqual([
        { from: false, to: true },
        { from: true, to: false },
      ]);
    });
  });
});
