import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../src/core/role';
import { recordComplaint } from './support/complaints';
import { signedOffStageTwo } from './support/complaint-stages';
import { must } from './support/must';
import { createWorld, tableCounts, type World, type WorldOrganisation } from './support/world';

/**
 * §21: any member of staff may respond at stage 1, including the person complained about. The
 * organisation decides who may close stage 1 (Organisation.stageOneResponders); the role × setting
 * table below is closeComplaint's access table under both settings (the generic access table,
 * access.test.ts, runs it under the default). Stage 2 stays with handlers and managers.
 */
// only `id`: action-only staff may read a complaint's id and reference, nothing else
/** What the response said and how it was given, which closing a stage records (§31–32, §69). */
const SAID = {
  reasons: 'The repair was late and the contractor did not call.',
  communicatedBy: 'letter',
};
const CLOSE =
  'mutation($id: ID!, $version: Int!, $input: CloseComplaintInput!) { closeComplaint(id: $id, version: $version, input: $input) { id } }';
const SETTINGS =
  'mutation($s: OrganisationSettingsInput!) { updateOrganisationSettings(settings: $s) { version stageOneResponders } }';

const HANDLERS: Role[] = [Role.admin, Role.senior_manager, Role.manager, Role.handler];

describe('who may close stage 1 (§21)', () => {
  let world: World;
  let org: WorldOrganisation;
  beforeAll(async () => {
    world = await createWorld('2026-03-02T10:00:00Z');
    org = world.org;
  });
  afterAll(async () => {
    await world?.close();
  });

  const setResponders = async (value: string) => {
    const { organisation } = await must(
      world,
      { query: '{ organisation { version } }' },
      org.people.admin,
    );
    const res = await must(
      world,
      {
        query: SETTINGS,
        variables: { s: { version: organisation.version, stageOneResponders: value } },
      },
      org.people.admin,
    );
    expect(res.updateOrganisationSettings.stageOneResponders).toBe(value);
  };
  const closeStageOneAs = async (role: Role) => {
    const c = await recordComplaint(world, org);
    return world.gql<any>(
      CLOSE,
      { ...c, input: { outcome: 'not_upheld', spsoSignposted: false, ...SAID } },
      org.people[role],
    );
  };

  it('the default is handlers and managers only (§21, organisation setting)', async () => {
    const { organisation } = await must(
      world,
      { query: '{ organisation { stageOneResponders } }' },
      org.people.admin,
    );
    expect(organisation.stageOneResponders).toBe('handlers_and_managers');
  });

  describe('setting: handlers and managers only', () => {
    beforeAll(() => setResponders('handlers_and_managers'));
    for (const role of Object.values(Role)) {
      const allowed = HANDLERS.includes(role);
      it(`${allowed ? 'lets' : 'forbids'} ${role} close stage 1 (§21)`, async () => {
        const res = await closeStageOneAs(role);
        if (allowed) expect(res.body.errors, JSON.stringify(res.body.errors)).toBeUndefined();
        else {
          expect(res.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
          expect(res.body.errors?.[0]?.message).toContain('stage 1');
        }
      });
    }
  });

  describe('setting: any member of staff with a sign-in', () => {
    beforeAll(() => setResponders('any_staff'));
    for (const role of Object.values(Role)) {
      it(`lets ${role} close stage 1 (§21)`, async () => {
        const res = await closeStageOneAs(role);
        expect(res.body.errors, JSON.stringify(res.body.errors)).toBeUndefined();
        const { complaint } = await must(
          world,
          {
            query: 'query($id: ID!) { complaint(id: $id) { status } }',
            variables: { id: res.body.data.closeComplaint.id },
          },
          org.people.handler,
        );
        expect(complaint.status).toBe('closed');
      });
    }
    for (const role of [Role.staff, Role.communications]) {
      it(`still forbids ${role} to close stage 2, and the refusal changes nothing (§21 is about stage 1; §65)`, async () => {
        const c = await signedOffStageTwo(world, org);
        const before = await tableCounts(world.db);
        const res = await world.gql<any>(
          CLOSE,
          { ...c, input: { outcome: 'upheld', spsoSignposted: true, ...SAID } },
          org.people[role],
        );
        expect(res.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
        expect(await tableCounts(world.db)).toEqual(before);
      });
    }
    it('an action owner closing stage 1 is refused personal data in the answer (Part 1 §15–18)', async () => {
      const c = await recordComplaint(world, org);
      const res = await world.gql<any>(
        'mutation($id: ID!, $version: Int!, $input: CloseComplaintInput!) { closeComplaint(id: $id, version: $version, input: $input) { id summary } }',
        { ...c, input: { outcome: 'upheld', spsoSignposted: false, ...SAID } },
        org.people.staff,
      );
      expect(res.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect((res.body.errors?.[0] as { path?: unknown } | undefined)?.path).toEqual([
        'closeComplaint',
        'summary',
      ]);
    });
  });
});
