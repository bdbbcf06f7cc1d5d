import type { EntityManager } from 'typeorm';
import type { DirectoryGroupRole } from '@chp/domain';
import type { Role } from '../../core/role';

/** An organisation's directory settings as stored (the secret still sealed). */
export interface StoredSso {
  organisationId: string;
  enabled: boolean;
  issuerUrl: string;
  clientId: string;
  clientSecret: string;
  groupClaim: string;
  groupRoles: DirectoryGroupRole[];
  defaultRole: Role | null;
  version: number;
  allowedDomains: string[];
}

const SELECT = `
  SELECT s.organisation_id AS "organisationId", s.enabled, s.issuer_url AS "issuerUrl",
         s.client_id AS "clientId", s.client_secret AS "clientSecret", s.group_claim AS "groupClaim",
         s.group_roles AS "groupRoles", s.default_role AS "defaultRole", s.version,
         array(SELECT d.domain FROM organisation_sso_domain d
               WHERE d.organisation_id = s.organisation_id ORDER BY d.domain) AS "allowedDomains"
    FROM organisation_sso s`;

export async function ssoOfOrganisation(
  em: EntityManager,
  organisationId: string,
  lock = false,
): Promise<StoredSso | null> {
  const rows: StoredSso[] = await em.query(
    `${SELECT} WHERE s.organisation_id = $1${lock ? ' FOR UPDATE OF s' : ''}`,
    [organisationId],
  );
  return rows[0] ?? null;
}

/** The settings of the organisation that signs in `domain` (lower case), enabled or not. */
export async function ssoOfDomain(em: EntityManager, domain: string): Promise<StoredSso | null> {
  const rows: StoredSso[] = await em.query(
    `${SELECT} WHERE s.organisation_id = (SELECT organisation_id FROM organisation_sso_domain WHERE domain = $1)`,
    [domain],
  );
  return rows[0] ?? null;
}
