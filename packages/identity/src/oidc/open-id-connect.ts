import { parseConfig } from '@councilkit/core';
import { defineIdentityProvider } from '../define.js';
import type { IdentityProvider } from '../port.js';
import { type OpenIdConnectOptions, openIdConnectOptionsSchema } from './options.js';
import { createRelyingParty } from './relying-party.js';

/**
 * Signs people in with any OpenID provider (Entra ID, Keycloak, Okta, Auth0, GOV.UK One Login
 * without its extras): the authorization code flow with PKCE, every ID token check, userinfo,
 * RP-initiated and back-channel logout. Options are checked at once (a `ConfigError` lists every
 * problem, never echoing a secret).
 *
 * @example
 * const staff = openIdConnect({
 *   issuer: 'https://login.microsoftonline.com/<tenant>/v2.0',
 *   clientId: '<application id>',
 *   clientAuth: { method: 'client_secret_basic' }, // secret from OIDC_CLIENT_SECRET
 *   redirectUri: 'https://permits.example.gov.uk/auth/callback',
 * });
 */
export function openIdConnect(options: OpenIdConnectOptions): IdentityProvider {
  const settings = parseConfig(
    openIdConnectOptionsSchema(),
    options,
    options?.providerName ?? 'openid-connect',
  );
  return defineIdentityProvider(createRelyingParty(settings), {
    logger: settings.logger,
    level: settings.logLevel,
  });
}
