import {
  type RawBody,
  verifyHmacSha256,
  type WebhookSecret,
  WebhookVerificationError,
} from '@councilkit/core';
import type { PaymentWebhookEventType, VerifiedPaymentWebhook } from '@councilkit/pay';
import { readPayment } from './wire/payment.js';
import { asObject, optionalText, requiredDate, requiredText } from './wire/read.js';

/** A webhook message as GOV.UK Pay sends it. */
export interface PayWebhookMessage {
  readonly webhook_message_id: string;
  readonly created_date: string;
  readonly resource_id: string;
  readonly api_version: number;
  readonly resource_type: string;
  readonly event_type: string;
  readonly resource?: Record<string, unknown>;
}

const decoder = new TextDecoder('utf-8', { fatal: true });

function eventType(
  rawType: string,
  resourceStatus: string | undefined,
  code: string | undefined,
): PaymentWebhookEventType {
  switch (rawType) {
    case 'card_payment_started':
      return 'payment.started';
    case 'card_payment_succeeded':
      return resourceStatus === 'capturable' ? 'payment.capturable' : 'payment.paid';
    case 'card_payment_captured':
      return 'payment.captured';
    case 'card_payment_expired':
      return 'payment.expired';
    case 'card_payment_refunded':
      return 'refund.succeeded';
    case 'card_payment_failed':
      if (code === 'P0010') return 'payment.declined';
      if (code === 'P0030' || code === 'P0040' || resourceStatus === 'cancelled') return 'payment.cancelled';
      if (code === 'P0020') return 'payment.expired';
      return 'payment.failed';
    default:
      return 'other';
  }
}

/**
 * Checks a GOV.UK Pay webhook's `Pay-Signature` (hex HMAC-SHA256 of the raw body) against your
 * signing secret, or any of several while you rotate it, in constant time; then reads it. Returns the
 * neutral event and GOV.UK Pay's message as it arrived. A forged, altered or truncated body throws
 * `WebhookVerificationError`: never act on it.
 *
 * @example
 * const { event } = verifyPayWebhook(rawBody, request.headers['pay-signature'], process.env.PAY_WEBHOOK_SECRET);
 * if (event.type === 'payment.paid') await markPaid(event.paymentId);
 */
export function verifyPayWebhook(
  rawBody: RawBody,
  signatureHeader: string | null | undefined,
  secret: WebhookSecret,
): VerifiedPaymentWebhook<PayWebhookMessage> {
  verifyHmacSha256(rawBody, signatureHeader, secret);
  let message: Record<string, unknown>;
  try {
    const text = typeof rawBody === 'string' ? rawBody : decoder.decode(rawBody);
    message = asObject(JSON.parse(text), 'a webhook');
  } catch (error) {
    throw new WebhookVerificationError('The webhook is signed but is not a GOV.UK Pay webhook message', {
      provider: 'govuk-pay',
      cause: error,
    });
  }
  try {
    const rawType = requiredText(message, 'event_type', 'a webhook');
    const resource =
      typeof message['resource'] === 'object' && message['resource'] !== null
        ? message['resource']
        : undefined;
    const payment = resource === undefined ? undefined : readPayment(resource);
    const state =
      resource === undefined ? undefined : (resource as { state?: Record<string, unknown> }).state;
    return {
      event: {
        id: requiredText(message, 'webhook_message_id', 'a webhook'),
        type: eventType(rawType, optionalText(state, 'status'), optionalText(state, 'code')),
        rawType,
        occurredAt: requiredDate(message, 'created_date', 'a webhook'),
        paymentId: optionalText(message, 'resource_id') ?? payment?.id ?? '',
        ...(payment === undefined ? {} : { payment }),
      },
      raw: message as unknown as PayWebhookMessage,
    };
  } catch (error) {
    throw new WebhookVerificationError('The webhook is signed but its message is not one GOV.UK Pay sends', {
      provider: 'govuk-pay',
      cause: error,
    });
  }
}
