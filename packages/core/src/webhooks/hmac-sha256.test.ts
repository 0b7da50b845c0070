import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CouncilKitError } from '../errors/councilkit-error.js';
import { type RawBody, signHmacSha256, verifyHmacSha256 } from './hmac-sha256.js';

const secret = 'webhook-signing-secret';
const body = '{"webhook_message_id":"123","event_type":"card_payment_succeeded","resource":{"amount":1250}}';

function expectRejected(action: () => unknown, message: RegExp, code = 'webhook_verification_failed'): void {
  try {
    action();
  } catch (error) {
    expect(CouncilKitError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ code });
    expect((error as Error).message).toMatch(message);
    return;
  }
  expect.fail('expected a councilkit error');
}

describe('signHmacSha256', () => {
  it('signs as lower-case hex HMAC-SHA256', () => {
    // The worked example on Wikipedia's HMAC page.
    expect(signHmacSha256('The quick brown fox jumps over the lazy dog', 'key')).toBe(
      'f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8',
    );
  });

  it('signs bytes and the same text alike', () => {
    expect(signHmacSha256(new TextEncoder().encode(body), secret)).toBe(signHmacSha256(body, secret));
  });

  it('needs a secret', () => {
    expectRejected(() => signHmacSha256(body, ''), /secret: must be a non-empty string/, 'config_invalid');
  });
});

describe('verifyHmacSha256', () => {
  const signature = signHmacSha256(body, secret);

  it('passes a good signature over a string, a Buffer or a Uint8Array', () => {
    expect(verifyHmacSha256(body, signature, secret)).toBe(true);
    expect(verifyHmacSha256(Buffer.from(body), signature, secret)).toBe(true);
    expect(verifyHmacSha256(new TextEncoder().encode(body), signature, secret)).toBe(true);
  });

  it('accepts upper-case hex and surrounding whitespace in the header', () => {
    expect(verifyHmacSha256(body, ` ${signature.toUpperCase()}\n`, secret)).toBe(true);
  });

  it('fails a signature made with another secret, without revealing either', () => {
    const wrong = signHmacSha256(body, 'another-secret');
    expectRejected(
      () => verifyHmacSha256(body, wrong, secret),
      /^Webhook signature does not match the body$/,
    );
    try {
      verifyHmacSha256(body, wrong, secret);
    } catch (error) {
      const json = JSON.stringify(error);
      expect(json).not.toContain(signature);
      expect(json).not.toContain(secret);
      expect((error as Error).message).not.toContain(signature);
    }
  });

  it('fails a tampered body', () => {
    const tampered = body.replace('1250', '125');
    expectRejected(() => verifyHmacSha256(tampered, signature, secret), /does not match/);
    const bytes = Buffer.from(body);
    bytes[10] = bytes[10]! ^ 1;
    expectRejected(() => verifyHmacSha256(bytes, signature, secret), /does not match/);
  });

  it('passes when any one of the rotating secrets signed the body', () => {
    expect(verifyHmacSha256(body, signature, ['new-secret', secret])).toBe(true);
    expect(verifyHmacSha256(body, signature, [secret, 'new-secret'])).toBe(true);
    expectRejected(() => verifyHmacSha256(body, signature, ['new-secret', 'newer-secret']), /does not match/);
  });

  it('rejects a parsed body with a message saying what to pass', () => {
    const parsed = JSON.parse(body) as unknown as RawBody;
    expectRejected(
      () => verifyHmacSha256(parsed, signature, secret),
      /must be the raw bytes received.*not parsed JSON/,
    );
    expectRejected(
      () => verifyHmacSha256(new ArrayBuffer(4) as unknown as RawBody, signature, secret),
      /raw bytes/,
    );
    expectRejected(
      () => verifyHmacSha256(undefined as unknown as RawBody, signature, secret),
      /body is missing/,
    );
  });

  it.each([
    ['empty', ''],
    ['missing', undefined],
    ['null, as Headers.get gives for an absent header', null],
  ])('rejects a %s signature', (_description, given) => {
    expectRejected(() => verifyHmacSha256(body, given, secret), /^Webhook signature is missing$/);
  });

  it.each([
    ['not hex', 'z'.repeat(64)],
    ['hex with a bad character at the end', `${signature.slice(0, 63)}g`],
    ['too short', signature.slice(0, 62)],
    ['too long', `${signature}00`],
    ['odd length', signature.slice(0, 63)],
    ['prefixed', `sha256=${signature}`],
    ['base64', Buffer.from(signature, 'hex').toString('base64')],
  ])('rejects a signature that is %s, with our error only', (_description, given) => {
    expectRejected(() => verifyHmacSha256(body, given, secret), /not a hex HMAC-SHA256 digest/);
  });

  it('throws a ConfigError naming each bad secret', () => {
    expectRejected(
      () => verifyHmacSha256(body, signature, []),
      /secret: must hold at least one secret/,
      'config_invalid',
    );
    expectRejected(
      () => verifyHmacSha256(body, signature, [secret, '', 7 as unknown as string]),
      /secret\.1: must be a non-empty string; secret\.2: must be a non-empty string/,
      'config_invalid',
    );
    expectRejected(
      () => verifyHmacSha256(body, signature, undefined as unknown as string),
      /secret: must be a non-empty string/,
      'config_invalid',
    );
  });

  it('throws nothing but our errors, whatever the signature', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.stringMatching(/^[0-9a-fA-F]{60,68}$/), fc.anything()),
        (given) => {
          try {
            verifyHmacSha256(body, given as string, secret);
            expect.fail('a random signature should not match');
          } catch (error) {
            expect(CouncilKitError.isInstance(error)).toBe(true);
            expect((error as CouncilKitError).code).toBe('webhook_verification_failed');
          }
        },
      ),
    );
  });

  it('passes exactly the signatures it makes, for any body', () => {
    fc.assert(
      fc.property(fc.uint8Array(), fc.string({ minLength: 1 }), (bytes, anySecret) => {
        expect(verifyHmacSha256(bytes, signHmacSha256(bytes, anySecret), anySecret)).toBe(true);
      }),
    );
  });
});
