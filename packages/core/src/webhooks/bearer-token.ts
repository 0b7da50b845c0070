import { createHash, timingSafeEqual } from 'node:crypto';
import { ConfigError, WebhookVerificationError } from '../errors/classes.js';

/**
 * Checks an `Authorization: Bearer <token>` header (GOV.UK Notify's callbacks, for one) against the
 * expected token, or any of several during rotation, in constant time; returns true or throws
 * `WebhookVerificationError`.
 */
export function verifyBearerToken(
  authorizationHeader: string | null | undefined,
  expectedToken: string | readonly string[],
): true {
  const expectedDigests = checkExpectedTokens(expectedToken).map(sha256);
  const token = bearerTokenFrom(authorizationHeader);
  // Comparing digests rather than the tokens keeps the lengths equal, so timing reveals nothing about
  // the expected token's length; every candidate is tried so it does not reveal which one matched.
  const receivedDigest = sha256(token);
  let matched = false;
  for (const expectedDigest of expectedDigests) {
    matched = timingSafeEqual(receivedDigest, expectedDigest) || matched;
  }
  if (!matched) throw new WebhookVerificationError('The bearer token does not match');
  return true;
}

function bearerTokenFrom(authorizationHeader: unknown): string {
  const header = typeof authorizationHeader === 'string' ? authorizationHeader.trim() : '';
  if (header === '') throw new WebhookVerificationError('Authorization header is missing');
  const [, scheme = '', token = ''] = /^(\S+)\s*(.*)$/s.exec(header) ?? [];
  // RFC 9110: the scheme is case-insensitive.
  if (scheme.toLowerCase() !== 'bearer') {
    throw new WebhookVerificationError('Authorization header does not use the bearer scheme');
  }
  if (token === '') throw new WebhookVerificationError('Authorization header has no bearer token');
  return token;
}

function checkExpectedTokens(expectedToken: unknown): string[] {
  const tokens: unknown[] = Array.isArray(expectedToken) ? expectedToken : [expectedToken];
  const issues = tokens.flatMap((candidate, index) =>
    typeof candidate === 'string' && candidate.trim() !== ''
      ? []
      : [
          {
            path: Array.isArray(expectedToken) ? `expectedToken.${index}` : 'expectedToken',
            message: 'must be a non-empty string',
          },
        ],
  );
  if (tokens.length === 0) issues.push({ path: 'expectedToken', message: 'must hold at least one token' });
  if (issues.length > 0) throw new ConfigError(issues, { summary: 'Invalid expected bearer token' });
  return tokens as string[];
}

function sha256(value: string): Buffer {
  return createHash('sha256').update(value).digest();
}
