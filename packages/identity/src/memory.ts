import { defineIdentityProvider } from './define.js';
import { InMemoryProvider, type MemoryPerson } from './memory/in-memory-provider.js';
import { createRelyingParty } from './oidc/relying-party.js';
import type { IdentityProvider } from './port.js';

export type { MemoryPerson } from './memory/in-memory-provider.js';

/** What a test or a demo can do to the memory provider, as a person at its sign-in page would. */
export interface MemoryIdentityControls {
  /** Signs `person` in at the URL `createSignIn` gave, and returns the callback URL to complete with. */
  signIn(authorizationUrl: string, person?: MemoryPerson): string;
  /** Cancels the sign-in: the callback URL carries `access_denied`. */
  cancelSignIn(authorizationUrl: string): string;
  /** A back-channel logout token for `sub`, as the provider would post it. */
  logoutToken(sub: string): Promise<string>;
}

export interface MemoryIdentityProvider extends IdentityProvider {
  readonly controls: MemoryIdentityControls;
}

/** The person `controls.signIn` signs in when given none. */
export const memoryTestPerson: MemoryPerson = {
  sub: 'memory-person-1',
  email: 'ada.lovelace@example.com',
  name: 'Ada Lovelace',
};

/**
 * An identity provider in memory, for unit tests and demos: the real OpenID Connect relying party
 * of `openIdConnect()` talking to a small provider held in memory, so every check still runs.
 */
export function memoryIdentity(
  options: { redirectUri?: string; postLogoutRedirectUri?: string } = {},
): MemoryIdentityProvider {
  const redirectUri = options.redirectUri ?? 'http://localhost:3000/auth/callback';
  const provider = new InMemoryProvider('memory-client', [redirectUri]);
  const identity = defineIdentityProvider(
    createRelyingParty(
      {
        issuer: provider.issuer,
        clientId: provider.clientId,
        clientAuth: { method: 'none' },
        redirectUri,
        postLogoutRedirectUri: options.postLogoutRedirectUri ?? 'http://localhost:3000/signed-out',
        transport: provider.transport,
        providerName: 'memory',
      },
      { provider: 'memory' },
    ),
  );
  return {
    ...identity,
    controls: {
      signIn: (url, person = memoryTestPerson) => provider.authorize(url, person),
      cancelSignIn: (url) => provider.authorize(url, 'cancel'),
      logoutToken: (sub) => provider.logoutToken(sub),
    },
  };
}
