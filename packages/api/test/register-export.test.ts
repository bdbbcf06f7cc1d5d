import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { administers, readsComplaints, ROLES, type Role } from '@chp/domain';
import { recordComplaint } from './support/complaints';
import { csvRows, download, sheets } from './support/downloads';
import { must } from './support/must';
import { createWorld, type World } from './support/world';

/**
 * The register's download (issue 14, Export; docs/api.md, Downloads): the same complaints in the
 * same order as the register page for the same filters, with only the columns the role may read.
 */

const PAGE = `query($search: String, $serviceAreaId: ID, $receivedFrom: LocalDate, $sort: RegisterSort, $direction: SortDirection, $status: ComplaintStatus) {
  complaints(search: $search, serviceAreaId: $serviceAreaId, receivedFrom: $receivedFrom, sort: $sort, direction: $direction, status: $status, limit: 100) { items { reference } }
}`;

const CUSTOMERS = [
  { name: 'Morag Tenant', email: 'morag@example.org' },
  { name: 'Iain Baird', email: 'iain.baird@example.org' },
  { name: 'Fiona Morrison', email: 'fiona@example.org' },
  { name: 'Morag Campbell', email: 'campbell@example.org' },
  { name: 'Duncan Reid', email: 'duncan@example.org' },
];

describe('register download (issue 14, Export)', () => {
  let world: World;

  beforeAll(async () => {
    world = await createWorld();
    // received on different days (a Saturday among them) and in different service areas
    const days = ['2026-02-20', '2026-02-21', '2026-02-24', '2026-02-26', '2026-02-27'];
    for (const [i, customer] of CUSTOMERS.entries()) {
      await recordComplaint(world, world.org, {
        receivedAt: `${days[i]}T09:00:00Z`,
        serviceAreaId: world.org.serviceAreaIds[i % 2],
        customer: { ...customer, postcode: 'G2 4AB', preferredContact: 'email' },
      });
    }
    await recordComplaint(world, world.other, {
      customer: {
        name: 'Morag Other',
        email: 'morag.other@example.org',
        postcode: 'EH1 1AA',
        preferredContact: 'email',
      },
    });
  }, 60_000);
  afterAll(() => world?.close());

  const pageReferences = async (variables: Record<string, unknown>) => {
    const data = await must(world, { query: PAGE, variables }, world.org.people.manager);
    return (data.complaints.items as { reference: string }[]).map((c) => c.reference);
  };
  const csvReferences = async (query: string, as = world.org.people.manager) => {
    const res = await download(world, `/exports/register.csv${query}`, as);
    expect(res.status).toBe(200);
    const [header, ...rows] = csvRows(res.body);
    return rows.map((r) => r[header!.indexOf('Reference')]!);
  };

  const cases: [string, Record<string, string>][] = [
    ['no filter, newest first', {}],
    [
      'a service area, by reference ascending',
      { serviceAreaId: 'AREA', sort: 'reference', direction: 'asc' },
    ],
    ['a search for a customer name', { search: 'Morag' }],
    ['received from a date, oldest first', { receivedFrom: '2026-02-24', direction: 'asc' }],
    ['open, by service area', { status: 'open', sort: 'service_area' }],
  ];
  for (const [title, filters] of cases) {
    it(`holds the register page's complaints in its order: ${title}`, async () => {
      const f = Object.fromEntries(
        Object.entries(filters).map(([k, v]) => [
          k,
          v === 'AREA' ? world.org.serviceAreaIds[1]! : v,
        ]),
      );
      const expected = await pageReferences(f);
      expect(expected.length).toBeGreaterThan(0);
      expect(await csvReferences(`?${new URLSearchParams(f).toString()}`)).toEqual(expected);
    });
  }

  it("never holds another organisation's complaints", async () => {
    const res = await download(
      world,
      '/exports/register.csv?search=Morag',
      world.org.people.manager,
    );
    expect(String(res.body)).not.toContain('Morag Other');
    expect(csvRows(res.body)).toHaveLength(1 + 2);
  });

  it("gives a manager the customer's details (Part 1 §15–18: roles that see personal data)", async () => {
    const [header, ...rows] = csvRows(
      (await download(world, '/exports/register.csv?search=Iain', world.org.people.manager)).body,
    );
    expect(header).toContain('Customer name');
    expect(rows[0]![header!.indexOf('Customer e-mail')]).toBe('iain.baird@example.org');
  });

  it('gives communications staff no personal column and no personal value (Part 1 §15–18)', async () => {
    const res = await download(world, '/exports/register.csv', world.org.people.communications);
    expect(res.status).toBe(200);
    const [header, ...rows] = csvRows(res.body);
    expect(rows).toHaveLength(CUSTOMERS.length);
    for (const h of [
      'Customer name',
      'Customer e-mail',
      'Customer phone',
      'Customer postcode',
      'Summary',
      'Outcome sought',
    ])
      expect(header).not.toContain(h);
    for (const c of CUSTOMERS) expect(String(res.body)).not.toContain(c.email);
    expect(String(res.body)).not.toContain('boiler');
  });

  it('refuses action-only staff (403), who do not read the register', async () => {
    const res = await download(world, '/exports/register.csv', world.org.people.staff);
    expect(res.status).toBe(403);
    expect(JSON.parse(String(res.body)).errors[0].extensions.code).toBe('FORBIDDEN');
  });

  it('refuses a request without a session (401)', async () => {
    expect((await download(world, '/exports/register.csv', null)).status).toBe(401);
  });

  it('refuses a filter value the register refuses, naming the field (400)', async () => {
    const bad = await download(
      world,
      '/exports/register.csv?status=maybe',
      world.org.people.manager,
    );
    expect(bad.status).toBe(400);
    expect(JSON.parse(String(bad.body)).errors[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'status',
    });
    const date = await download(
      world,
      '/exports/register.csv?receivedFrom=2026-02-30',
      world.org.people.manager,
    );
    expect(JSON.parse(String(date.body)).errors[0].extensions.field).toBe('receivedFrom');
  });

  it('is the same list as one XLSX sheet', async () => {
    const res = await download(
      world,
      '/exports/register.xlsx?sort=reference',
      world.org.people.handler,
    );
    expect(res.headers.get('content-type')).toContain('spreadsheetml');
    const { register } = await sheets(res.body);
    const [header, ...rows] = register!;
    expect(rows.map((r) => r[header!.indexOf('Reference')])).toEqual(
      await pageReferences({ sort: 'reference' }),
    );
  });

  it('is audited: who and when, the format and the filters named, never the rows', async () => {
    await download(world, '/exports/register.csv?search=Duncan', world.org.people.handler);
    const [row] = await world.db.dataSource.query(
      `SELECT actor_id, changes FROM audit_log WHERE organisation_id = $1 AND operation = 'exportRegister' ORDER BY id DESC LIMIT 1`,
      [world.org.id],
    );
    expect(row.actor_id).toBe(world.org.people.handler.id);
    expect(row.changes).toEqual({ format: 'csv', filters: ['search'] });
  });

  describe('who may download what: every download as every role and as nobody', () => {
    const downloads: [string, (role: Role) => boolean][] = [
      ['/exports/register.csv', readsComplaints],
      ['/exports/register.xlsx', readsComplaints],
      ['/exports/organisation.zip', administers],
      ['/exports/organisation.xlsx', administers],
      ['/exports/subject-access.zip?personId=PERSON', administers],
    ];
    for (const [path, may] of downloads) {
      it(`${path}: ${ROLES.filter(may).join(', ')} only; 401 without a session`, async () => {
        const url = path.replace('PERSON', world.org.people.staff.id);
        for (const role of ROLES) {
          const res = await download(world, url, world.org.people[role]);
          expect(res.status, role).toBe(may(role) ? 200 : 403);
        }
        expect((await download(world, url, null)).status).toBe(401);
      });
    }
  });
});
