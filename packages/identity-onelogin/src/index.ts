/**
 * @module @councilkit/identity-onelogin
 * GOV.UK One Login for `@councilkit/identity`: `govukOneLogin({ clientId, privateKey, redirectUri })`.
 */
export {
  AuthError,
  ConfigError,
  CouncilKitError,
  IdentityError,
  type IdentityProvider,
  ProviderError,
  type Session,
  type SignInRequest,
  TransportError,
  type UserInfo,
  ValidationError,
  WebhookVerificationError,
} from '@councilkit/identity';
export type {
  IdentityClaimName,
  OneLoginAddress,
  OneLoginDrivingPermit,
  OneLoginPassport,
} from './claims.js';
export type { VerifiedIdentity } from './core-identity.js';
export { govukOneLogin } from './govuk-one-login.js';
export { type OneLoginIdentityClaims, oneLoginIdentityOf } from './one-login-identity.js';
export {
  type GovukOneLoginOptions,
  type OneLoginSignInOptions,
  privateKeyEnvironmentVariable,
} from './options.js';
export { VERSION } from './version.js';
