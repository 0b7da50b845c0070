/** The emulator's issuer for a request: origin, base path and a trailing slash, like One Login's. */
export function issuerOf(request: Request, basePath: string): string {
  return `${new URL(request.url).origin}${basePath}/`;
}

/** The real service's identity issuers, by OIDC issuer: msw serves the emulator at both hosts. */
export const realIdentityIssuers: Readonly<Record<string, string>> = {
  'https://oidc.integration.account.gov.uk/': 'https://identity.integration.account.gov.uk/',
  'https://oidc.account.gov.uk/': 'https://identity.account.gov.uk/',
};

/** The origin msw routes to the emulator for the identity issuer, besides the OIDC issuer's. */
export const integrationIdentityOrigin = 'https://identity.integration.account.gov.uk';

/**
 * The identity issuer, apart from the OIDC issuer as in the real service: at One Login's own
 * hosts its real identity host, elsewhere (the loopback sandbox) `identity/` under the issuer.
 */
export function identityIssuerOf(issuer: string): string {
  return realIdentityIssuers[issuer] ?? `${issuer}identity/`;
}

/** The OIDC issuer whose identity issuer lives at `origin`, when `origin` is a real identity host. */
export function issuerForIdentityOrigin(origin: string): string | undefined {
  return Object.keys(realIdentityIssuers).find((issuer) => realIdentityIssuers[issuer] === `${origin}/`);
}

/** The `did:web` identifier of the identity issuer (host, `%3A`-encoded port, then path segments). */
export function didOf(identityIssuer: string): string {
  const url = new URL(identityIssuer);
  const segments = url.pathname.split('/').filter((segment) => segment !== '');
  return ['did:web', encodeURIComponent(url.host), ...segments].join(':');
}
