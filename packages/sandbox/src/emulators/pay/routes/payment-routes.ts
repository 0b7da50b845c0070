import type { Hono } from 'hono';
import { notFound, PayApiError } from '../api-error.js';
import { checkIdempotencyKey, parseJsonObject, readCreatePayment } from '../create-request.js';
import { apiRoot, json, noContent } from '../http.js';
import { invalidParameters, pageOf, readDate, readPaging } from '../search.js';
import { eventsResource, pageLinks, paymentLinks, paymentResource, type UrlRoot } from '../serialize.js';
import type { PayState } from '../state.js';
import { failures, isFinished } from '../statuses.js';
import type { PaymentRecord } from '../types.js';
import { completeAgreementPayment } from './agreement-routes.js';

const searchableStates = new Set([
  'created',
  'started',
  'submitted',
  'success',
  'failed',
  'cancelled',
  'error',
]);
const idempotencyWindowMs = 24 * 60 * 60 * 1000;

/** Payments: create, read, events, search, cancel and capture. */
export function registerPaymentRoutes(app: Hono, state: PayState): void {
  const rootOf = (request: Request): UrlRoot => ({ api: apiRoot(request, state.basePath) });
  const find = (id: string, code: string): PaymentRecord => {
    const record = state.payments.get(id);
    if (record === undefined) throw notFound(code);
    return record;
  };
  const withLinks = (record: PaymentRecord, root: UrlRoot) => ({
    ...paymentResource(record),
    _links: paymentLinks(record, root, () => state.payments.issueToken(record.paymentId)),
  });

  app.post('/v1/payments', async (context) => {
    const text = await context.req.text();
    const key = checkIdempotencyKey(context.req.header('Idempotency-Key'));
    const body = parseJsonObject(text);
    const request = readCreatePayment(body, (agreementId, mustBeActive) => {
      const agreement = state.agreements.get(agreementId);
      return agreement !== undefined && (!mustBeActive || agreement.status === 'active');
    });
    const root = rootOf(context.req.raw);
    // The key is checked on every payment but honoured only for agreement payments.
    if (key !== undefined && request.authorisationMode === 'agreement') {
      const previous = state.idempotency.get(key);
      const now = state.clock.now().getTime();
      if (previous !== undefined && now - previous.at < idempotencyWindowMs) {
        if (previous.body !== JSON.stringify(body))
          throw new PayApiError(
            409,
            'P0191',
            'The `Idempotency-Key` you sent in the request header has already been used to create a payment.',
          );
        return json(withLinks(find(previous.paymentId, 'P0200'), root), 200);
      }
    }
    const record = state.payments.create(request);
    if (key !== undefined && request.authorisationMode === 'agreement')
      state.idempotency.set(key, {
        paymentId: record.paymentId,
        body: JSON.stringify(body),
        at: state.clock.now().getTime(),
      });
    if (request.authorisationMode === 'agreement') completeAgreementPayment(state, record);
    const self = `${root.api}/v1/payments/${record.paymentId}`;
    return json(withLinks(record, root), 201, {
      Location: self,
      Pragma: 'no-cache',
      'Cache-Control': 'no-store',
    });
  });

  app.get('/v1/payments', (context) => {
    const query = new URL(context.req.url).searchParams;
    const invalid: string[] = [];
    const status = query.get('state');
    if (status !== null && status !== '' && !searchableStates.has(status)) invalid.push('state');
    const firstDigits = query.get('first_digits_card_number');
    if (firstDigits && !/^\d{6}$/.test(firstDigits)) invalid.push('first_digits_card_number');
    const lastDigits = query.get('last_digits_card_number');
    if (lastDigits && !/^\d{4}$/.test(lastDigits)) invalid.push('last_digits_card_number');
    const from = readDate(query, 'from_date', invalid);
    const to = readDate(query, 'to_date', invalid);
    const { page, displaySize } = readPaging(query, invalid);
    if (invalid.length > 0) throw invalidParameters(invalid, 'P0401');
    const reference = query.get('reference');
    const email = query.get('email')?.toLowerCase();
    const brand = query.get('card_brand')?.toLowerCase();
    const cardholder = query.get('cardholder_name')?.toLowerCase();
    const agreementId = query.get('agreement_id');
    const matches = state.payments
      .all()
      .filter(
        (record) =>
          (!reference || record.reference === reference) &&
          (!email || (record.email ?? '').toLowerCase().includes(email)) &&
          (!status || record.status === status) &&
          (!brand || (record.card?.brand ?? '').toLowerCase() === brand) &&
          (!cardholder || (record.card?.cardholderName ?? '').toLowerCase().includes(cardholder)) &&
          (!firstDigits || record.card?.firstSix === firstDigits) &&
          (!lastDigits || record.card?.lastFour === lastDigits) &&
          (!agreementId || record.agreementId === agreementId) &&
          (from === undefined || record.createdAt >= from) &&
          (to === undefined || record.createdAt < to),
      )
      .reverse();
    const result = pageOf(matches, page, displaySize, 'P0402');
    const root = rootOf(context.req.raw);
    return json({
      total: result.total,
      count: result.count,
      page: result.page,
      results: result.results.map((record) => ({
        ...paymentResource(record),
        _links: paymentLinks(record, root, undefined),
      })),
      _links: pageLinks(root, '/v1/payments', query, result.page, result.lastPage),
    });
  });

  app.get('/v1/payments/:paymentId', (context) =>
    json(withLinks(find(context.req.param('paymentId'), 'P0200'), rootOf(context.req.raw))),
  );

  app.get('/v1/payments/:paymentId/events', (context) =>
    json(eventsResource(find(context.req.param('paymentId'), 'P0300'), rootOf(context.req.raw))),
  );

  app.post('/v1/payments/:paymentId/cancel', (context) => {
    const record = find(context.req.param('paymentId'), 'P0500');
    if (isFinished(record.status) || record.authorisationMode === 'agreement')
      throw new PayApiError(409, 'P0502', 'Cancellation of payment failed');
    state.payments.fail(record, failures.cancelledByService);
    return noContent();
  });

  app.post('/v1/payments/:paymentId/capture', (context) => {
    const record = find(context.req.param('paymentId'), 'P1000');
    if (record.status !== 'capturable') throw new PayApiError(409, 'P1003', 'Payment cannot be captured');
    state.payments.capture(record);
    return noContent();
  });
}
