import { describe, expect, it } from 'vitest';
import {
  type AnyCouncilKitError,
  AuthError,
  ConfigError,
  ConflictError,
  CouncilKitError,
  NotFoundError,
  ProviderError,
  RateLimitError,
  TransportError,
  ValidationError,
  WebhookVerificationError,
} from './index.js';

describe('CouncilKitError', () => {
  it('gives every subclass a stable code and name', () => {
    const errors: AnyCouncilKitError[] = [
      new ConfigError([{ path: 'apiKey', message: 'Required' }]),
      new ValidationError([{ path: 'emailAddress', message: 'Not a valid email address' }]),
      new AuthError('no'),
      new NotFoundError('none'),
      new ConflictError('clash'),
      new RateLimitError('slow down', { retryAfterMs: 1000 }),
      new ProviderError('broke'),
      new TransportError('lost', { notSent: true }),
      new WebhookVerificationError('forged'),
    ];
    expect(errors.map((error) => [error.name, error.code])).toEqual([
      ['ConfigError', 'config_invalid'],
      ['ValidationError', 'validation_failed'],
      ['AuthError', 'auth_failed'],
      ['NotFoundError', 'not_found'],
      ['ConflictError', 'conflict'],
      ['RateLimitError', 'rate_limited'],
      ['ProviderError', 'provider_error'],
      ['TransportError', 'transport_failed'],
      ['WebhookVerificationError', 'webhook_verification_failed'],
    ]);
    for (const error of errors) {
      expect(error).toBeInstanceOf(Error);
      expect(CouncilKitError.isInstance(error)).toBe(true);
    }
  });

  it('narrows by code in a switch', () => {
    const describe = (error: AnyCouncilKitError): string => {
      switch (error.code) {
        case 'rate_limited':
          return `wait ${error.retryAfterMs}`;
        case 'validation_failed':
          return `fix ${error.field}`;
        default:
          return error.code;
      }
    };
    expect(describe(new RateLimitError('x', { retryAfterMs: 5 }))).toBe('wait 5');
    expect(describe(new ValidationError([{ path: 'reference', message: 'Too long' }]))).toBe('fix reference');
  });

  it('recognises errors from another copy of the package by their marker', () => {
    const foreign = Object.assign(new Error('x'), { [Symbol.for('councilkit.error')]: true });
    expect(CouncilKitError.isInstance(foreign)).toBe(true);
    expect(CouncilKitError.isInstance(new Error('x'))).toBe(false);
    expect(CouncilKitError.isInstance(null)).toBe(false);
    expect(CouncilKitError.isInstance('error')).toBe(false);
  });

  it('names the field and lists every issue', () => {
    const error = new ValidationError([
      { path: 'personalisation.name', message: 'Required' },
      { path: 'reference', message: 'Too long' },
    ]);
    expect(error.field).toBe('personalisation.name');
    expect(error.message).toBe('Invalid input: personalisation.name: Required; reference: Too long');
    expect(new ValidationError([]).field).toBe('');
  });

  it('serialises to JSON with its details and without its cause', () => {
    const error = new RateLimitError('slow down', {
      provider: 'govuk-notify',
      status: 429,
      providerCode: 'RateLimitError',
      providerMessage: 'Exceeded rate limit',
      retryAfterMs: 2000,
      outcomeUnknown: false,
      cause: new Error('secret inner detail'),
    });
    const json = JSON.parse(JSON.stringify(error));
    expect(json).toEqual({
      name: 'RateLimitError',
      code: 'rate_limited',
      message: 'slow down',
      retryable: true,
      provider: 'govuk-notify',
      status: 429,
      providerCode: 'RateLimitError',
      providerMessage: 'Exceeded rate limit',
      retryAfterMs: 2000,
    });
    expect(error.cause).toBeInstanceOf(Error);
    const config = new ConfigError([{ path: 'apiKey', message: 'Required' }], { provider: 'govuk-notify' });
    expect(config.toJSON()).toMatchObject({ issues: [{ path: 'apiKey', message: 'Required' }] });
    const unknown = new ProviderError('maybe', { outcomeUnknown: true });
    expect(unknown.toJSON()).toMatchObject({ outcomeUnknown: true });
    expect(new ValidationError([{ path: 'a', message: 'b' }]).toJSON()).toMatchObject({ field: 'a' });
  });

  it('keeps secrets and personal data out of messages and JSON', () => {
    const email = 'jane.citizen@example.com';
    const key = 'councilkit_test-26785a09-ab16-4eb0-8407-a37497a57506-3d844edf-8d35-48ac-975b-e847b4f122b0';
    const error = new ProviderError(`failed for ${email} with ${key}`, {
      providerMessage: `recipient ${email} rejected`,
    });
    const serialised = JSON.stringify(error) + error.message + String(error.providerMessage);
    expect(serialised).not.toContain(email);
    expect(serialised).not.toContain(key);
    const validation = new ValidationError([{ path: 'emailAddress', message: `${email} is not allowed` }]);
    expect(JSON.stringify(validation) + validation.message).not.toContain(email);
  });
});
