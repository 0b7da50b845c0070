import { createHash, randomBytes } from 'node:crypto';

/** 32 random bytes, base64url: for `state`, `nonce` and the PKCE verifier. */
export function randomToken(): string {
  return randomBytes(32).toString('base64url');
}

/** The PKCE S256 challenge of a verifier (RFC 7636). */
export function pkceChallenge(verifier: string): string {
  return createHash('sha256').update(verifier).digest('base64url');
}

/** The left half of a token's hash, as `at_hash` carries it, for the ID token's algorithm. */
export function leftHalfHash(token: string, alg: string): string | undefined {
  const bits = alg.endsWith('384') ? 384 : alg.endsWith('512') ? 512 : alg.startsWith('Ed') ? 512 : 256;
  const digest = createHash(`sha${bits}`).update(token).digest();
  return digest.subarray(0, digest.length / 2).toString('base64url');
}
