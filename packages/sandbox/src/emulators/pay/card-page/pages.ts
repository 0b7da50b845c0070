import { formatPounds } from '@councilkit/core';
import { escapeHtml } from '../../notify/html.js';
import type { PaymentRecord } from '../types.js';

/** Values the card form was sent with, shown again beside its errors. */
export interface CardForm {
  readonly cardNo?: string | undefined;
  readonly expiryMonth?: string | undefined;
  readonly expiryYear?: string | undefined;
  readonly cardholderName?: string | undefined;
  readonly cvc?: string | undefined;
  readonly addressLine1?: string | undefined;
  readonly addressCity?: string | undefined;
  readonly addressPostcode?: string | undefined;
  readonly email?: string | undefined;
}

/** One problem with the form, tied to the input it is about. */
export interface FormError {
  readonly field: keyof CardForm;
  readonly id: string;
  readonly message: string;
}

function page(title: string, root: string, body: string, language: 'en' | 'cy' = 'en'): string {
  return `<!DOCTYPE html><html lang="${language}" class="govuk-template"><head><meta charset="utf-8"><title>${escapeHtml(title)} - GOV.UK Pay</title><meta name="viewport" content="width=device-width, initial-scale=1"><link rel="stylesheet" href="${root}/secure/assets/govuk-frontend.min.css"></head><body class="govuk-template__body"><header class="govuk-header" data-module="govuk-header"><div class="govuk-header__container govuk-width-container"><span class="govuk-header__logotype-text">GOV.UK</span> <span class="govuk-header__service-name">Pay (sandbox)</span></div></header><div class="govuk-width-container"><main class="govuk-main-wrapper" id="main-content" role="main">${body}</main></div></body></html>`;
}

function summary(record: PaymentRecord): string {
  return `<div class="govuk-inset-text" id="payment-summary"><p class="govuk-body">${escapeHtml(record.description)}</p><p class="govuk-body govuk-!-font-weight-bold" id="amount">Total amount: ${escapeHtml(formatPounds(record.amount))}</p></div>`;
}

function input(
  id: string,
  name: keyof CardForm,
  label: string,
  form: CardForm,
  errors: readonly FormError[],
  attributes = '',
): string {
  const error = errors.find((candidate) => candidate.field === name);
  const value = name === 'cvc' || name === 'cardNo' ? '' : (form[name] ?? '');
  return `<div class="govuk-form-group${error ? ' govuk-form-group--error' : ''}"><label class="govuk-label" for="${id}">${label}</label>${error ? `<p class="govuk-error-message" id="${id}-error"><span class="govuk-visually-hidden">Error:</span> ${escapeHtml(error.message)}</p>` : ''}<input class="govuk-input${error ? ' govuk-input--error' : ''}" id="${id}" name="${name}" type="text" value="${escapeHtml(value)}" ${attributes}></div>`;
}

function cancelForm(root: string, record: PaymentRecord): string {
  return `<form method="post" action="${root}/card_details/${record.paymentId}/cancel"><button class="govuk-button govuk-button--secondary" id="cancel-payment" data-module="govuk-button" type="submit">Cancel payment</button></form>`;
}

/** "Enter card details", with an error summary when the last attempt had problems. */
export function cardDetailsPage(
  root: string,
  record: PaymentRecord,
  form: CardForm = {},
  errors: readonly FormError[] = [],
): string {
  const errorSummary =
    errors.length === 0
      ? ''
      : `<div class="govuk-error-summary" data-module="govuk-error-summary" id="error-summary"><div role="alert"><h2 class="govuk-error-summary__title">There is a problem</h2><div class="govuk-error-summary__body"><ul class="govuk-list govuk-error-summary__list">${errors.map((error) => `<li><a href="#${error.id}">${escapeHtml(error.message)}</a></li>`).join('')}</ul></div></div></div>`;
  const prefilled = { cardholderName: record.prefilledCardholderName, email: record.email, ...form };
  return page(
    'Enter card details',
    root,
    `${errorSummary}<h1 class="govuk-heading-l">Enter card details</h1>${summary(record)}<form method="post" action="${root}/card_details/${record.paymentId}" novalidate>` +
      input(
        'card-no',
        'cardNo',
        'Card number',
        prefilled,
        errors,
        'autocomplete="cc-number" inputmode="numeric"',
      ) +
      `<fieldset class="govuk-fieldset"><legend class="govuk-fieldset__legend">Expiry date</legend>${input('expiry-month', 'expiryMonth', 'Month', prefilled, errors, 'inputmode="numeric"')}${input('expiry-year', 'expiryYear', 'Year', prefilled, errors, 'inputmode="numeric"')}</fieldset>` +
      input(
        'cardholder-name',
        'cardholderName',
        'Name on card',
        prefilled,
        errors,
        'autocomplete="cc-name"',
      ) +
      input('cvc', 'cvc', 'Card security code', prefilled, errors, 'inputmode="numeric" autocomplete="off"') +
      input('address-line-1', 'addressLine1', 'Building and street', prefilled, errors) +
      input('address-city', 'addressCity', 'Town or city', prefilled, errors) +
      input('address-postcode', 'addressPostcode', 'Postcode', prefilled, errors) +
      input('email', 'email', 'Email', prefilled, errors, 'autocomplete="email"') +
      `<button class="govuk-button" id="submit-card-details" data-module="govuk-button" type="submit">Continue</button></form>${cancelForm(root, record)}`,
    record.language,
  );
}

/** "Confirm your payment": the summary and the Confirm button. */
export function confirmPage(root: string, record: PaymentRecord): string {
  const card = record.card;
  return page(
    'Confirm your payment',
    root,
    `<h1 class="govuk-heading-l">Confirm your payment</h1>${summary(record)}<dl class="govuk-summary-list"><div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Card number</dt><dd class="govuk-summary-list__value" id="card-number">●●●●●●●●●●●●${escapeHtml(card?.lastFour ?? '')}</dd></div><div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Expiry date</dt><dd class="govuk-summary-list__value">${escapeHtml(card?.expiryDate ?? '')}</dd></div><div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Name on card</dt><dd class="govuk-summary-list__value">${escapeHtml(card?.cardholderName ?? '')}</dd></div></dl><form method="post" action="${root}/card_details/${record.paymentId}/confirm"><button class="govuk-button" id="confirm" data-module="govuk-button" type="submit">Confirm payment</button></form>${cancelForm(root, record)}`,
    record.language,
  );
}

/** A finished page with a heading, some text and a link back to the service. */
export function outcomePage(
  root: string,
  record: PaymentRecord | undefined,
  heading: string,
  text: string,
  linkText: string,
): string {
  const back =
    record?.returnUrl === undefined
      ? ''
      : `<p class="govuk-body"><a class="govuk-link" id="return-url" href="${escapeHtml(record.returnUrl)}">${escapeHtml(linkText)}</a></p>`;
  return page(
    heading,
    root,
    `<h1 class="govuk-heading-l">${escapeHtml(heading)}</h1><p class="govuk-body">${escapeHtml(text)}</p>${back}`,
    record?.language,
  );
}
