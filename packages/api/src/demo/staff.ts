import type { DataSource } from 'typeorm';
import { createPerson } from '../modules/people';
import { Role } from '../core/role';
import { Random } from './random';
import { FIRST_NAMES, SURNAMES } from './texts';

/**
 * More staff for a demo organisation, so complaints and actions spread over several handlers,
 * managers and officers: per service area two handlers and two members of staff, plus two
 * managers. They have no password (they cannot sign in; the demo users of first-start.ts can).
 * Created once: nothing is added when the organisation already has more than ten people.
 */
export async function ensureDemoStaff(
  ds: DataSource,
  organisationId: string,
  emailDomain: string,
): Promise<number> {
  return ds.transaction(async (em) => {
    const [{ n }] = await em.query<[{ n: number }]>(
      `SELECT count(*)::int AS n FROM person WHERE organisation_id = $1`,
      [organisationId],
    );
    if (n > 10) return 0;
    const areas: { id: string }[] = await em.query(
      `SELECT id FROM service_area WHERE organisation_id = $1 AND active ORDER BY created_at, name`,
      [organisationId],
    );
    const rng = new Random(7, areas.length);
    const used = new Set<string>();
    let added = 0;
    const add = async (role: Role, serviceAreaId: string | null) => {
      let name: string;
      do name = `${rng.pick(FIRST_NAMES)} ${rng.pick(SURNAMES)}`;
      while (used.has(name));
      used.add(name);
      const email = `${name.toLowerCase().replace(/[^a-z]+/g, '.')}@${emailDomain}`;
      const [taken] = await em.query<unknown[]>(
        `SELECT 1 FROM person WHERE lower(email) = lower($1)`,
        [email],
      );
      if (taken) return;
      await createPerson(em, { organisationId, email, name, role, serviceAreaId, password: null });
      added++;
    };
    for (let i = 0; i < 2; i++)
      await add(Role.manager, areas[i % Math.max(1, areas.length)]?.id ?? null);
    for (const area of areas) {
      await add(Role.handler, area.id);
      await add(Role.handler, area.id);
      await add(Role.staff, area.id);
      await add(Role.staff, area.id);
    }
    return added;
  });
}
