import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorld, type World } from './support/world';
import { complaintInput, RECORD, recordComplaint } from './support/complaints';
import { closeStageOne } from './support/complaint-stages';
import { escalate, recordOtherOutcome } from './support/first-contacts';
import { must } from './support/must';

/**
 * First contact and the outcomes beyond the four (§11–12; docs/procedure.md, Before stage 1),
 * over HTTP against PostgreSQL. Clock: Monday 2 March 2026 10:00Z; contacts arrive at 09:00Z.
 * A customer who knew of the problem on 31 August 2025 had until 28 February 2026 (six months,
 * end-of-month clamping), so a complaint on 2 March is late.
 */
const DETAIL = `query($id: ID!) { complaint(id: $id) {
  id version status contactType otherOutcome otherOutcomeOn otherOutcomeReason specialCircumstances
  otherOrganisation passedToOtherOrganisation contractor electedMember allowedSteps allowedOtherOutcomes
  duplicateOf { id reference } journey { type details }
} }`;

describe('first contact (§11–12)', () => {
  let world: World;
  beforeAll(async () => {
    world = await createWorld('2026-03-02T10:00:00Z');
  });
  afterAll(async () => {
    await world?.close();
  });
  const detail = async (id: string, as = world.org.people.handler) =>
    (await must(world, { query: DETAIL, variables: { id } }, as)).complaint;

  it('an enquiry is recorded as not a complaint with the signposting given, and ends there (§12)', async () => {
    const c = await recordComplaint(world, world.org, {
      contactType: 'enquiry',
      signposting: 'Gave the rent account line',
    });
    const d = await detail(c.id);
    expect(d).toMatchObject({
      status: 'not_a_complaint',
      contactType: 'enquiry',
      otherOutcome: 'not_a_complaint',
      otherOutcomeOn: '2026-03-02',
      otherOutcomeReason: 'Gave the rent account line',
      allowedSteps: ['rootCauses', 'note'],
      allowedOtherOutcomes: [],
    });
    expect(d.journey.map((e: any) => e.type)).toEqual(['received', 'ended']);
  });

  it('the register lists it under its status, and never as open or overdue', async () => {
    const c = await recordComplaint(world, world.org, {
      contactType: 'service_request',
      signposting: 'Passed to the repairs desk',
    });
    const list = async (args: string) =>
      (
        await must(
          world,
          { query: `{ complaints(${args}, limit: 100) { items { id status } } }` },
          world.org.people.handler,
        )
      ).complaints.items.map((i: any) => i.id);
    expect(await list('status: not_a_complaint')).toContain(c.id);
    expect(await list('status: open')).not.toContain(c.id);
  });

  it('a complaint past the time limit is refused only until it says why: special circumstances are recorded (§11)', async () => {
    const refused = await world.gql<any>(
      RECORD,
      { input: complaintInput(world.org, { awareOn: '2025-08-31' }) },
      world.org.people.handler,
    );
    expect(refused.body.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'specialCircumstances',
      rule: 'COMPLAINT_OUT_OF_TIME',
    });
    expect(refused.body.errors?.[0]?.message).toContain('28 Feb 2026');
    const c = await recordComplaint(world, world.org, {
      awareOn: '2025-08-31',
      specialCircumstances: 'In hospital from September to February',
    });
    const d = await detail(c.id);
    expect(d).toMatchObject({
      status: 'open',
      specialCircumstances: 'In hospital from September to February',
    });
    expect(d.journey[0].details).toMatchObject({ timeLimitLastDay: '2026-02-28', inTime: false });
  });

  it('or it is recorded as out of time with the reason: counted as received, never closed (§11)', async () => {
    const c = await recordComplaint(world, world.org, {
      awareOn: '2025-08-31',
      outOfTimeReason: 'Told the limit is six months and how to go to the SPSO',
    });
    expect(await detail(c.id)).toMatchObject({
      status: 'out_of_time',
      otherOutcome: 'out_of_time',
      otherOutcomeReason: 'Told the limit is six months and how to go to the SPSO',
    });
  });

  it("the time limit is the organisation's setting: at twelve months the same complaint is in time", async () => {
    const other = world.other;
    const { organisation } = await must(
      world,
      { query: '{ organisation { version } }' },
      other.people.admin,
    );
    await must(
      world,
      {
        query:
          'mutation($s: OrganisationSettingsInput!) { updateOrganisationSettings(settings: $s) { complaintTimeLimitMonths } }',
        variables: { s: { version: organisation.version, complaintTimeLimitMonths: 12 } },
      },
      other.people.admin,
    );
    const c = await recordComplaint(world, other, { awareOn: '2025-08-31' });
    const d = (await must(world, { query: DETAIL, variables: { id: c.id } }, other.people.handler))
      .complaint;
    expect(d).toMatchObject({ status: 'open', specialCircumstances: null });
  });

  it('records another organisation and what was passed, a contractor (spaces tidied) and an elected member', async () => {
    const c = await recordComplaint(world, world.org, {
      otherOrganisation: 'Glasgow City Council',
      passedToOtherOrganisation: 'The noise nuisance part',
      contractor: '  Acme   Roofing ',
      electedMember: 'Cllr A. Example',
    });
    expect(await detail(c.id)).toMatchObject({
      otherOrganisation: 'Glasgow City Council',
      passedToOtherOrganisation: 'The noise nuisance part',
      contractor: 'Acme Roofing',
      electedMember: 'Cllr A. Example',
    });
  });

  it('communications staff, who see no personal data, are refused the elected member and the signposting', async () => {
    const c = await recordComplaint(world, world.org, { electedMember: 'Cllr A. Example' });
    for (const field of ['electedMember', 'otherOutcomeReason', 'specialCircumstances']) {
      const res = await world.gql<any>(
        `query($id: ID!) { complaint(id: $id) { id ${field} } }`,
        { id: c.id },
        world.org.people.communications,
      );
      expect(res.body.errors?.[0]?.extensions?.code, field).toBe('FORBIDDEN');
    }
  });

  it('no two-tier handling: nothing filters, sorts or breaks figures down by the elected member (SPSO practice note)', async () => {
    const res = await must(
      world,
      {
        query: `{ __schema { types { name inputFields { name } fields { name args { name } } enumValues { name } } } }`,
      },
      world.org.people.admin,
    );
    const types = res.__schema.types as any[];
    const query = types.find((t) => t.name === 'Query');
    const args = query.fields.flatMap((f: any) => f.args.map((a: any) => `${f.name}.${a.name}`));
    const inputs = types
      .filter((t) => t.inputFields)
      .flatMap((t) => t.inputFields.map((f: any) => `${t.name}.${f.name}`))
      .filter((n: string) => !n.startsWith('RecordComplaintInput.'));
    const enums = types.flatMap((t) => (t.enumValues ?? []).map((v: any) => `${t.name}.${v.name}`));
    expect([...args, ...inputs, ...enums].filter((n) => /elected/i.test(n))).toEqual([]);
  });
});

describe('the outcomes beyond the four (docs/procedure.md, Before stage 1)', () => {
  let world: World;
  beforeAll(async () => {
    world = await createWorld('2026-03-02T10:00:00Z');
  });
  afterAll(async () => {
    await world?.close();
  });

  it('a duplicate is linked to the complaint it repeats', async () => {
    const original = await recordComplaint(world, world.org);
    const repeat = await recordComplaint(world, world.org);
    await recordOtherOutcome(world, world.org, repeat, {
      outcome: 'duplicate',
      reason: 'Same boiler, same visit',
      duplicateOfId: original.id,
    });
    const { complaint } = await must(
      world,
      {
        query: 'query($id: ID!) { complaint(id: $id) { status duplicateOf { id } } }',
        variables: { id: repeat.id },
      },
      world.org.people.handler,
    );
    expect(complaint).toEqual({ status: 'duplicate', duplicateOf: { id: original.id } });
  });

  it('a duplicate of a duplicate is refused: it links to the original, and nothing is written', async () => {
    const original = await recordComplaint(world, world.org);
    const repeat = await recordComplaint(world, world.org);
    await recordOtherOutcome(world, world.org, repeat, {
      outcome: 'duplicate',
      reason: 'Same',
      duplicateOfId: original.id,
    });
    const third = await recordComplaint(world, world.org);
    const before = await world.db.dataSource.query(
      `SELECT count(*)::int AS n FROM complaint_event WHERE complaint_id = $1`,
      [third.id],
    );
    const res = await world.gql<any>(
      'mutation($id: ID!, $version: Int!, $d: ID) { recordOtherOutcome(id: $id, version: $version, outcome: duplicate, reason: "Same", duplicateOfId: $d) { id } }',
      { ...third, d: repeat.id },
      world.org.people.handler,
    );
    expect(res.body.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'duplicateOfId',
      rule: 'DUPLICATE_OF_DUPLICATE',
    });
    expect(
      await world.db.dataSource.query(
        `SELECT count(*)::int AS n FROM complaint_event WHERE complaint_id = $1`,
        [third.id],
      ),
    ).toEqual(before);
  });

  it('withdrawn during the investigation: the stage 1 response stays a closure, nothing more is recorded', async () => {
    let c = await recordComplaint(world, world.org);
    c = await closeStageOne(world, world.org, c);
    c = await escalate(world, world.org, c, '2026-03-02T10:00:00Z');
    c = await recordOtherOutcome(world, world.org, c, { outcome: 'withdrawn', reason: 'Moved' });
    const [row] = await world.db.dataSource.query(
      `SELECT status, stage1_closed_on::text, stage2_closed_on, other_outcome FROM complaint WHERE id = $1`,
      [c.id],
    );
    expect(row).toEqual({
      status: 'withdrawn',
      stage1_closed_on: '2026-03-02',
      stage2_closed_on: null,
      other_outcome: 'withdrawn',
    });
    const res = await world.gql<any>(
      'mutation($id: ID!, $version: Int!) { recordContactUpdate(id: $id, version: $version, note: "Called") { id } }',
      c,
      world.org.people.handler,
    );
    expect(res.body.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      rule: 'ALREADY_ENDED',
    });
  });
});
