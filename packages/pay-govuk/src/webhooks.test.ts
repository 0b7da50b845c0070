import { signHmacSha256 } from '@councilkit/core';
import { describe, expect, it } from 'vitest';
import { verifyPayWebhook } from './index.js';

const secret = 'webhook_test_abcdefghijklmnopqrstuvwxyz';
const message = {
  webhook_message_id: 'abc123',
  created_date: '2026-03-01T10:00:00.000Z',
  resource_id: 'hu20sqlact5260q2nanm0q8u93',
  api_version: 1,
  resource_type: 'payment',
  event_type: 'card_payment_succeeded',
  resource: {
    amount: 2500,
    description: 'Parking permit',
    reference: 'PERMIT-1',
    payment_id: 'hu20sqlact5260q2nanm0q8u93',
    created_date: '2026-03-01T09:58:00.000Z',
    state: { status: 'success', finished: true },
    delayed_capture: false,
  },
};
const body = JSON.stringify(message);

describe('verifyPayWebhook', () => {
  it('returns the neutral event and the raw message for a signed body (bytes or text)', () => {
    const signature = signHmacSha256(body, secret);
    for (const raw of [body, new TextEncoder().encode(body)]) {
      const { event, raw: received } = verifyPayWebhook(raw, signature, secret);
      expect(event).toMatchObject({
        id: 'abc123',
        type: 'payment.paid',
        rawType: 'card_payment_succeeded',
        paymentId: 'hu20sqlact5260q2nanm0q8u93',
        payment: { status: 'paid', amount: 2500 },
      });
      expect(event.occurredAt).toEqual(new Date('2026-03-01T10:00:00.000Z'));
      expect(received.event_type).toBe('card_payment_succeeded');
    }
  });

  it('accepts any of several secrets while one is rotated', () => {
    const signature = signHmacSha256(body, secret);
    expect(verifyPayWebhook(body, signature, ['webhook_test_new', secret]).event.type).toBe('payment.paid');
  });

  it('rejects a forged signature, a truncated body and another body under a real signature', () => {
    const signature = signHmacSha256(body, secret);
    expect(() => verifyPayWebhook(body, signHmacSha256(body, 'webhook_test_wrong'), secret)).toThrow(
      expect.objectContaining({ code: 'webhook_verification_failed' }),
    );
    expect(() => verifyPayWebhook(body.slice(0, -10), signature, secret)).toThrow(
      expect.objectContaining({ code: 'webhook_verification_failed' }),
    );
    const replayed = JSON.stringify({ ...message, resource: { ...message.resource, amount: 1 } });
    expect(() => verifyPayWebhook(replayed, signature, secret)).toThrow(
      expect.objectContaining({ code: 'webhook_verification_failed' }),
    );
    expect(() => verifyPayWebhook(body, signature.slice(0, 20), secret)).toThrow(
      expect.objectContaining({ code: 'webhook_verification_failed' }),
    );
    expect(() => verifyPayWebhook(body, undefined, secret)).toThrow(
      expect.objectContaining({ code: 'webhook_verification_failed' }),
    );
  });

  it('refuses a parsed object instead of the raw body', () => {
    expect(() => verifyPayWebhook(message as never, signHmacSha256(body, secret), secret)).toThrow(
      /raw bytes/,
    );
  });

  it('maps each GOV.UK Pay event to the neutral union', () => {
    const cases: [string, Record<string, unknown>, string][] = [
      ['card_payment_started', { status: 'started', finished: false }, 'payment.started'],
      ['card_payment_succeeded', { status: 'capturable', finished: false }, 'payment.capturable'],
      ['card_payment_captured', { status: 'success', finished: true }, 'payment.captured'],
      ['card_payment_failed', { status: 'failed', finished: true, code: 'P0010' }, 'payment.declined'],
      ['card_payment_failed', { status: 'failed', finished: true, code: 'P0030' }, 'payment.cancelled'],
      ['card_payment_failed', { status: 'error', finished: true, code: 'P0050' }, 'payment.failed'],
      ['card_payment_expired', { status: 'failed', finished: true, code: 'P0020' }, 'payment.expired'],
      ['card_payment_refunded', { status: 'success', finished: true }, 'refund.succeeded'],
      ['card_payment_settled', { status: 'success', finished: true }, 'other'],
    ];
    for (const [eventType, state, expected] of cases) {
      const text = JSON.stringify({
        ...message,
        event_type: eventType,
        resource: { ...message.resource, state },
      });
      expect(verifyPayWebhook(text, signHmacSha256(text, secret), secret).event.type).toBe(expected);
    }
  });

  it('a signed body that is not a Pay message is still refused', () => {
    for (const text of ['not json', '[]', '{"event_type":"card_payment_started"}']) {
      expect(() => verifyPayWebhook(text, signHmacSha256(text, secret), secret)).toThrow(
        expect.objectContaining({ code: 'webhook_verification_failed' }),
      );
    }
  });
});
