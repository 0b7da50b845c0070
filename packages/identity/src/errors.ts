import { AuthError, type CouncilKitErrorOptions } from '@councilkit/core';

/** Why a sign-in, or a check of what the provider sent, was refused. */
export type IdentityFailureReason =
  /** The callback's `state` is not the one saved when the sign-in started. */
  | 'state_mismatch'
  /** This sign-in has already been completed once; a repeat is refused. */
  | 'state_replayed'
  /** The sign-in was started too long ago. */
  | 'sign_in_expired'
  /** The callback's RFC 9207 `iss` parameter names another issuer, or is missing where required. */
  | 'issuer_mismatch'
  /** The ID token failed a check: signature, `iss`, `aud`, `azp`, `exp`, `iat`, `auth_time`, `at_hash`. */
  | 'invalid_id_token'
  /** The ID token's `nonce` is not the one saved when the sign-in started. */
  | 'nonce_mismatch'
  /** The person cancelled, or the provider refused them (`access_denied`). */
  | 'access_denied'
  /** The provider needs the person to sign in again (`login_required` and kin): end your session. */
  | 'login_required'
  /** The provider refused the authorization code (used, expired, or not issued to this client). */
  | 'code_rejected'
  /** The level of authentication or identity reached is below the level asked for. */
  | 'level_not_met'
  /** A signed identity statement (One Login's core identity JWT) failed a check. */
  | 'invalid_identity';

/**
 * A sign-in, or something the provider signed, failed a check. Never retry it as is: start a new
 * sign-in, and for `login_required` end the local session first.
 */
export class IdentityError extends AuthError {
  readonly reason: IdentityFailureReason;
  constructor(reason: IdentityFailureReason, message: string, options: CouncilKitErrorOptions = {}) {
    super(message, { ...options, retryable: false });
    this.reason = reason;
  }
  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), reason: this.reason };
  }
}
