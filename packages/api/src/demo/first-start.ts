import type { DataSource } from 'typeorm';
import type { Log } from '../log';
import { createOrganisation } from '../modules/organisations';
import { Sector } from '../modules/organisations';
import { createPerson } from '../modules/people';
import { Role } from '../core/role';

export const DEMO_PASSWORD = 'chp-demo-password';
export const DEMO_SLUG = 'demo-housing';
const DEMO_SERVICE_AREAS = [
  'Repairs and maintenance',
  'Rents and service charges',
  'Estate management',
  'Anti-social behaviour',
  'Allocations and lettings',
  'Customer service',
];

/**
 * The first administrator, from CHP_ADMIN_EMAIL / CHP_ADMIN_PASSWORD, created once. Their
 * organisation is CHP_ORGANISATION_NAME (default 'My organisation'), created with it. They are
 * the deployment's platform administrator: they create the other organisations and the groups.
 */
export async function ensureFirstAdmin(
  ds: DataSource,
  admin: { email: string | null; password: string | null; organisationName?: string | null },
  log: Log,
): Promise<void> {
  if (!admin.email || !admin.password) return;
  const { email, password } = admin;
  await ds.transaction(async (em) => {
    const existing: unknown[] = await em.query(
      `SELECT 1 FROM person WHERE lower(email) = lower($1)`,
      [email],
    );
    if (existing.length > 0) return;
    const name = admin.organisationName ?? 'My organisation';
    const slug =
      name
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, '') || 'organisation';
    const [found] = await em.query<{ id: string }[]>(
      `SELECT id FROM organisation WHERE slug = $1`,
      [slug],
    );
    const organisationId: string =
      found?.id ?? (await createOrganisation(em, { name, slug, sector: Sector.housing }));
    const id = await createPerson(em, {
      organisationId,
      email,
      name: 'Administrator',
      role: Role.admin,
      password,
    });
    await em.query(`UPDATE person SET platform_admin = true WHERE id = $1`, [id]);
    await em.query(
      `INSERT INTO audit_log (organisation_id, actor_id, operation, entity, entity_id) VALUES ($1, NULL, 'firstAdmin', 'person', $2)`,
      [organisationId, id],
    );
    log.info(`created the first administrator (CHP_ADMIN_EMAIL) in ${name}`);
  });
}

export interface DemoUser {
  role: Role;
  email: string;
  name: string;
}

/**
 * A demonstration housing association with one member of staff per role (all with
 * DEMO_PASSWORD), created on the first start with demo data on. Returns the users to print.
 */
export async function ensureDemoOrganisation(
  ds: DataSource,
  log: Log,
): Promise<{ organisationId: string; users: DemoUser[] }> {
  const users: DemoUser[] = [
    { role: Role.admin, email: 'admin@demo.chp.example', name: 'Morag Campbell' },
    { role: Role.senior_manager, email: 'director@demo.chp.example', name: 'Alasdair Reid' },
    { role: Role.manager, email: 'manager@demo.chp.example', name: 'Fiona MacLeod' },
    { role: Role.handler, email: 'handler@demo.chp.example', name: 'Callum Stewart' },
    { role: Role.communications, email: 'comms@demo.chp.example', name: 'Eilidh Fraser' },
    { role: Role.staff, email: 'officer@demo.chp.example', name: 'Ross Duncan' },
  ];
  const organisationId = await ds.transaction(async (em) => {
    const [found] = await em.query<{ id: string }[]>(
      `SELECT id FROM organisation WHERE slug = $1`,
      [DEMO_SLUG],
    );
    if (found) return found.id;
    const id = await createOrganisation(em, {
      name: 'Clyde Valley Housing Association (demo)',
      slug: DEMO_SLUG,
      sector: Sector.housing,
      population: 6200,
      populationLabel: 'homes',
      tribunalSignposting:
        'If your complaint is about factoring, you can also apply to the First-tier Tribunal for Scotland (Housing and Property Chamber).',
    });
    const areaIds: string[] = [];
    for (const name of DEMO_SERVICE_AREAS) {
      const [row] = await em.query<{ id: string }[]>(
        `INSERT INTO service_area (organisation_id, name) VALUES ($1, $2) RETURNING id`,
        [id, name],
      );
      areaIds.push(row!.id);
    }
    for (const [i, user] of users.entries()) {
      await createPerson(em, {
        organisationId: id,
        ...user,
        serviceAreaId: areaIds[i % areaIds.length],
        password: DEMO_PASSWORD,
      });
    }
    log.info('created the demo organisation and its staff');
    return id;
  });
  return { organisationId, users };
}

export const DEMO_GROUP_SLUG = 'demo-housing-group';
export const DEMO_MEMBER_SLUG = 'demo-forth-homes';
const DEMO_MEMBER_AREAS = [
  'Repairs and maintenance',
  'Rents and service charges',
  'Estate management',
];

/**
 * The demo group (created once, also in a database whose demo organisation is older than
 * groups): the demo organisation and a smaller second housing association, Forth Estuary Homes,
 * with its own administrator. The demo's administrator is the platform administrator and its
 * director holds group access, so the Group page shows both side by side (docs/demo-data.md).
 * Returns the second organisation, whose demo data the start loads next, and its sign-in.
 */
export async function ensureDemoGroup(
  ds: DataSource,
  demoOrganisationId: string,
  log: Log,
): Promise<{ organisationId: string; users: DemoUser[] }> {
  const users: DemoUser[] = [
    { role: Role.admin, email: 'admin@forth.demo.chp.example', name: 'Isla Robertson' },
  ];
  const organisationId = await ds.transaction(async (em) => {
    const [group] = await em.query<{ id: string }[]>(
      `SELECT id FROM organisation_group WHERE slug = $1`,
      [DEMO_GROUP_SLUG],
    );
    const groupId =
      group?.id ??
      (
        await em.query<{ id: string }[]>(
          `INSERT INTO organisation_group (name, slug) VALUES ('Clyde and Forth Housing Group (demo)', $1) RETURNING id`,
          [DEMO_GROUP_SLUG],
        )
      )[0]!.id;
    await em.query(`UPDATE organisation SET group_id = $2 WHERE id = $1 AND group_id IS NULL`, [
      demoOrganisationId,
      groupId,
    ]);
    await em.query(
      `UPDATE person SET platform_admin = true WHERE lower(email) = 'admin@demo.chp.example'`,
    );
    await em.query(
      `UPDATE person SET group_access = true WHERE lower(email) = 'director@demo.chp.example'`,
    );
    const [found] = await em.query<{ id: string }[]>(
      `SELECT id FROM organisation WHERE slug = $1`,
      [DEMO_MEMBER_SLUG],
    );
    if (found) return found.id;
    const id = await createOrganisation(em, {
      name: 'Forth Estuary Homes (demo)',
      slug: DEMO_MEMBER_SLUG,
      sector: Sector.housing,
      population: 2400,
      populationLabel: 'homes',
      groupId,
    });
    const areaIds: string[] = [];
    for (const name of DEMO_MEMBER_AREAS) {
      const [row] = await em.query<{ id: string }[]>(
        `INSERT INTO service_area (organisation_id, name) VALUES ($1, $2) RETURNING id`,
        [id, name],
      );
      areaIds.push(row!.id);
    }
    for (const user of users)
      await createPerson(em, {
        organisationId: id,
        ...user,
        serviceAreaId: areaIds[0],
        password: DEMO_PASSWORD,
      });
    log.info('created the demo group and its second organisation');
    return id;
  });
  return { organisationId, users };
}

export function describeDemoUsers(users: DemoUser[], url: string): string {
  const width = Math.max(...users.map((u) => u.email.length));
  return [
    `Demo sign-in at ${url} (password for all: ${DEMO_PASSWORD}):`,
    ...users.map((u) => `  ${u.email.padEnd(width)}  ${u.role.replace('_', ' ')}`),
  ].join('\n');
}
