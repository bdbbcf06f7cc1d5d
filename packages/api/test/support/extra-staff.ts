import { randomBytes } from 'node:crypto';
import type { Role } from '../../src/core/role';
import { openSession } from '../../src/modules/auth/session.service';
import { createPerson } from '../../src/modules/people';
import {
  TEST_HASH_COST,
  TEST_PASSWORD,
  type World,
  type WorldOrganisation,
  type WorldPerson,
} from './world';

/** Another member of staff of `org` in `role`, signed in (a session of their own). */
export async function signedInStaff(
  world: World,
  org: WorldOrganisation,
  role: Role,
): Promise<WorldPerson> {
  const email = `extra.${randomBytes(4).toString('hex')}@clyde.example`;
  return world.db.dataSource.transaction(async (em) => {
    const id = await createPerson(
      em,
      { organisationId: org.id, email, name: `Extra ${role}`, role, password: TEST_PASSWORD },
      TEST_HASH_COST,
    );
    const { token } = await openSession(em, id, new Date());
    return { id, email, role, token };
  });
}
