import type { UserInfo } from '@councilkit/identity';
import type { OneLoginAddress, OneLoginDrivingPermit, OneLoginPassport } from './claims.js';
import type { VerifiedIdentity } from './core-identity.js';

/** What One Login said about a person's identity, as `getUserInfo` verified and typed it. */
export interface OneLoginIdentityClaims {
  /** The verified core identity: name, date of birth, level. Absent when identity was not proved. */
  readonly identity?: VerifiedIdentity;
  readonly address?: readonly OneLoginAddress[];
  readonly passport?: readonly OneLoginPassport[];
  readonly drivingPermit?: readonly OneLoginDrivingPermit[];
  /** One Login's return codes when identity could not be proved (clients with return codes enabled). */
  readonly returnCodes?: readonly string[];
  readonly walletSubjectId?: string;
}

/** The One Login identity claims of a `getUserInfo` result, typed; an empty object for another provider's. */
export function oneLoginIdentityOf(userInfo: UserInfo): OneLoginIdentityClaims {
  return (userInfo.providerMetadata?.['govuk-one-login'] ?? {}) as OneLoginIdentityClaims;
}
