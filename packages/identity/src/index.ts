/**
 * @module @councilkit/identity
 * The provider-neutral identity port and a standards OpenID Connect relying party on jose,
 * `openIdConnect()`, for any OpenID provider. The conformance suite is at `@councilkit/identity/testing`.
 */
export {
  AuthError,
  ConfigError,
  CouncilKitError,
  ProviderError,
  TransportError,
  UnsupportedError,
  ValidationError,
  WebhookVerificationError,
} from '@councilkit/core';
export { defineIdentityProvider, type IdentityProviderImplementation } from './define.js';
export { IdentityError, type IdentityFailureReason } from './errors.js';
export {
  type MemoryIdentityControls,
  type MemoryIdentityProvider,
  type MemoryPerson,
  memoryIdentity,
  memoryTestPerson,
} from './memory.js';
export type { CallOptions } from './model/call-options.js';
export type { ProviderMetadata, ProviderOptions } from './model/provider-options.js';
export type { Session, SessionTokens } from './model/session.js';
export type { SavedSignIn, SignInOptions, SignInRequest } from './model/sign-in.js';
export type { LogoutNotice, SignOutOptions } from './model/sign-out.js';
export type { UserInfo } from './model/user-info.js';
// For adapters built on the relying party (as @councilkit/identity-onelogin is): the same
// cached-document and HTTP plumbing, so every adapter caches and reports failures alike.
export { CachedDocument, type Fetched, freshFor } from './oidc/cached-document.js';
export type { ClientAuth } from './oidc/client-auth.js';
export { createOidcHttp, type OidcHttp, type OidcRequest } from './oidc/http.js';
export { openIdConnect } from './oidc/open-id-connect.js';
export type {
  OpenIdConnectOptions,
  ParsedOpenIdConnectOptions as RelyingPartySettings,
} from './oidc/options.js';
export { createRelyingParty, type OpenIdConnectExtension } from './oidc/relying-party.js';
export type { IdentityCapabilities, IdentityProvider } from './port.js';
export { VERSION } from './version.js';
