import { createHash } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import {
  directoryRole,
  emailDomain,
  emailDomainAllowed,
  roleOnLaterSignIn,
  type Role,
} from '@chp/domain';
import { openSession } from '../auth';
import { createPerson } from '../people';
import { directoryClient, errorCode, oidc } from './directory-client';
import { SsoRefused } from './sso.errors';
import { ssoOfDomain, ssoOfOrganisation } from './sso-settings.store';

/** How long a sign-in may spend at the directory before its state is refused. */
export const ATTEMPT_MINUTES = 10;

const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');

/**
 * Starts a sign-in through the directory of the organisation that signs in the e-mail's domain:
 * the authorization code flow with PKCE, a state and a nonce, kept server-side and bound to the
 * browser (`browserToken`, a cookie set by sso-routes.ts). Answers the directory's address.
 */
export async function startSingleSignOn(
  ds: DataSource,
  args: { email: string; browserToken: string; redirectUri: string; now: Date },
): Promise<URL> {
  const domain = emailDomain(args.email);
  const sso = domain ? await ssoOfDomain(ds.manager, domain) : null;
  if (!sso || !sso.enabled) throw new SsoRefused('SSO_NOT_SET_UP', 'no directory for the domain');
  const client = await directoryClient(sso, args.now);
  const verifier = oidc.randomPKCECodeVerifier();
  const state = oidc.randomState();
  const nonce = oidc.randomNonce();
  await ds.query(
    `INSERT INTO sso_attempt (state_hash, browser_hash, organisation_id, code_verifier, nonce, redirect_uri, created_at, expires_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [
      sha256(state),
      sha256(args.browserToken),
      sso.organisationId,
      verifier,
      nonce,
      args.redirectUri,
      args.now,
      new Date(args.now.getTime() + ATTEMPT_MINUTES * 60_000),
    ],
  );
  await ds.query(`DELETE FROM sso_attempt WHERE expires_at <= $1`, [args.now]);
  return oidc.buildAuthorizationUrl(client, {
    redirect_uri: args.redirectUri,
    scope: 'openid email profile',
    response_type: 'code',
    code_challenge: await oidc.calculatePKCECodeChallenge(verifier),
    code_challenge_method: 'S256',
    state,
    nonce,
    login_hint: args.email.trim(),
  });
}

interface Attempt {
  organisation_id: string;
  code_verifier: string;
  nonce: string;
  redirect_uri: string;
}

/** What the directory's ID token says about the person, once checked. */
interface DirectoryPerson {
  email: string;
  name: string;
  groups: string[];
}

/**
 * Finishes a sign-in: uses the state once (and only from the browser that started it), redeems
 * the code with the PKCE verifier, checks the ID token (signature, issuer, audience, expiry,
 * nonce: openid-client), then creates or links the person (docs/procedure.md, Accounts: single
 * sign-on) and opens a session. Refusals throw SsoRefused and change nothing but the used state.
 */
export async function finishSingleSignOn(
  ds: DataSource,
  args: { callbackUrl: URL; browserToken: string | null; now: Date },
): Promise<{ token: string; expiresAt: Date; organisationId: string }> {
  const state = args.callbackUrl.searchParams.get('state');
  if (!state || !args.browserToken)
    throw new SsoRefused('SSO_ATTEMPT_EXPIRED', 'no state or no browser cookie');
  // an UPDATE answers [rows, count]
  const [rows]: [Attempt[], number] = await ds.query(
    `UPDATE sso_attempt SET used_at = $3
      WHERE state_hash = $1 AND browser_hash = $2 AND used_at IS NULL AND expires_at > $3
  RETURNING organisation_id, code_verifier, nonce, redirect_uri`,
    [sha256(state), sha256(args.browserToken), args.now],
  );
  const attempt = rows[0];
  if (!attempt) throw new SsoRefused('SSO_ATTEMPT_EXPIRED', 'unknown, used or expired state');
  const sso = await ssoOfOrganisation(ds.manager, attempt.organisation_id);
  if (!sso || !sso.enabled) throw new SsoRefused('SSO_NOT_SET_UP', 'turned off meanwhile');
  const client = await directoryClient(sso, args.now);
  // the directory saw the redirect URI the attempt was started with
  const callbackUrl = new URL(attempt.redirect_uri);
  callbackUrl.search = args.callbackUrl.search;
  let claims: Record<string, unknown> | undefined;
  try {
    const tokens = await oidc.authorizationCodeGrant(client, callbackUrl, {
      pkceCodeVerifier: attempt.code_verifier,
      expectedState: state,
      expectedNonce: attempt.nonce,
      idTokenExpected: true,
    });
    claims = tokens.claims();
  } catch (error) {
    throw new SsoRefused('SSO_TOKEN_REFUSED', errorCode(error));
  }
  const person = directoryPerson(claims ?? {}, sso.groupClaim);
  if (!emailDomainAllowed(person.email, sso.allowedDomains))
    throw new SsoRefused('SSO_DOMAIN_NOT_ALLOWED', 'e-mail domain not listed');
  const role = directoryRole(person.groups, sso.groupRoles, sso.defaultRole);
  return ds.transaction(async (em) => {
    const personId = await createOrLink(em, sso.organisationId, person, role, args.now);
    const session = await openSession(em, personId, args.now);
    await audit(em, sso.organisationId, personId, args.now, 'signIn', { via: 'singleSignOn' });
    return { ...session, organisationId: sso.organisationId };
  });
}

/**
 * The e-mail must be one the directory vouches for: `email_verified` (OpenID Connect), or
 * Entra ID's `xms_edov` (the domain's owner verified it), see README, Single sign-on.
 */
function directoryPerson(claims: Record<string, unknown>, groupClaim: string): DirectoryPerson {
  const email = typeof claims.email === 'string' ? claims.email.trim() : '';
  if (!email || (claims.email_verified !== true && claims.xms_edov !== true))
    throw new SsoRefused('SSO_EMAIL_NOT_VERIFIED', 'no verified e-mail claim');
  const raw = claims[groupClaim];
  const groups = (Array.isArray(raw) ? raw : [raw]).filter(
    (g): g is string => typeof g === 'string',
  );
  const name =
    typeof claims.name === 'string' && claims.name.trim()
      ? claims.name.trim().slice(0, 120)
      : email.slice(0, email.indexOf('@')).slice(0, 120);
  return { email, name, groups };
}

/** First sign-in creates the person with the directory's role; a later one never raises it. */
async function createOrLink(
  em: EntityManager,
  organisationId: string,
  person: DirectoryPerson,
  role: Role | null,
  now: Date,
): Promise<string> {
  const [stored]: { id: string; organisation_id: string; role: Role; active: boolean }[] =
    await em.query(
      `SELECT id, organisation_id, role, active FROM person WHERE lower(email) = lower($1) FOR UPDATE`,
      [person.email],
    );
  if (stored && stored.organisation_id !== organisationId)
    throw new SsoRefused('SSO_REFUSED', 'e-mail belongs to a person of another organisation');
  if (stored && !stored.active) throw new SsoRefused('SSO_PERSON_DEACTIVATED', 'deactivated');
  if (role === null) throw new SsoRefused('SSO_NO_ROLE', 'no group maps to a role');
  if (!stored) {
    const id = await createPerson(em, {
      organisationId,
      email: person.email,
      name: person.name,
      role,
    });
    await audit(em, organisationId, id, now, 'singleSignOnCreatePerson', { role });
    return id;
  }
  const outcome = roleOnLaterSignIn(stored.role, role);
  if (outcome.change === 'raiseRefused') {
    await audit(em, organisationId, stored.id, now, 'singleSignOnRoleNotRaised', {
      role: stored.role,
      directoryRole: outcome.directoryRole,
    });
  } else if (outcome.change === 'lowered') {
    await em.query(
      `UPDATE person SET role = $2, version = version + 1, updated_at = $3 WHERE id = $1`,
      [stored.id, outcome.role, now],
    );
    await audit(em, organisationId, stored.id, now, 'singleSignOnRoleLowered', {
      from: outcome.from,
      role: outcome.role,
    });
  }
  return stored.id;
}

async function audit(
  em: EntityManager,
  organisationId: string,
  personId: string,
  now: Date,
  operation: string,
  changes: Record<string, unknown>,
): Promise<void> {
  await em.query(
    `INSERT INTO audit_log (organisation_id, at, actor_id, operation, entity, entity_id, changes)
     VALUES ($1, $2, $3, $4, 'person', $5, $6)`,
    [organisationId, now, personId, operation, personId, JSON.stringify(changes)],
  );
}
