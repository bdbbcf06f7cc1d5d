import * as oidc from 'openid-client';
import { openSecret } from './client-secret';
import { getConfig } from '../../config';
import { SsoRefused } from './sso.errors';
import type { StoredSso } from './sso-settings.store';

/**
 * The organisation's directory as an OpenID Connect client sees it (openid-client 6): discovered
 * from the issuer, authenticating with the client secret. Token times (exp, iat) are judged on the
 * platform's clock (`now`), so a request's clock decides as it does for everything else. Plain
 * http is allowed only to this machine (sso-settings.service.ts: issuerUrlAcceptable).
 */
export async function directoryClient(sso: StoredSso, now: Date): Promise<oidc.Configuration> {
  const issuer = new URL(sso.issuerUrl);
  const secret = openSecret(sso.clientSecret, getConfig().secretKey);
  try {
    return await oidc.discovery(
      issuer,
      sso.clientId,
      { [oidc.clockSkew]: Math.round((now.getTime() - Date.now()) / 1000) },
      oidc.ClientSecretBasic(secret),
      {
        timeout: 10,
        ...(issuer.protocol === 'http:' ? { execute: [oidc.allowInsecureRequests] } : {}),
      },
    );
  } catch (error) {
    throw new SsoRefused('SSO_PROVIDER_UNAVAILABLE', `discovery failed: ${errorCode(error)}`);
  }
}

/** A short, non-personal name for an openid-client failure, for the log: its code and the claim it checked. */
export function errorCode(error: unknown): string {
  if (!(error instanceof Error)) return 'unknown';
  const { code } = error as Error & { code?: string };
  const oauthError = 'error' in error ? ` ${String(error.error)}` : '';
  // openid-client may wrap oauth4webapi's error: the checked claim sits somewhere down the causes
  let cause: unknown = error.cause;
  let claim = '';
  for (let depth = 0; depth < 3 && cause && typeof cause === 'object'; depth++) {
    if ('claim' in cause) {
      claim = ` ${String(cause.claim)}`;
      break;
    }
    cause = (cause as { cause?: unknown }).cause;
  }
  return `${code ?? error.name}${claim}${oauthError}`;
}

export { oidc };
