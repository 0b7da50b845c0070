import { randomUUID } from 'node:crypto';
import { ConflictError, CouncilKitError, type HttpClient, ValidationError } from '@councilkit/core';
import type { CallContext, CreateRefundRequest, Refund } from '@councilkit/pay';
import { asObject, optionalObject } from './wire/read.js';
import { readRefund } from './wire/refund.js';

const provider = 'govuk-pay';
// How many times a refund is sent again after an answer that leaves its outcome unknown.
const maxResends = 2;

/** Reads every refund of a payment, oldest first. */
export async function listRefunds(
  http: HttpClient,
  paymentId: string,
  context: CallContext,
): Promise<Refund[]> {
  const { data } = await http.request({
    method: 'GET',
    path: `/v1/payments/${paymentId}/refunds`,
    signal: context.signal,
    timeoutMs: context.timeoutMs,
  });
  const embedded = optionalObject(asObject(data, 'a refund list'), '_embedded');
  const refunds = Array.isArray(embedded?.['refunds']) ? embedded['refunds'] : [];
  return refunds.map(readRefund);
}

async function amountAvailable(http: HttpClient, paymentId: string, context: CallContext): Promise<number> {
  const { data } = await http.request({
    method: 'GET',
    path: `/v1/payments/${paymentId}`,
    signal: context.signal,
    timeoutMs: context.timeoutMs,
  });
  const summary = optionalObject(asObject(data, 'a payment'), 'refund_summary');
  const available = summary?.['amount_available'];
  return typeof available === 'number' ? available : 0;
}

/** GOV.UK Pay's refusals in the model's terms: a stale amount or a payment in the wrong state is a conflict. */
function refundFailure(error: unknown): unknown {
  if (!CouncilKitError.isInstance(error)) return error;
  const base = {
    provider,
    status: error.status,
    providerCode: error.providerCode,
    providerMessage: error.providerMessage,
    cause: error,
  };
  if (error.providerCode === 'P0604')
    return new ConflictError(
      'The amount available to refund has changed since it was read: read the payment again',
      base,
    );
  if (error.providerCode === 'P0603') {
    if (error.providerMessage?.includes('amount_not_available'))
      return new ValidationError([{ path: 'amount', message: 'is more than is available to refund' }], base);
    return new ConflictError(
      `GOV.UK Pay cannot refund this payment: ${error.providerMessage ?? 'not available for refund'}`,
      base,
    );
  }
  return error;
}

/**
 * Refunds a payment without ever refunding twice. GOV.UK Pay is told the amount still available
 * (read first when the caller does not give it), so it refuses a second refund made from the same
 * view. When an answer leaves the outcome unknown, the refunds are read back: a refund of this amount
 * made since the call began, with the available amount down by it, is the one that was made;
 * otherwise the same request (same key, same available amount) is sent again.
 */
export async function createRefund(
  http: HttpClient,
  paymentId: string,
  request: CreateRefundRequest,
  context: CallContext,
): Promise<Refund> {
  const startedAt = Date.now();
  const expected = request.expectedAmountAvailable ?? (await amountAvailable(http, paymentId, context));
  const idempotencyKey = context.idempotencyKey ?? randomUUID();
  const body = { amount: request.amount, refund_amount_available: expected };
  for (let resends = 0; ; resends++) {
    try {
      const { data } = await http.request({
        method: 'POST',
        path: `/v1/payments/${paymentId}/refunds`,
        json: body,
        headers: { 'Idempotency-Key': idempotencyKey },
        idempotent: false,
        signal: context.signal,
        timeoutMs: context.timeoutMs,
        outcomeUnknownNote:
          'The refund may or may not have been made: read the payment’s refunds before refunding again',
      });
      return readRefund(data);
    } catch (error) {
      if (!CouncilKitError.isInstance(error) || !error.outcomeUnknown || resends >= maxResends)
        throw refundFailure(error);
      const made = await refundMadeSince(http, paymentId, request.amount, expected, startedAt, context);
      if (made !== undefined) return made;
    }
  }
}

async function refundMadeSince(
  http: HttpClient,
  paymentId: string,
  amount: number,
  expected: number,
  startedAt: number,
  context: CallContext,
): Promise<Refund | undefined> {
  const available = await amountAvailable(http, paymentId, context);
  if (available !== expected - amount) return undefined;
  // Clocks differ: a minute's slack either way.
  const recent = (await listRefunds(http, paymentId, context)).filter(
    (refund) => refund.amount === amount && refund.createdAt.getTime() >= startedAt - 60_000,
  );
  return recent.at(-1);
}
