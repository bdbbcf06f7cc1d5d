import { api } from './api.mjs';
import { graphql } from './http.mjs';

const SIGN_IN = 'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { token } }';
/** The load runs' own handlers, created once with the demo password (the demo has one handler). */
const loadHandler = (i) => `load.handler.${i}@demo.chp.example`;

/**
 * `count` complaint handlers of the organisation who can sign in: the demo handler and, when
 * missing, load.handler.<n>@demo.chp.example with the demo password. Each signs in over HTTP
 * (its own session). Returns their ids and bearer tokens, and an active service area.
 */
export async function signInHandlers(dataSource, apiUrl, organisationId, count) {
  const { createPerson } = api('modules/people/index.js');
  const { Role } = api('core/role.js');
  const { DEMO_PASSWORD } = api('demo/first-start.js');
  const emails = ['handler@demo.chp.example'];
  for (let i = 2; i <= count; i++) emails.push(loadHandler(i));
  await dataSource.transaction(async (em) => {
    for (const [i, email] of emails.entries()) {
      const [taken] = await em.query(`SELECT 1 FROM person WHERE lower(email) = lower($1)`, [
        email,
      ]);
      if (!taken)
        await createPerson(em, {
          organisationId,
          email,
          name: `Load Handler ${i + 1}`,
          role: Role.handler,
          password: DEMO_PASSWORD,
        });
    }
  });
  const handlers = [];
  for (const email of emails) {
    const { body } = await graphql(apiUrl, SIGN_IN, { e: email, p: DEMO_PASSWORD });
    const [{ id }] = await dataSource.query(
      `SELECT id FROM person WHERE lower(email) = lower($1)`,
      [email],
    );
    handlers.push({ email, id, token: body.data.signIn.token });
  }
  const [{ id: serviceAreaId }] = await dataSource.query(
    `SELECT id FROM service_area WHERE organisation_id = $1 AND active ORDER BY name LIMIT 1`,
    [organisationId],
  );
  return { handlers, serviceAreaId };
}
