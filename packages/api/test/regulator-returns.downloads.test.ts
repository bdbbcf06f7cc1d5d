import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../src/core/role';
import { download } from './support/downloads';
import { createWorld, type World } from './support/world';

/** Who may download the Returns page's CSVs (docs/api.md, Downloads): managers and senior management only. */

const FILES = ['spso', 'arc', 'reconciliation', 'statistics'] as const;
const READERS: Role[] = [Role.admin, Role.senior_manager, Role.manager];

describe('regulator return downloads', () => {
  let world: World;
  beforeAll(async () => {
    world = await createWorld('2026-11-20T12:00:00Z');
  });
  afterAll(async () => {
    await world?.close();
  });

  for (const file of FILES) {
    describe(`${file}.csv`, () => {
      const path = `/exports/returns/${file}.csv?financialYear=2025`;
      it('answers 401 to nobody', async () =>
        expect((await download(world, path, null)).status).toBe(401));
      for (const role of Object.values(Role)) {
        const allowed = READERS.includes(role);
        it(`${allowed ? 'lets' : 'forbids'} ${role}`, async () => {
          const res = await download(world, path, world.org.people[role]);
          expect(res.status).toBe(allowed ? 200 : 403);
          if (allowed) {
            expect(res.headers.get('content-disposition')).toBe(
              `attachment; filename="${file}-2025-04-01-to-2026-03-31.csv"`,
            );
            expect(res.headers.get('cache-control')).toBe('no-store');
          }
        });
      }
    });
  }

  it('records each download in the audit log, without its rows', async () => {
    await download(world, '/exports/returns/arc.csv?year=2025', world.org.people[Role.manager]);
    const [entry] = await world.db.dataSource.query(
      `SELECT actor_id, changes FROM audit_log WHERE organisation_id = $1 AND operation = 'exportReturn' ORDER BY at DESC, id DESC LIMIT 1`,
      [world.org.id],
    );
    expect(entry).toEqual({
      actor_id: world.org.people[Role.manager].id,
      changes: { file: 'arc', from: '2025-01-01', to: '2025-12-31' },
    });
  });

  it('a year that is not a whole number is BAD_USER_INPUT naming the field', async () => {
    const res = await download(
      world,
      '/exports/returns/spso.csv?financialYear=20x5',
      world.org.people[Role.manager],
    );
    expect(res.status).toBe(400);
    expect(JSON.parse(String(res.body)).errors[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'financialYear',
      rule: 'isInt',
    });
  });

  it('no period is BAD_USER_INPUT (exactly one period)', async () => {
    const res = await download(world, '/exports/returns/spso.csv', world.org.people[Role.manager]);
    expect(res.status).toBe(400);
    expect(JSON.parse(String(res.body)).errors[0].extensions.rule).toBe('exactlyOne');
  });

  it('a file that is not a return is NOT_FOUND', async () =>
    expect(
      (
        await download(
          world,
          '/exports/returns/customers.csv?financialYear=2025',
          world.org.people[Role.manager],
        )
      ).status,
    ).toBe(404));
});
