import type { Hono } from 'hono';
import { invalidAttribute, missingAttribute, notFound, PayApiError } from '../api-error.js';
import { parseJsonObject } from '../create-request.js';
import { apiRoot, json } from '../http.js';
import { invalidParameters, pageOf, readDate, readPaging } from '../search.js';
import { pageLinks, refundResource, refundSummary, type UrlRoot } from '../serialize.js';
import type { PayState } from '../state.js';
import type { PaymentRecord } from '../types.js';

/** Refunds of one payment, and the refund search. */
export function registerRefundRoutes(app: Hono, state: PayState): void {
  const rootOf = (request: Request): UrlRoot => ({ api: apiRoot(request, state.basePath) });
  const find = (id: string, code: string): PaymentRecord => {
    const record = state.payments.get(id);
    if (record === undefined) throw notFound(code);
    return record;
  };

  app.post('/v1/payments/:paymentId/refunds', async (context) => {
    const record = find(context.req.param('paymentId'), 'P0600');
    const body = parseJsonObject(await context.req.text(), 'P0697');
    const amount = body['amount'];
    if (amount === undefined || amount === null) throw missingAttribute('amount', 'P0601');
    if (typeof amount !== 'number' || !Number.isInteger(amount))
      throw invalidAttribute('amount', 'Must be a valid numeric format', 400, 'P0602');
    if (amount < 1 || amount > 10_000_000)
      throw invalidAttribute(
        'amount',
        amount < 1 ? 'Must be greater than or equal to 1' : 'Must be less than or equal to 10000000',
        422,
        'P0602',
      );
    const summary = refundSummary(record);
    const expected = body['refund_amount_available'] ?? summary.amount_available;
    if (typeof expected !== 'number' || !Number.isInteger(expected))
      throw invalidAttribute('refund_amount_available', 'Must be a valid numeric format', 400, 'P0602');
    if (summary.status !== 'available')
      throw new PayApiError(
        400,
        'P0603',
        `The payment is not available for refund. Payment refund status: ${summary.status}`,
      );
    if (expected !== summary.amount_available)
      throw new PayApiError(412, 'P0604', 'Refund amount available mismatch.');
    if (amount > summary.amount_available)
      throw new PayApiError(
        400,
        'P0603',
        'The payment is not available for refund. Payment refund status: amount_not_available',
      );
    // The sandbox payment provider refunds at once: no `submitted` step.
    const refund = state.payments.addRefund(record, amount, 'success');
    return json(refundResource(refund, rootOf(context.req.raw)), 202);
  });

  app.get('/v1/payments/:paymentId/refunds', (context) => {
    const record = find(context.req.param('paymentId'), 'P0800');
    const root = rootOf(context.req.raw);
    const payment = `${root.api}/v1/payments/${record.paymentId}`;
    return json({
      payment_id: record.paymentId,
      _links: {
        self: { href: `${payment}/refunds`, method: 'GET' },
        payment: { href: payment, method: 'GET' },
      },
      _embedded: { refunds: record.refunds.map((refund) => refundResource(refund, root)) },
    });
  });

  app.get('/v1/payments/:paymentId/refunds/:refundId', (context) => {
    const record = find(context.req.param('paymentId'), 'P0700');
    const refund = record.refunds.find((candidate) => candidate.refundId === context.req.param('refundId'));
    if (refund === undefined) throw notFound('P0700');
    return json(refundResource(refund, rootOf(context.req.raw)));
  });

  app.get('/v1/refunds', (context) => {
    const query = new URL(context.req.url).searchParams;
    const invalid: string[] = [];
    const from = readDate(query, 'from_date', invalid);
    const to = readDate(query, 'to_date', invalid);
    const { page, displaySize } = readPaging(query, invalid);
    if (invalid.length > 0) throw invalidParameters(invalid, 'P1101');
    const refunds = state.payments
      .all()
      .flatMap((record) => record.refunds)
      .filter(
        (refund) =>
          (from === undefined || refund.createdAt >= from) && (to === undefined || refund.createdAt < to),
      )
      .reverse();
    const result = pageOf(refunds, page, displaySize, 'P1100');
    const root = rootOf(context.req.raw);
    return json({
      total: result.total,
      count: result.count,
      page: result.page,
      results: result.results.map((refund) => refundResource(refund, root)),
      _links: pageLinks(root, '/v1/refunds', query, result.page, result.lastPage),
    });
  });
}
