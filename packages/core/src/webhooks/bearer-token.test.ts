import { describe, expect, it } from 'vitest';
import { CouncilKitError } from '../errors/councilkit-error.js';
import { verifyBearerToken } from './bearer-token.js';

const token = 'callback-token-0123456789';

function expectRejected(action: () => unknown, message: RegExp, code = 'webhook_verification_failed'): void {
  try {
    action();
  } catch (error) {
    expect(CouncilKitError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ code });
    expect((error as Error).message).toMatch(message);
    expect(JSON.stringify(error)).not.toContain(token);
    return;
  }
  expect.fail('expected a councilkit error');
}

describe('verifyBearerToken', () => {
  it('passes the expected token', () => {
    expect(verifyBearerToken(`Bearer ${token}`, token)).toBe(true);
  });

  it('reads the scheme in any case, with any spacing', () => {
    expect(verifyBearerToken(`bearer ${token}`, token)).toBe(true);
    expect(verifyBearerToken(`  BEARER   ${token} `, token)).toBe(true);
  });

  it('passes any one of the tokens during rotation', () => {
    expect(verifyBearerToken(`Bearer ${token}`, ['new-token', token])).toBe(true);
    expect(verifyBearerToken('Bearer new-token', [token, 'new-token'])).toBe(true);
  });

  it.each([
    ['a different token', 'Bearer another-token'],
    ['a prefix of the token', `Bearer ${token.slice(0, -1)}`],
    ['the token with more after it', `Bearer ${token}0`],
    ['the token in another case', `Bearer ${token.toUpperCase()}`],
  ])('fails %s', (_description, header) => {
    expectRejected(() => verifyBearerToken(header, token), /^The bearer token does not match$/);
  });

  it.each([
    ['undefined', undefined],
    ['null', null],
    ['empty', ''],
    ['blank', '   '],
  ])('fails a header that is %s as missing', (_description, header) => {
    expectRejected(() => verifyBearerToken(header, token), /^Authorization header is missing$/);
  });

  it.each([
    ['Basic', `Basic ${Buffer.from(`user:${token}`).toString('base64')}`],
    ['no scheme', token],
    ['a scheme run into the token', `Bearer${token}`],
  ])('fails %s as the wrong scheme', (_description, header) => {
    expectRejected(
      () => verifyBearerToken(header, token),
      /^Authorization header does not use the bearer scheme$/,
    );
  });

  it('fails a Bearer header with no token', () => {
    expectRejected(() => verifyBearerToken('Bearer ', token), /^Authorization header has no bearer token$/);
  });

  it('throws a ConfigError when no usable token is expected', () => {
    expectRejected(
      () => verifyBearerToken(`Bearer ${token}`, ''),
      /expectedToken: must be a non-empty string/,
      'config_invalid',
    );
    expectRejected(
      () => verifyBearerToken(`Bearer ${token}`, []),
      /expectedToken: must hold at least one token/,
      'config_invalid',
    );
    expectRejected(
      () => verifyBearerToken(`Bearer ${token}`, [token, '  ']),
      /expectedToken\.1: must be a non-empty string/,
      'config_invalid',
    );
  });

  it('checks the configuration before the header, so a misconfiguration is never hidden', () => {
    expectRejected(() => verifyBearerToken(undefined, ''), /expectedToken/, 'config_invalid');
  });
});
