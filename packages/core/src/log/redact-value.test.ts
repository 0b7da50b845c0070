import { describe, expect, it } from 'vitest';
import { ValidationError } from '../errors/classes.js';
import { redactValue, sensitiveKeys } from './index.js';

describe('redactValue', () => {
  it('redacts values under sensitive keys whatever their shape, matching any case, `_` or `-`', () => {
    expect(
      redactValue({
        api_key: 'short',
        apiKey: 'short',
        'API-KEY': 'short',
        'x-api-key': 'short',
        GOVUK_NOTIFY_API_KEY: 'short',
        webhookSecret: 'short',
        billing_address: { line1: '1 High St', city: 'Leeds' },
        contactEmail: 'not-even-an-email',
        cvv: 123,
        dob: '19/07/1984',
        address_line_1: '14 Larkspur Close',
        line7: 'UK',
        postCode: 'M35 0HL',
        personalisation: { name: 'Amira', permit: 'PRK-1' },
      }),
    ).toEqual({
      api_key: '[REDACTED]',
      apiKey: '[REDACTED]',
      'API-KEY': '[REDACTED]',
      'x-api-key': '[REDACTED]',
      GOVUK_NOTIFY_API_KEY: '[REDACTED]',
      webhookSecret: '[REDACTED]',
      billing_address: '[REDACTED]',
      contactEmail: '[REDACTED]',
      cvv: '[REDACTED]',
      dob: '[REDACTED]',
      address_line_1: '[REDACTED]',
      line7: '[REDACTED]',
      postCode: '[REDACTED]',
      personalisation: '[REDACTED]',
    });
  });

  it('keeps ordinary fields and passes every other string through redactText', () => {
    const templateId = 'f33517ff-2a88-4f6e-b855-c550268ce08a';
    expect(
      redactValue({
        id: 'hu20sqlact5260q2nanm0q8u93',
        templateId,
        templateName: 'Permit confirmation',
        status: 'success',
        amount: 1250,
        httpStatus: 429,
        ok: true,
        nothing: null,
        missing: undefined,
        email: null,
        note: 'reply to jane@example.org',
        idempotencyKey: 'k-1',
      }),
    ).toEqual({
      id: 'hu20sqlact5260q2nanm0q8u93',
      templateId,
      templateName: 'Permit confirmation',
      status: 'success',
      amount: 1250,
      httpStatus: 429,
      ok: true,
      nothing: null,
      missing: undefined,
      email: null,
      note: 'reply to [REDACTED:email]',
      idempotencyKey: 'k-1',
    });
  });

  it('redacts `to` only when it is a string', () => {
    expect(redactValue({ to: '07700900982', range: { from: 1, to: 2 } })).toEqual({
      to: '[REDACTED]',
      range: { from: 1, to: 2 },
    });
  });

  it('walks nested objects and arrays without changing the original', () => {
    const input = { recipients: [{ emailAddress: 'a@b.co' }, { phone: '07700900982' }, ['x@y.org']] };
    expect(redactValue(input)).toEqual({
      recipients: [{ emailAddress: '[REDACTED]' }, { phone: '[REDACTED]' }, ['[REDACTED:email]']],
    });
    expect(input.recipients[0]).toEqual({ emailAddress: 'a@b.co' });
  });

  it('takes extra keys, matched like the built-in ones', () => {
    expect(redactValue({ permit_number: 'PRK-1', other: 'x' }, { redactKeys: ['permitNumber'] })).toEqual({
      permit_number: '[REDACTED]',
      other: 'x',
    });
    expect(redactValue({ permitNumber: 'PRK-1' }, { redactKeys: [] })).toEqual({ permitNumber: 'PRK-1' });
  });

  it('exports its key list for ports to extend', () => {
    expect(sensitiveKeys).toContain('apiKey');
    expect(sensitiveKeys).toContain('personalisation');
    expect(Object.isFrozen(sensitiveKeys)).toBe(true);
  });

  it('replaces cycles, but copies an object met twice on different branches', () => {
    const shared = { status: 'ok' };
    const looped: Record<string, unknown> = { shared, again: shared };
    looped['self'] = looped;
    expect(redactValue(looped)).toEqual({
      shared: { status: 'ok' },
      again: { status: 'ok' },
      self: '[Circular]',
    });
  });

  it('cuts structures deeper than eight levels', () => {
    let deep: Record<string, unknown> = { leaf: true };
    for (let level = 0; level < 10; level += 1) deep = { deeper: deep };
    expect(JSON.stringify(redactValue(deep))).toContain('[Truncated]');
  });

  it('turns bytes, dates, symbols, functions, maps and sets into plain data', () => {
    expect(
      redactValue({
        payload: Buffer.from('secret body'),
        view: new Uint8Array(4),
        buffer: new ArrayBuffer(2),
        at: new Date('2026-11-23T10:00:00.000Z'),
        never: new Date('nonsense'),
        tag: Symbol('tag'),
        callback: function onDone() {},
        arrow: (() => () => {})(),
        map: new Map<unknown, unknown>([
          ['token', 'abc'],
          [1, 'one'],
        ]),
        set: new Set(['a@b.co']),
      }),
    ).toEqual({
      payload: '[bytes 11]',
      view: '[bytes 4]',
      buffer: '[bytes 2]',
      at: '2026-11-23T10:00:00.000Z',
      never: 'Invalid Date',
      tag: 'Symbol(tag)',
      callback: '[Function onDone]',
      arrow: '[Function anonymous]',
      map: { token: '[REDACTED]', 1: 'one' },
      set: ['[REDACTED:email]'],
    });
  });

  it('checks header and form entries by name and uses toJSON where an object has one', () => {
    expect(
      redactValue({
        headers: new Headers({ authorization: 'Bearer abc', 'content-type': 'application/json' }),
        form: new URLSearchParams({ client_assertion: 'x', grant_type: 'authorization_code' }),
        url: new URL('https://api.example/find?api-key=abc123&expand=true'),
      }),
    ).toEqual({
      headers: { authorization: '[REDACTED]', 'content-type': 'application/json' },
      form: { client_assertion: '[REDACTED]', grant_type: 'authorization_code' },
      url: 'https://api.example/find?api-key=[REDACTED:api_key]&expand=true',
    });
  });

  it('redacts integers long enough to be card numbers and leaves other numbers', () => {
    expect(
      redactValue([4444333322221111, 1234567812345678, 1763892000000, 12.5, 4444333322221111n, 7n]),
    ).toEqual([
      '[REDACTED:card_number]',
      1234567812345678,
      1763892000000,
      12.5,
      '[REDACTED:card_number]',
      // BigInt has no JSON form, so it is logged as text.
      '7',
    ]);
  });

  it('keeps an error name, code, message and stack, redacted', () => {
    const error = Object.assign(
      new TypeError('No account for amira@example.net', { cause: { token: 'abc' } }),
      {
        code: 'ENOACCOUNT',
      },
    );
    const redacted = redactValue({ err: error }) as { err: Record<string, unknown> };
    expect(redacted.err).toMatchObject({
      name: 'TypeError',
      code: 'ENOACCOUNT',
      message: 'No account for [REDACTED:email]',
      cause: { token: '[REDACTED]' },
    });
    expect(redacted.err['stack']).toContain('TypeError: No account for [REDACTED:email]');
    expect(JSON.stringify(redacted)).not.toContain('amira');
  });

  it("uses an error's own toJSON, keeping its name", () => {
    const error = new ValidationError([{ path: 'emailAddress', message: 'Not valid: amira@example.net' }], {
      provider: 'govuk-notify',
    });
    expect(redactValue(error)).toEqual({
      name: 'ValidationError',
      code: 'validation_failed',
      message: 'Invalid input: emailAddress: Not valid: [REDACTED:email]',
      retryable: false,
      provider: 'govuk-notify',
      field: 'emailAddress',
      issues: [{ path: 'emailAddress', message: 'Not valid: [REDACTED:email]' }],
    });
    const odd = Object.assign(new Error('x'), { toJSON: () => 'plain' });
    expect(redactValue(odd)).toEqual({ name: 'Error', value: 'plain' });
  });

  it('survives throwing getters, toJSON returning itself, and a `__proto__` key', () => {
    const throwing = {
      get broken(): never {
        throw new Error('no');
      },
    };
    const selfJson = { id: 'a', toJSON: () => selfJson };
    const proto = JSON.parse('{"__proto__": {"email": "a@b.co"}, "id": 1}') as object;
    const redacted = redactValue({ throwing, selfJson, proto }) as Record<string, unknown>;
    expect(redacted['throwing']).toBe('[Unreadable]');
    expect(redacted['selfJson']).toEqual({ id: 'a', toJSON: '[Function toJSON]' });
    expect(Object.getPrototypeOf(redacted['proto'])).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(redacted['proto'], '__proto__')?.value).toEqual({
      email: '[REDACTED]',
    });
  });
});
