/** Where a One Login environment lives: its OIDC issuer and its separate identity issuer. */
export interface OneLoginEnvironment {
  /** The OIDC issuer, with its trailing slash. */
  readonly issuer: string;
  /** The issuer of core identity JWTs, with its trailing slash. */
  readonly identityIssuer: string;
  /** The pinned DID document URL; no other DID resolution is ever used. */
  readonly didUrl: string;
  /** The DID the document must name as its `id`, and every key id's controller. */
  readonly controller: string;
}

const known = {
  integration: {
    issuer: 'https://oidc.integration.account.gov.uk/',
    identityIssuer: 'https://identity.integration.account.gov.uk/',
  },
  production: { issuer: 'https://oidc.account.gov.uk/', identityIssuer: 'https://identity.account.gov.uk/' },
} as const;

const withSlash = (url: string) => (url.endsWith('/') ? url : `${url}/`);

/**
 * Resolves `environment`. A custom issuer (the sandbox, a proxy) is given One Login's trailing
 * slash; its identity issuer defaults to `<issuer>identity/`, where the sandbox serves it.
 */
export function resolveEnvironment(
  environment: 'integration' | 'production' | { issuer: string; identityIssuer?: string | undefined },
): OneLoginEnvironment {
  const chosen =
    typeof environment === 'string'
      ? known[environment]
      : {
          issuer: withSlash(environment.issuer),
          identityIssuer: withSlash(
            environment.identityIssuer ?? `${withSlash(environment.issuer)}identity/`,
          ),
        };
  const identity = new URL(chosen.identityIssuer);
  const segments = identity.pathname.split('/').filter((segment) => segment !== '');
  return {
    issuer: chosen.issuer,
    identityIssuer: chosen.identityIssuer,
    didUrl: `${chosen.identityIssuer}.well-known/did.json`,
    controller: ['did:web', encodeURIComponent(identity.host), ...segments].join(':'),
  };
}
