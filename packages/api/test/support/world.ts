import { randomBytes } from 'node:crypto';
import { buildChpSchema } from '../../src/app/schema';
import { createApp } from '../../src/app/server/app';
import { createOrganisation } from '../../src/modules/organisations/organisation.service';
import { createPerson } from '../../src/modules/people/people.service';
import { openSession } from '../../src/modules/auth/session.service';
import { Role } from '../../src/core/role';
import { createTestDatabase, type TestDatabase } from './database';
import { listen, postGraphQL, type GraphQLResponse } from './http';
import { memoryLog } from './memory-log';

/** A cheap scrypt cost for test fixtures only (the stored hash records its own cost). */
export const TEST_HASH_COST = { N: 2 ** 10 };
/** The public site's configured address (PUBLIC_BASE_URL) in every world. */
export const WORLD_BASE_URL = 'https://reports.example.org';
export const TEST_PASSWORD = 'correct horse battery staple';

export interface WorldPerson {
  id: string;
  email: string;
  role: Role;
  token: string;
}

export interface WorldOrganisation {
  id: string;
  serviceAreaIds: string[];
  /** One signed-in member of staff per role. */
  people: Record<Role, WorldPerson>;
  /** A second manager (e.g. to approve someone else's work) and a second staff member. */
  manager2: WorldPerson;
  staff2: WorldPerson;
}

export interface World {
  db: TestDatabase;
  url: string;
  /** A housing association, the organisation most tests work in. */
  org: WorldOrganisation;
  /** Another organisation on the same deployment: nothing of it may be visible from `org`. */
  other: WorldOrganisation;
  /** The platform administrator (an administrator of a third, empty organisation): creates organisations and groups. */
  platformAdmin: WorldPerson;
  /** What the server logged. */
  log: ReturnType<typeof memoryLog>;
  /** The clock every request sees; tests move it with `setNow`. */
  setNow(instant: string): void;
  gql<T = Record<string, any>>(
    query: string,
    variables?: object,
    as?: WorldPerson | null,
  ): Promise<GraphQLResponse<T>>;
  close(): Promise<void>;
}

async function seedOrganisation(db: TestDatabase, label: string): Promise<WorldOrganisation> {
  return db.dataSource.transaction(async (em) => {
    const suffix = randomBytes(3).toString('hex');
    const id = await createOrganisation(em, {
      name: `${label} Housing Association`,
      slug: `${label.toLowerCase()}-${suffix}`,
      sector: 'housing' as never,
      population: 5000,
      populationLabel: 'homes',
    });
    const serviceAreaIds: string[] = [];
    for (const name of ['Repairs', 'Rents', 'Estate management']) {
      const [row] = await em.query(
        `INSERT INTO service_area (organisation_id, name) VALUES ($1, $2) RETURNING id`,
        [id, name],
      );
      serviceAreaIds.push(row.id);
    }
    const make = async (role: Role, n = 1): Promise<WorldPerson> => {
      const email = `${role}${n}.${suffix}@${label.toLowerCase()}.example`;
      const personId = await createPerson(
        em,
        {
          organisationId: id,
          email,
          name: `${label} ${role} ${n}`,
          role,
          serviceAreaId: serviceAreaIds[0],
          password: TEST_PASSWORD,
        },
        TEST_HASH_COST,
      );
      const { token } = await openSession(em, personId, new Date());
      return { id: personId, email, role, token };
    };
    const people = {} as Record<Role, WorldPerson>;
    for (const role of Object.values(Role)) people[role] = await make(role);
    return {
      id,
      serviceAreaIds,
      people,
      manager2: await make(Role.manager, 2),
      staff2: await make(Role.staff, 2),
    };
  });
}

/** The deployment's platform administrator, alone in an organisation of its own. */
async function seedPlatformAdmin(db: TestDatabase): Promise<WorldPerson> {
  return db.dataSource.transaction(async (em) => {
    const suffix = randomBytes(3).toString('hex');
    const organisationId = await createOrganisation(em, {
      name: 'Platform Operator',
      slug: `platform-${suffix}`,
      sector: 'other' as never,
    });
    const email = `platform.${suffix}@operator.example`;
    const id = await createPerson(
      em,
      {
        organisationId,
        email,
        name: 'Platform Administrator',
        role: Role.admin,
        password: TEST_PASSWORD,
      },
      TEST_HASH_COST,
    );
    await em.query(`UPDATE person SET platform_admin = true WHERE id = $1`, [id]);
    const { token } = await openSession(em, id, new Date());
    return { id, email, role: Role.admin, token };
  });
}

/**
 * A migrated database of its own, the API over HTTP on an ephemeral port, and two organisations
 * with a signed-in person in every role. Call in beforeAll; `close()` in afterAll.
 */
export async function createWorld(startAt = '2026-03-02T10:00:00Z'): Promise<World> {
  const db = await createTestDatabase();
  let now = new Date(startAt);
  const log = memoryLog();
  const { app, apollo } = await createApp({
    dataSource: db.dataSource,
    schema: await buildChpSchema(),
    webDist: '/nonexistent',
    log,
    clock: () => now,
    publicBaseUrl: WORLD_BASE_URL,
  });
  const server = await listen(app);
  const org = await seedOrganisation(db, 'Clyde');
  const other = await seedOrganisation(db, 'Forth');
  const platformAdmin = await seedPlatformAdmin(db);
  return {
    db,
    url: server.url,
    org,
    other,
    platformAdmin,
    log,
    setNow: (instant) => {
      now = new Date(instant);
    },
    gql: (query, variables, as) => postGraphQL(server.url, query, variables, as?.token),
    close: async () => {
      await server.close();
      await apollo.stop();
      await db.drop();
    },
  };
}

/** Row counts of every table, to prove a rejected request wrote nothing. */
export async function tableCounts(db: TestDatabase): Promise<Record<string, number>> {
  const tables: { tablename: string }[] = await db.dataSource.query(
    // request_budget counts requests (every request writes it), not data
    `SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'request_budget' ORDER BY tablename`,
  );
  const counts: Record<string, number> = {};
  for (const { tablename } of tables) {
    const [row] = await db.dataSource.query(`SELECT count(*)::int AS n FROM "${tablename}"`);
    counts[tablename] = row.n;
  }
  return counts;
}
