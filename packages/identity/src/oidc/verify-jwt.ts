import { CouncilKitError } from '@councilkit/core';
import { errors, type JWTPayload, type JWTVerifyOptions, jwtVerify } from 'jose';
import type { KeySet } from './key-set.js';

/**
 * Verifies a JWT's signature against a provider's key set and its registered claims with jose;
 * every failure becomes `fail(message)` naming the check, never quoting the token.
 */
export async function verifyJwt(
  token: string,
  keys: KeySet,
  options: JWTVerifyOptions & { algorithms: string[] },
  fail: (message: string, cause?: unknown) => Error,
): Promise<{ payload: JWTPayload; alg: string }> {
  try {
    const { payload, protectedHeader } = await jwtVerify(
      token,
      (header) => keys.keyFor(header, (message) => fail(message)),
      options,
    );
    return { payload, alg: protectedHeader.alg };
  } catch (error) {
    // The key set's own refusals (no key fits, provider unreachable) are already typed.
    if (CouncilKitError.isInstance(error)) throw error;
    throw fail(describeJoseFailure(error), error);
  }
}

function describeJoseFailure(error: unknown): string {
  if (error instanceof errors.JWTExpired) return 'it has expired (exp)';
  if (error instanceof errors.JWTClaimValidationFailed) {
    return `its ${error.claim} claim failed the check (${error.reason})`;
  }
  if (error instanceof errors.JOSEAlgNotAllowed) return 'its signing algorithm is not allowed';
  if (error instanceof errors.JWSSignatureVerificationFailed) return 'its signature does not verify';
  if (error instanceof errors.JWSInvalid || error instanceof errors.JWTInvalid)
    return 'it is not a well-formed signed JWT';
  if (error instanceof errors.JOSEError) return `it failed a check (${error.code})`;
  return 'it failed a check';
}
