import type { Hono } from 'hono';
import { invalidAttribute, missingAttribute, notFound, PayApiError } from '../api-error.js';
import { newExternalId } from '../api-key.js';
import { parseJsonObject } from '../create-request.js';
import { payDate } from '../dates.js';
import { apiRoot, json, noContent } from '../http.js';
import { invalidParameters, pageOf, readPaging } from '../search.js';
import { pageLinks } from '../serialize.js';
import type { PayState } from '../state.js';
import { failures } from '../statuses.js';
import type { AgreementRecord, PaymentRecord } from '../types.js';

// GOV.UK Pay's sandbox sets up agreements with 5105105105105100, then declines its recurring payments.
const decliningRecurringCardStart = '510510';

function agreementResource(agreement: AgreementRecord) {
  return {
    agreement_id: agreement.agreementId,
    reference: agreement.reference,
    description: agreement.description,
    status: agreement.status,
    created_date: payDate(agreement.createdAt),
    ...(agreement.cancelledAt ? { cancelled_date: payDate(agreement.cancelledAt) } : {}),
    ...(agreement.userIdentifier === undefined ? {} : { user_identifier: agreement.userIdentifier }),
    ...(agreement.card
      ? {
          payment_instrument: {
            type: 'card',
            created_date: payDate(agreement.cardSetUpAt ?? agreement.createdAt),
            card_details: {
              last_digits_card_number: agreement.card.lastFour,
              first_digits_card_number: agreement.card.firstSix,
              cardholder_name: agreement.card.cardholderName,
              expiry_date: agreement.card.expiryDate,
              card_brand: agreement.card.brand,
              card_type: agreement.card.type,
            },
          },
        }
      : {}),
  };
}

/** A payment that set up an agreement succeeded: the agreement becomes active with its card. */
export function activateAgreement(state: PayState, record: PaymentRecord): void {
  const agreement =
    record.setUpAgreement === undefined ? undefined : state.agreements.get(record.setUpAgreement);
  if (agreement === undefined || record.card === undefined || agreement.status !== 'created') return;
  agreement.status = 'active';
  agreement.card = record.card;
  agreement.cardSetUpAt = state.clock.now();
}

/** Agreement payments take no card page: the agreement's card is charged at once. */
export function completeAgreementPayment(state: PayState, record: PaymentRecord): void {
  const agreement = state.agreements.get(record.agreementId ?? '');
  if (agreement?.card === undefined) return;
  state.payments.start(record);
  if (agreement.card.firstSix === decliningRecurringCardStart) {
    state.payments.fail(record, failures.declined, agreement.card);
    return;
  }
  state.payments.authorise(record, agreement.card);
  state.payments.confirm(record);
}

/** Recurring-payment agreements: create, read, search and cancel. */
export function registerAgreementRoutes(app: Hono, state: PayState): void {
  const find = (id: string, code: string) => {
    const agreement = state.agreements.get(id);
    if (agreement === undefined) throw notFound(code);
    return agreement;
  };

  app.post('/v1/agreements', async (context) => {
    const body = parseJsonObject(await context.req.text(), 'P2197');
    const text = (field: string, required: boolean) => {
      const value = body[field];
      if (value === undefined || value === null || value === '') {
        if (required) throw missingAttribute(field, 'P2101');
        return undefined;
      }
      if (typeof value !== 'string')
        throw invalidAttribute(field, 'Must be a valid string format', 400, 'P2102');
      if (value.length > 255)
        throw invalidAttribute(field, 'Must be less than or equal to 255 characters length', 422, 'P2102');
      return value;
    };
    const agreement: AgreementRecord = {
      agreementId: newExternalId(),
      reference: text('reference', true)!,
      description: text('description', true)!,
      userIdentifier: text('user_identifier', false),
      status: 'created',
      createdAt: state.clock.now(),
    };
    state.agreements.set(agreement.agreementId, agreement);
    return json(agreementResource(agreement), 201);
  });

  app.get('/v1/agreements', (context) => {
    const query = new URL(context.req.url).searchParams;
    const invalid: string[] = [];
    const status = query.get('status');
    if (status && !['created', 'active', 'cancelled', 'inactive'].includes(status)) invalid.push('status');
    const { page, displaySize } = readPaging(query, invalid);
    if (invalid.length > 0) throw invalidParameters(invalid, 'P2401');
    const reference = query.get('reference');
    const matches = [...state.agreements.values()]
      .filter(
        (agreement) =>
          (!reference || agreement.reference === reference) && (!status || agreement.status === status),
      )
      .reverse();
    const result = pageOf(matches, page, displaySize, 'P2402');
    const root = { api: apiRoot(context.req.raw, state.basePath) };
    return json({
      total: result.total,
      count: result.count,
      page: result.page,
      results: result.results.map(agreementResource),
      _links: pageLinks(root, '/v1/agreements', query, result.page, result.lastPage),
    });
  });

  app.get('/v1/agreements/:agreementId', (context) =>
    json(agreementResource(find(context.req.param('agreementId'), 'P2200'))),
  );

  app.post('/v1/agreements/:agreementId/cancel', (context) => {
    const agreement = find(context.req.param('agreementId'), 'P2500');
    if (agreement.status !== 'active')
      throw new PayApiError(
        400,
        'P2501',
        `Cancellation of agreement failed. Agreement status: ${agreement.status}`,
      );
    agreement.status = 'cancelled';
    agreement.cancelledAt = state.clock.now();
    return noContent();
  });
}
