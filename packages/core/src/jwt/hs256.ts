import { createHmac, timingSafeEqual } from 'node:crypto';
import { ValidationError } from '../errors/classes.js';

const secretRule = 'Must be a non-empty string of at most 4,096 characters';
const isSecret = (secret: unknown): secret is string =>
  typeof secret === 'string' && secret !== '' && secret.length <= 4_096;

const header = Buffer.from(JSON.stringify({ typ: 'JWT', alg: 'HS256' })).toString('base64url');

/** Signs claims as a compact HS256 JWT with header `{"typ":"JWT","alg":"HS256"}`. */
export function signHs256Jwt(claims: Record<string, unknown>, secret: string): string {
  const issues = [];
  if (typeof claims !== 'object' || claims === null || Array.isArray(claims)) {
    issues.push({ path: 'claims', message: 'Must be an object' });
  }
  if (!isSecret(secret)) issues.push({ path: 'secret', message: secretRule });
  if (issues.length > 0) throw new ValidationError(issues);
  const payload = Buffer.from(claimsJson(claims)).toString('base64url');
  const signature = createHmac('sha256', secret).update(`${header}.${payload}`).digest('base64url');
  return `${header}.${payload}.${signature}`;
}

// A cycle or a BigInt has no JSON form: named as the claims' fault, not a TypeError from JSON.stringify.
function claimsJson(claims: Record<string, unknown>): string {
  try {
    return JSON.stringify(claims);
  } catch {
    throw new ValidationError([
      { path: 'claims', message: 'Must be JSON data: no cycles, BigInt values or throwing toJSON' },
    ]);
  }
}

export interface DecodedJwt {
  readonly header: Record<string, unknown>;
  readonly claims: Record<string, unknown>;
  readonly signingInput: string;
  readonly signature: Buffer;
}

/** Splits and parses a compact JWT without checking it; undefined when it is not a JWT at all. */
export function decodeJwt(token: string): DecodedJwt | undefined {
  // Longer than any token a provider sends: refused before it is split or decoded.
  if (typeof token !== 'string' || token.length > 65_536) return undefined;
  const firstDot = token.indexOf('.');
  const secondDot = token.indexOf('.', firstDot + 1);
  if (firstDot < 0 || secondDot < 0 || token.indexOf('.', secondDot + 1) >= 0) return undefined;
  const parts = [token.slice(0, firstDot), token.slice(firstDot + 1, secondDot), token.slice(secondDot + 1)];
  const [encodedHeader, encodedClaims, encodedSignature] = parts as [string, string, string];
  try {
    const parsedHeader: unknown = JSON.parse(Buffer.from(encodedHeader, 'base64url').toString('utf8'));
    const parsedClaims: unknown = JSON.parse(Buffer.from(encodedClaims, 'base64url').toString('utf8'));
    if (!isRecord(parsedHeader) || !isRecord(parsedClaims)) return undefined;
    return {
      header: parsedHeader,
      claims: parsedClaims,
      signingInput: `${encodedHeader}.${encodedClaims}`,
      signature: Buffer.from(encodedSignature, 'base64url'),
    };
  } catch {
    return undefined;
  }
}

/** True when the decoded token's HS256 signature was made with `secret`; compared in constant time. */
export function hasValidHs256Signature(decoded: DecodedJwt, secret: string): boolean {
  if (typeof decoded?.signingInput !== 'string' || !Buffer.isBuffer(decoded.signature)) {
    throw new ValidationError([{ path: 'decoded', message: 'Must be what decodeJwt returned' }]);
  }
  if (!isSecret(secret)) throw new ValidationError([{ path: 'secret', message: secretRule }]);
  const expected = createHmac('sha256', secret).update(decoded.signingInput).digest();
  return expected.length === decoded.signature.length && timingSafeEqual(expected, decoded.signature);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
