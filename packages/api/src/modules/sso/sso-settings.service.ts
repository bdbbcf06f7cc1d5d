import { isEmailDomain } from '@chp/domain';
import type { ChpContext } from '../../core/context';
import { checkVersion, mutate } from '../../core/mutation';
import { staleVersion } from '../../core/errors';
import { getConfig } from '../../config';
import { sealSecret } from './client-secret';
import { ssoError } from './sso.errors';
import type { SingleSignOnInput } from './sso-settings.inputs';
import type { SingleSignOnSettings } from './sso-settings.types';
import { ssoOfOrganisation, type StoredSso } from './sso-settings.store';

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/** https, or plain http to this machine only (a provider run beside the platform, as in tests). */
export function issuerUrlAcceptable(value: string): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  if (url.search || url.hash || url.username || url.password) return false;
  return url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK.has(url.hostname));
}

/** The settings without the secret (it is never returned: only whether one is stored). */
export function settingsView(stored: StoredSso): SingleSignOnSettings {
  const { clientSecret, organisationId: _o, ...rest } = stored;
  return { ...rest, clientSecretSet: clientSecret.length > 0 };
}

/** Sets up or changes the viewer's organisation's single sign-on, in one audited transaction. */
export async function setSingleSignOn(
  ctx: ChpContext,
  input: SingleSignOnInput,
): Promise<SingleSignOnSettings> {
  const domains = input.allowedDomains.map((d) => d.trim().toLowerCase());
  const badDomain = domains.find((d) => !isEmailDomain(d));
  if (badDomain !== undefined) throw ssoError('emailDomain');
  if (!issuerUrlAcceptable(input.issuerUrl.trim())) throw ssoError('issuerUrl');
  return mutate(ctx, 'setSingleSignOn', async (tx) => {
    const organisationId = tx.viewer.organisationId;
    const current = await ssoOfOrganisation(tx.em, organisationId, true);
    if (current) checkVersion('SingleSignOn', current, input.version ?? 0);
    else if (input.version != null) throw staleVersion('SingleSignOn', input.version, 0);
    if (!current && !input.clientSecret) throw ssoError('SSO_CLIENT_SECRET_REQUIRED');
    const taken: { domain: string }[] = await tx.em.query(
      `SELECT domain FROM organisation_sso_domain WHERE domain = ANY($1) AND organisation_id <> $2 ORDER BY domain LIMIT 1`,
      [domains, organisationId],
    );
    if (taken[0]) throw ssoError('SSO_DOMAIN_TAKEN', `(${taken[0].domain})`);
    const secret = input.clientSecret
      ? sealSecret(input.clientSecret, getConfig().secretKey)
      : current!.clientSecret;
    const groupRoles = input.groupRoles.map((g) => ({ group: g.group.trim(), role: g.role }));
    await tx.em.query(
      `INSERT INTO organisation_sso (organisation_id, enabled, issuer_url, client_id, client_secret,
                                     group_claim, group_roles, default_role, version, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 1, $9)
       ON CONFLICT (organisation_id) DO UPDATE SET
         enabled = $2, issuer_url = $3, client_id = $4, client_secret = $5, group_claim = $6,
         group_roles = $7, default_role = $8, version = organisation_sso.version + 1, updated_at = $9`,
      [
        organisationId,
        input.enabled,
        input.issuerUrl.trim(),
        input.clientId.trim(),
        secret,
        input.groupClaim,
        JSON.stringify(groupRoles),
        input.defaultRole ?? null,
        tx.now,
      ],
    );
    await tx.em.query(`DELETE FROM organisation_sso_domain WHERE organisation_id = $1`, [
      organisationId,
    ]);
    await tx.em.query(
      `INSERT INTO organisation_sso_domain (domain, organisation_id) SELECT unnest($1::varchar[]), $2`,
      [domains, organisationId],
    );
    const saved = (await ssoOfOrganisation(tx.em, organisationId))!;
    const { clientSecret: _s, ...changes } = input;
    await tx.audit({
      organisationId,
      entity: 'singleSignOn',
      entityId: organisationId,
      changes: { ...changes, clientSecretChanged: Boolean(input.clientSecret) },
    });
    return settingsView(saved);
  });
}
