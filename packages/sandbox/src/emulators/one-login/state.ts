import { randomBytes } from 'node:crypto';
import type { IdentityKeys, IdTokenKeys } from './signing-keys.js';
import type { TestPerson } from './test-people.js';
import type { OneLoginClientRegistration, SentBackChannelLogout } from './types.js';
import type { VectorOfTrust } from './vocabulary.js';

/** A validated authorization request waiting for the tester's choice on the sign-in page. */
export interface PendingAuthorization {
  readonly clientId: string;
  readonly redirectUri: string;
  readonly state: string;
  readonly nonce: string;
  readonly scopes: readonly string[];
  readonly vtr: VectorOfTrust;
  readonly claims: readonly string[];
  readonly codeChallenge: string | undefined;
  readonly uiLocale: 'en' | 'cy';
  readonly createdAt: number;
}

/** What the tester chose: who signed in and how far they got. */
export type SignInOutcome = 'signed-in' | 'identity-proved' | 'identity-failed' | 'cancelled' | 'unavailable';

/** An issued authorization code, single use. */
export interface IssuedCode extends PendingAuthorization {
  readonly person: TestPerson;
  readonly outcome: 'signed-in' | 'identity-proved' | 'identity-failed';
  readonly sid: string;
  readonly authTime: number;
  used: boolean;
}

export interface IssuedAccessToken {
  readonly code: IssuedCode;
  readonly sub: string;
  readonly expiresAt: number;
}

/** Everything the emulator remembers; in memory, per emulator. */
export interface OneLoginState {
  readonly basePath: string;
  readonly clients: Map<string, OneLoginClientRegistration>;
  readonly pending: Map<string, PendingAuthorization>;
  readonly codes: Map<string, IssuedCode>;
  readonly accessTokens: Map<string, IssuedAccessToken>;
  /** Client assertion `jti`s seen, with when they may be forgotten. */
  readonly assertionIds: Map<string, number>;
  readonly idTokenKeys: IdTokenKeys;
  readonly identityKeys: IdentityKeys;
  readonly sentLogouts: SentBackChannelLogout[];
  readonly deliveries: Set<Promise<void>>;
}

/** An unguessable opaque value (codes, access tokens, page ids). */
export function opaque(): string {
  return randomBytes(24).toString('base64url');
}

/** Drops entries whose time has passed, so the maps cannot grow without end. */
export function prune<Value>(
  map: Map<string, Value>,
  expiry: (value: Value) => number,
  now = Date.now(),
): void {
  for (const [key, value] of map) if (expiry(value) < now) map.delete(key);
}
