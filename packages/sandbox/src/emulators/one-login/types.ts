import type { Emulator, EmulatorOptions } from '../../emulator.js';
import type { TestPerson } from './test-people.js';

export type { TestPerson } from './test-people.js';

/** A relying party registered with the emulator, as One Login's onboarding registers one. */
export interface OneLoginClientRegistration {
  clientId: string;
  /** The client's public signing keys (RSA or EC JWKs) for `private_key_jwt`. */
  publicKeys: readonly Record<string, unknown>[];
  /** Exact redirect URIs; any other is refused with HTTP 400 and no redirect. */
  redirectUris: readonly string[];
  postLogoutRedirectUris?: readonly string[];
  /** Scopes the client may ask for besides `openid`. Default `email`, `phone`. */
  scopes?: readonly string[];
  /** Identity claims the client may ask for (full `https://vocab.account.gov.uk/v1/...` names). Default all. */
  claims?: readonly string[];
  /** Whether the client may ask for identity (P1/P2). Default true. */
  identityVerificationSupported?: boolean;
  /** Default ES256, as One Login's. */
  idTokenSigningAlgorithm?: 'ES256' | 'RS256';
  /** Where back-channel logout tokens are posted when the person signs out. */
  backChannelLogoutUri?: string;
  /** Refuse authorization requests without a PKCE challenge. Default false, as One Login's. */
  pkceEnforced?: boolean;
}

/** Options of `createOneLoginEmulator`. */
export interface OneLoginEmulatorOptions extends EmulatorOptions {
  /** Extra redirect URIs for the default client (its own are `http://localhost:3000/auth/callback` and the 127.0.0.1 one). */
  redirectUris?: readonly string[];
  /** Extra post-logout redirect URIs for the default client. */
  postLogoutRedirectUris?: readonly string[];
  /** Where the default client's back-channel logout tokens go. */
  backChannelLogoutUri?: string;
  /** The default client's ID token algorithm. Default ES256. */
  idTokenSigningAlgorithm?: 'ES256' | 'RS256';
  /** More clients besides the default one. */
  clients?: readonly OneLoginClientRegistration[];
}

/** The default client's credentials: enough for any relying party to sign in. */
export interface OneLoginCredentials {
  readonly clientId: string;
  /** SANDBOX ONLY: the default client's RSA private key (RS256), registered for `private_key_jwt`. */
  readonly privateKeyJwk: Readonly<Record<string, unknown>>;
  /** SANDBOX ONLY: the same client's EC private key (ES256), also registered. */
  readonly ecPrivateKeyJwk: Readonly<Record<string, unknown>>;
  readonly redirectUri: string;
  readonly postLogoutRedirectUri: string;
}

/** A back-channel logout the emulator sent. */
export interface SentBackChannelLogout {
  readonly clientId: string;
  readonly uri: string;
  readonly logoutToken: string;
  /** The HTTP status the relying party answered, or undefined when it could not be reached. */
  readonly status: number | undefined;
}

/** Test controls: the emulator's records and switches, behind the API. */
export interface OneLoginControl {
  /** The test people the sign-in page offers. */
  readonly people: readonly TestPerson[];
  /** Registers another relying party. */
  registerClient(registration: OneLoginClientRegistration): void;
  /** Publishes new ID token signing keys and signs with them from now on, still publishing the old. */
  rotateIdTokenKeys(): void;
  /** Adds a new identity signing key to the DID document and signs core identity JWTs with it. */
  rotateIdentityKeys(): void;
  /** Back-channel logouts sent so far, oldest first. */
  sentBackChannelLogouts(): readonly SentBackChannelLogout[];
  /** Waits for back-channel logouts under way. */
  settled(): Promise<void>;
}

export interface OneLoginEmulator extends Emulator {
  readonly service: 'oneLogin';
  readonly credentials: OneLoginCredentials;
  readonly control: OneLoginControl;
}
