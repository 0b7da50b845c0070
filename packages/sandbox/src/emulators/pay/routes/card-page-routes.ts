import { isValidEmailAddress } from '@councilkit/core';
import type { Context, Hono } from 'hono';
import { govukFrontendStylesheet } from '../../notify/inbox/govuk-stylesheet.js';
import {
  type CardForm,
  cardDetailsPage,
  confirmPage,
  type FormError,
  outcomePage,
} from '../card-page/pages.js';
import { apiRoot, html, seeOther } from '../http.js';
import type { PayState } from '../state.js';
import { failures, isFinished } from '../statuses.js';
import { cardBrand, cardDigits, cardOutcome, cardType, passesLuhn } from '../test-cards.js';
import type { CardRecord, PaymentRecord } from '../types.js';

const formFields = [
  'cardNo',
  'expiryMonth',
  'expiryYear',
  'cardholderName',
  'cvc',
  'addressLine1',
  'addressCity',
  'addressPostcode',
  'email',
] as const;

/** Reads the card form; the card number is used here and never stored whole. */
function readForm(body: Record<string, unknown>): CardForm {
  const form: Record<string, string> = {};
  for (const field of formFields) {
    const value = body[field];
    if (typeof value === 'string') form[field] = value.trim().slice(0, 255);
  }
  return form;
}

function checkForm(form: CardForm, now: Date): FormError[] {
  const errors: FormError[] = [];
  if (!passesLuhn(cardDigits(form.cardNo ?? '')))
    errors.push({ field: 'cardNo', id: 'card-no', message: 'Enter a valid card number' });
  const month = Number(form.expiryMonth);
  const year = Number(form.expiryYear?.length === 2 ? `20${form.expiryYear}` : form.expiryYear);
  const expired =
    !Number.isInteger(month) ||
    month < 1 ||
    month > 12 ||
    !Number.isInteger(year) ||
    year < now.getUTCFullYear() ||
    (year === now.getUTCFullYear() && month < now.getUTCMonth() + 1);
  if (expired)
    errors.push({ field: 'expiryMonth', id: 'expiry-month', message: 'Enter a valid expiry date' });
  if (!form.cardholderName)
    errors.push({
      field: 'cardholderName',
      id: 'cardholder-name',
      message: 'Enter the name as it appears on the card',
    });
  if (!/^\d{3,4}$/.test(form.cvc ?? ''))
    errors.push({ field: 'cvc', id: 'cvc', message: 'Enter a valid card security code' });
  if (!form.addressLine1)
    errors.push({
      field: 'addressLine1',
      id: 'address-line-1',
      message: 'Enter a building name/number and street',
    });
  if (!form.addressCity)
    errors.push({ field: 'addressCity', id: 'address-city', message: 'Enter a town or city' });
  if (!form.addressPostcode)
    errors.push({ field: 'addressPostcode', id: 'address-postcode', message: 'Enter a valid postcode' });
  if (form.email && !isValidEmailAddress(form.email))
    errors.push({ field: 'email', id: 'email', message: 'Enter a valid email address' });
  return errors;
}

/** The card summary GOV.UK Pay keeps: brand, type, first six and last four digits, expiry, name. */
export function cardRecordFor(
  digits: string,
  expiryMonth: number,
  expiryYear: number,
  cardholderName: string,
  address?: CardRecord['billingAddress'],
): CardRecord {
  return {
    brand: cardBrand(digits),
    type: cardType(digits),
    firstSix: digits.slice(0, 6),
    lastFour: digits.slice(-4),
    expiryDate: `${String(expiryMonth).padStart(2, '0')}/${String(expiryYear % 100).padStart(2, '0')}`,
    cardholderName,
    ...(address ? { billingAddress: address } : {}),
  };
}

/**
 * The hosted card page at `next_url`: enter card details, confirm, and go back to the service's
 * `return_url`. The documented test cards succeed, decline or fail; "Cancel payment" cancels.
 */
export function registerCardPageRoutes(app: Hono, state: PayState): void {
  const root = (context: Context) => apiRoot(context.req.raw, state.basePath);
  const expiredSession = (context: Context, record?: PaymentRecord) =>
    html(
      outcomePage(
        root(context),
        record,
        'Your payment session has expired',
        'No money has been taken from your account.',
        'Go back to the service',
      ),
      400,
    );
  const finishedPage = (context: Context, record: PaymentRecord) => {
    const base = root(context);
    if (record.status === 'success' || record.status === 'capturable')
      return seeOther(record.returnUrl ?? `${base}/`);
    if (record.code === 'P0010')
      return html(
        outcomePage(
          base,
          record,
          'Your payment has been declined',
          'No money has been taken from your account.',
          'Go back to try the payment again',
        ),
      );
    if (record.code === 'P0030' || record.code === 'P0040')
      return html(
        outcomePage(
          base,
          record,
          'Your payment has been cancelled',
          'No money has been taken from your account.',
          'Go back to the service',
        ),
      );
    if (record.code === 'P0020') return expiredSession(context, record);
    return html(
      outcomePage(
        base,
        record,
        'We’re experiencing technical problems',
        'No money has been taken from your account.',
        'Go back to try the payment again',
      ),
      500,
    );
  };
  const payment = (context: Context) => state.payments.get(context.req.param('paymentId') ?? '');

  app.get(
    '/secure/assets/govuk-frontend.min.css',
    () =>
      new Response(govukFrontendStylesheet(), {
        headers: { 'Content-Type': 'text/css; charset=utf-8', 'Cache-Control': 'public, max-age=3600' },
      }),
  );

  const enter = (context: Context, token: string) => {
    const record = state.payments.useToken(token);
    if (record === undefined) return expiredSession(context);
    if (isFinished(record.status)) return finishedPage(context, record);
    state.payments.start(record);
    return seeOther(`${root(context)}/card_details/${record.paymentId}`);
  };
  app.get('/secure/:token', (context) => enter(context, context.req.param('token')));
  app.post('/secure', async (context) => {
    const body = await context.req.parseBody();
    return enter(context, typeof body['chargeTokenId'] === 'string' ? body['chargeTokenId'] : '');
  });

  app.get('/card_details/:paymentId', (context) => {
    const record = payment(context);
    if (record === undefined) return expiredSession(context);
    if (isFinished(record.status) || record.status === 'capturable') return finishedPage(context, record);
    if (record.status === 'submitted')
      return seeOther(`${root(context)}/card_details/${record.paymentId}/confirm`);
    return html(cardDetailsPage(root(context), record));
  });

  app.post('/card_details/:paymentId', async (context) => {
    const record = payment(context);
    if (record === undefined) return expiredSession(context);
    if (record.status !== 'started' && record.status !== 'created') return finishedPage(context, record);
    const form = readForm(await context.req.parseBody());
    const errors = checkForm(form, state.clock.now());
    if (errors.length > 0) return html(cardDetailsPage(root(context), record, form, errors), 400);
    const digits = cardDigits(form.cardNo ?? '');
    const year = Number(form.expiryYear?.length === 2 ? `20${form.expiryYear}` : form.expiryYear);
    const card = cardRecordFor(digits, Number(form.expiryMonth), year, form.cardholderName ?? '', {
      line1: form.addressLine1 ?? '',
      city: form.addressCity ?? '',
      postcode: form.addressPostcode ?? '',
      country: 'GB',
    });
    state.payments.start(record);
    const outcome = cardOutcome(digits);
    if (outcome === 'declined') state.payments.fail(record, failures.declined, card);
    else if (outcome === 'error' || outcome === 'unsupported')
      state.payments.fail(record, failures.error, card);
    else {
      state.payments.authorise(record, card);
      return seeOther(`${root(context)}/card_details/${record.paymentId}/confirm`);
    }
    return finishedPage(context, record);
  });

  app.get('/card_details/:paymentId/confirm', (context) => {
    const record = payment(context);
    if (record === undefined) return expiredSession(context);
    if (record.status !== 'submitted') return finishedPage(context, record);
    return html(confirmPage(root(context), record));
  });

  app.post('/card_details/:paymentId/confirm', (context) => {
    const record = payment(context);
    if (record === undefined) return expiredSession(context);
    if (record.status === 'submitted') state.payments.confirm(record);
    return finishedPage(context, record);
  });

  app.post('/card_details/:paymentId/cancel', (context) => {
    const record = payment(context);
    if (record === undefined) return expiredSession(context);
    if (!isFinished(record.status) && record.status !== 'capturable')
      state.payments.fail(record, failures.cancelledByUser);
    return finishedPage(context, record);
  });
}
