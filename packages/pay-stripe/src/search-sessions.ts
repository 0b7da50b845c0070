import type { CallContext, Payment, PaymentSearchRequest, PaymentStatus } from '@councilkit/pay';
import { listPages, paymentExpand, type StripeGet } from './list-pages.js';
import { parseSession, readPayment } from './wire/session.js';

// The session status each neutral status can only come from; `cancelled` comes from two.
const sessionStatusOf: Partial<Record<PaymentStatus, string>> = {
  created: 'open',
  in_progress: 'open',
  expired: 'expired',
  declined: 'expired',
  paid: 'complete',
  capturable: 'complete',
};

/**
 * Finds payments by listing Checkout Sessions, newest first, with the filters Stripe applies itself
 * (status, email, creation time). Stripe cannot list sessions by reference, so that is matched here.
 */
export async function* searchSessions(
  get: StripeGet,
  filter: PaymentSearchRequest,
  context: CallContext,
): AsyncGenerator<Payment> {
  const query = {
    status: filter.status === undefined ? undefined : sessionStatusOf[filter.status],
    'customer_details[email]': filter.email,
    'created[gte]': filter.createdFrom ? String(Math.floor(filter.createdFrom.getTime() / 1000)) : undefined,
    'created[lt]': filter.createdTo ? String(Math.ceil(filter.createdTo.getTime() / 1000)) : undefined,
    'expand[]': paymentExpand.map((path) => `data.${path}`),
  };
  for await (const body of listPages(get, '/v1/checkout/sessions', query, context)) {
    const payment = readPayment(parseSession(body), undefined);
    if (filter.reference !== undefined && payment.reference !== filter.reference) continue;
    if (filter.status !== undefined && payment.status !== filter.status) continue;
    if (filter.createdFrom && payment.createdAt < filter.createdFrom) continue;
    if (filter.createdTo && payment.createdAt >= filter.createdTo) continue;
    yield payment;
  }
}
