/** The emulator's issuer for a request: origin, base path and a trailing slash, like One Login's. */
export function issuerOf(request: Request, basePath: string): string {
  return `${new URL(request.url).origin}${basePath}/`;
}

/** The identity issuer: apart from the OIDC issuer, as in the real service, under `identity/`. */
export function identityIssuerOf(issuer: string): string {
  return `${issuer}identity/`;
}

/** The `did:web` identifier of the identity issuer (host, `%3A`-encoded port, then path segments). */
export function didOf(identityIssuer: string): string {
  const url = new URL(identityIssuer);
  const segments = url.pathname.split('/').filter((segment) => segment !== '');
  return ['did:web', encodeURIComponent(url.host), ...segments].join(':');
}
