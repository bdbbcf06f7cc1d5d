import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordComplaint } from './support/complaints';
import { must } from './support/must';
import { createWorld, tableCounts, type World } from './support/world';

const SETTINGS =
  'mutation($s: OrganisationSettingsInput!) { updateOrganisationSettings(settings: $s) { version name sector personTerm cutOffTime financialYearStartMonth tribunalSignposting populationLabel } }';
const PREVIEW =
  'query($date: LocalDate!, $change: ClosureDayChange!) { closureDayPreview(date: $date, change: $change) { date change totalCount complaints { id reference dates { kind from to } } } }';

async function version(world: World): Promise<number> {
  const { organisation } = await must(
    world,
    { query: '{ organisation { version } }' },
    world.org.people.admin,
  );
  return organisation.version;
}

async function stored(world: World, id: string) {
  const [row] = await world.db.dataSource.query(
    `SELECT stage1_day_one::text AS "dayOne", stage1_due_on::text AS "dueOn" FROM complaint WHERE id = $1`,
    [id],
  );
  return row as { dayOne: string; dueOn: string };
}

describe('organisation settings (docs/procedure.md, Sector settings)', () => {
  let world: World;
  beforeAll(async () => {
    world = await createWorld();
  });
  afterAll(async () => {
    await world?.close();
  });

  it("a college's settings: sector, 'complainant', a year from August, saved together and audited", async () => {
    const { updateOrganisationSettings: o } = await must(
      world,
      {
        query: SETTINGS,
        variables: {
          s: {
            version: await version(world),
            sector: 'further_education',
            personTerm: ' Complainant ',
            financialYearStartMonth: 8,
            tribunalSignposting: '  ',
          },
        },
      },
      world.org.people.admin,
    );
    expect(o).toMatchObject({
      sector: 'further_education',
      personTerm: 'complainant',
      financialYearStartMonth: 8,
      tribunalSignposting: null,
    });
    const [audit] = await world.db.dataSource.query(
      `SELECT changes FROM audit_log WHERE organisation_id = $1 AND operation = 'updateOrganisationSettings' ORDER BY id DESC LIMIT 1`,
      [world.org.id],
    );
    expect(audit.changes).toMatchObject({
      sector: 'further_education',
      personTerm: 'complainant',
      financialYearStartMonth: 8,
    });
  });

  it('a new organisation starts with April as its financial year (docs/procedure.md, Reporting and publishing)', async () => {
    const [row] = await world.db.dataSource.query(
      `SELECT financial_year_start_month AS m FROM organisation WHERE id = $1`,
      [world.other.id],
    );
    expect(row.m).toBe(4);
  });

  it("a new organisation's SPSO text is the SPSO's recommended wording with its name (§75)", async () => {
    const [row] = await world.db.dataSource.query(
      `SELECT name, spso_signposting AS text FROM organisation WHERE id = $1`,
      [world.other.id],
    );
    expect(row.text).toContain(
      `If you remain dissatisfied when you have had a final response from ${row.name}`,
    );
    expect(row.text).toContain('This includes complaints about housing associations.');
  });

  it('a refused change (month 13 with a new name) changes nothing, the name included', async () => {
    const before = await tableCounts(world.db);
    const v = await version(world);
    const res = await world.gql<any>(
      SETTINGS,
      { s: { version: v, name: 'Renamed', financialYearStartMonth: 13 } },
      world.org.people.admin,
    );
    expect(res.body.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'financialYearStartMonth',
      rule: 'max',
    });
    expect(await version(world)).toBe(v);
    expect(await tableCounts(world.db)).toEqual(before);
  });

  it("a cut-off at 17:00 moves a complaint received at 17:30 on Monday to Tuesday's day one and its day 5 to Monday (docs/procedure.md, Calendar and day one)", async () => {
    world.setNow('2026-03-03T09:00:00Z');
    // 2 March is in winter: 17:30Z is 17:30 in London
    const late = await recordComplaint(world, world.org, { receivedAt: '2026-03-02T17:30:00Z' });
    expect(await stored(world, late.id)).toEqual({ dayOne: '2026-03-02', dueOn: '2026-03-06' });
    await must(
      world,
      { query: SETTINGS, variables: { s: { version: await version(world), cutOffTime: '17:00' } } },
      world.org.people.admin,
    );
    expect(await stored(world, late.id)).toEqual({ dayOne: '2026-03-03', dueOn: '2026-03-09' });
    await must(
      world,
      { query: SETTINGS, variables: { s: { version: await version(world), cutOffTime: '' } } },
      world.org.people.admin,
    );
    expect(await stored(world, late.id)).toEqual({ dayOne: '2026-03-02', dueOn: '2026-03-06' });
  });
});

describe('what a closure day would move, before it is saved (Appendix 1 §1)', () => {
  let world: World;
  let open: { id: string };
  beforeAll(async () => {
    world = await createWorld();
    // received Monday 2 March 2026: stage 1 day 5 is Friday 6 March
    open = await recordComplaint(world, world.org);
  });
  afterAll(async () => {
    await world?.close();
  });

  it('a strike on Wednesday 4 March would move day 5 from Friday 6 to Monday 9 March, and nothing is saved', async () => {
    const before = await tableCounts(world.db);
    const { closureDayPreview: p } = await must(
      world,
      { query: PREVIEW, variables: { date: '2026-03-04', change: 'add' } },
      world.org.people.admin,
    );
    const mine = p.complaints.find((c: { id: string }) => c.id === open.id);
    expect(mine.dates).toEqual([{ kind: 'stage1DueOn', from: '2026-03-06', to: '2026-03-09' }]);
    expect(p.totalCount).toBe(p.complaints.length);
    expect(await tableCounts(world.db)).toEqual(before);
    expect((await stored(world, open.id)).dueOn).toBe('2026-03-06');
  });

  it('a closure day after every deadline (a Monday in 2031) moves nothing', async () => {
    const { closureDayPreview: p } = await must(
      world,
      { query: PREVIEW, variables: { date: '2031-06-09', change: 'add' } },
      world.org.people.admin,
    );
    expect(p).toMatchObject({ totalCount: 0, complaints: [] });
  });

  it('saving the day moves the complaint to the date the preview gave, and removing it previews the way back', async () => {
    const { closureDayPreview: p } = await must(
      world,
      { query: PREVIEW, variables: { date: '2026-03-05', change: 'add' } },
      world.org.people.admin,
    );
    const previewed = p.complaints.find((c: { id: string }) => c.id === open.id).dates[0].to;
    await must(
      world,
      {
        query:
          'mutation { addClosureDay(day: { date: "2026-03-05", reason: industrial_action, description: "Strike" }) { date } }',
      },
      world.org.people.admin,
    );
    expect((await stored(world, open.id)).dueOn).toBe(previewed);
    const { closureDayPreview: back } = await must(
      world,
      { query: PREVIEW, variables: { date: '2026-03-05', change: 'remove' } },
      world.org.people.admin,
    );
    expect(back.complaints.find((c: { id: string }) => c.id === open.id).dates).toEqual([
      { kind: 'stage1DueOn', from: previewed, to: '2026-03-06' },
    ]);
  });

  it('a day that is already a closure day is refused as adding would be (CLOSURE_DAY_EXISTS)', async () => {
    const res = await world.gql<any>(
      PREVIEW,
      { date: '2026-03-05', change: 'add' },
      world.org.people.admin,
    );
    expect(res.body.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      rule: 'CLOSURE_DAY_EXISTS',
    });
  });

  it("another organisation's open complaints are never listed", async () => {
    const theirs = await recordComplaint(world, world.other);
    const { closureDayPreview: p } = await must(
      world,
      { query: PREVIEW, variables: { date: '2026-03-04', change: 'add' } },
      world.org.people.admin,
    );
    expect(p.complaints.map((c: { id: string }) => c.id)).not.toContain(theirs.id);
  });
});

describe('the Scottish bank holidays shown on the calendar (Appendix 1 §1)', () => {
  let world: World;
  beforeAll(async () => {
    world = await createWorld();
  });
  afterAll(async () => {
    await world?.close();
  });

  it("2025 has St Andrew's Day on its substitute Monday, 1 December, named as such", async () => {
    const { bankHolidays } = await must(
      world,
      { query: '{ bankHolidays(year: 2025) { date name } }' },
      world.org.people.admin,
    );
    expect(bankHolidays.map((h: { date: string }) => h.date)).toContain('2025-12-01');
    expect(bankHolidays.find((h: { date: string }) => h.date === '2025-12-01').name).toMatch(
      /St Andrew.s Day/,
    );
  });
});

describe('a calendar change after an extension was agreed (docs/procedure.md, Closure days and the calendar)', () => {
  let world: World;
  beforeAll(async () => {
    world = await createWorld();
  });
  afterAll(async () => {
    await world?.close();
  });

  it('strikes on 4 and 5 March move day 5 to 10 March, past the extension agreed to 9 March: the change is saved and the extension stands (§27, Appendix 1 §1)', async () => {
    // received Monday 2 March 2026: day 5 is Friday 6 March
    const c = await recordComplaint(world, world.org);
    await must(
      world,
      {
        query:
          'mutation($id: ID!, $version: Int!) { extendComplaint(id: $id, version: $version, dueOn: "2026-03-09", reason: "Contractor report") { version } }',
        variables: { id: c.id, version: c.version },
      },
      world.org.people.manager,
    );
    for (const date of ['2026-03-04', '2026-03-05'])
      await must(
        world,
        {
          query: `mutation { addClosureDay(day: { date: "${date}", reason: industrial_action, description: "Strike" }) { date } }`,
        },
        world.org.people.admin,
      );
    const [row] = await world.db.dataSource.query(
      `SELECT stage1_due_on::text AS due, stage1_extended_due_on::text AS extended FROM complaint WHERE id = $1`,
      [c.id],
    );
    expect(row).toEqual({ due: '2026-03-10', extended: '2026-03-09' });
    const { complaint } = await must(
      world,
      {
        query:
          'query($id: ID!) { complaint(id: $id) { timeline { stage1 { dueOn extendedDueOn } } } }',
        variables: { id: c.id },
      },
      world.org.people.manager,
    );
    expect(complaint.timeline.stage1).toEqual({ dueOn: '2026-03-10', extendedDueOn: '2026-03-09' });
  });
});
