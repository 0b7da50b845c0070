import { describe, expect, it } from 'vitest';
import { StripeApiError } from './api-error.js';
import { parseForm } from './form-body.js';

describe('parseForm', () => {
  it('nests bracketed keys and makes indexed and [] keys arrays', () => {
    const params = parseForm(
      'mode=payment&metadata[ward]=North&line_items[0][price_data][product_data][name]=Permit%20fee&line_items[0][quantity]=1' +
        '&expand[]=payment_intent&expand[]=line_items&line_items[1][quantity]=2',
    );
    expect(JSON.parse(JSON.stringify(params))).toEqual({
      mode: 'payment',
      metadata: { ward: 'North' },
      line_items: [
        { price_data: { product_data: { name: 'Permit fee' } }, quantity: '1' },
        { quantity: '2' },
      ],
      expand: ['payment_intent', 'line_items'],
    });
  });

  it('reads an empty value as null (Stripe clears the field) and + as a space', () => {
    expect(JSON.parse(JSON.stringify(parseForm('metadata[old]=&description=a+b')))).toEqual({
      metadata: { old: null },
      description: 'a b',
    });
  });

  it('takes indexes in any order', () => {
    expect(JSON.parse(JSON.stringify(parseForm('a[1]=second&a[0]=first')))).toEqual({
      a: ['first', 'second'],
    });
  });

  it('refuses prototype keys, deep nesting, bad encoding and unbalanced brackets with Stripe errors', () => {
    for (const body of [
      '__proto__[polluted]=1',
      `a${'[x]'.repeat(20)}=1`,
      'a=%E0%A4%A',
      'a[b=1',
      'a[b]c=1',
    ]) {
      expect(() => parseForm(body), body).toThrow(StripeApiError);
    }
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('stays linear on a long hostile key', () => {
    const started = performance.now();
    expect(() => parseForm(`${'['.repeat(200_000)}=1`)).not.toThrow(TypeError);
    expect(() => parseForm(`a${'[]'.repeat(100_000)}=1`)).toThrow(StripeApiError);
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});
