import { payDate } from './dates.js';
import { isFinished } from './statuses.js';
import type { PaymentRecord, RefundRecord } from './types.js';

/** Where URLs in responses point: the request's origin plus the emulator's base path. */
export interface UrlRoot {
  /** `http://127.0.0.1:4010/pay`, or the real host under msw. */
  readonly api: string;
}

const link = (href: string, method = 'GET') => ({ href, method });
const postLink = (href: string) => ({ href, method: 'POST' });

/** Refund availability as GOV.UK Pay works it out: `available` only once paid and not all refunded. */
export function refundSummary(record: PaymentRecord) {
  const submitted = record.refunds
    .filter((refund) => refund.status !== 'error')
    .reduce((sum, refund) => sum + refund.amount, 0);
  const available = record.amount - submitted;
  const status =
    record.status !== 'success'
      ? isFinished(record.status)
        ? 'unavailable'
        : 'pending'
      : available <= 0
        ? 'full'
        : 'available';
  return {
    status,
    amount_available: record.status === 'success' ? Math.max(available, 0) : 0,
    amount_submitted: submitted,
  };
}

function cardDetails(record: PaymentRecord) {
  const card = record.card;
  if (card === undefined) return undefined;
  return {
    last_digits_card_number: card.lastFour,
    first_digits_card_number: card.firstSix,
    cardholder_name: card.cardholderName,
    expiry_date: card.expiryDate,
    ...(card.billingAddress ? { billing_address: card.billingAddress } : {}),
    card_brand: card.brand,
    card_type: card.type,
  };
}

function state(record: PaymentRecord) {
  return {
    status: record.status,
    finished: isFinished(record.status),
    ...(record.message === undefined ? {} : { message: record.message }),
    ...(record.code === undefined ? {} : { code: record.code }),
  };
}

/** The payment without `_links`, as both the API and webhooks send it. Absent fields are left out, not null. */
export function paymentResource(record: PaymentRecord): Record<string, unknown> {
  const card = cardDetails(record);
  return {
    amount: record.amount,
    description: record.description,
    reference: record.reference,
    language: record.language,
    ...(record.email === undefined ? {} : { email: record.email }),
    ...(record.metadata === undefined ? {} : { metadata: record.metadata }),
    state: state(record),
    payment_id: record.paymentId,
    payment_provider: 'sandbox',
    provider_id: record.providerId,
    created_date: payDate(record.createdAt),
    ...(record.returnUrl === undefined ? {} : { return_url: record.returnUrl }),
    refund_summary: refundSummary(record),
    settlement_summary:
      record.capturedAt === undefined
        ? {}
        : {
            capture_submit_time: payDate(record.capturedAt),
            captured_date: payDate(record.capturedAt).slice(0, 10),
          },
    ...(card === undefined ? {} : { card_details: card, card_brand: card.card_brand }),
    delayed_capture: record.delayedCapture,
    moto: record.moto,
    authorisation_mode: record.authorisationMode,
    ...(record.agreementId === undefined ? {} : { agreement_id: record.agreementId }),
    ...(record.agreementPaymentType === undefined
      ? {}
      : { agreement_payment_type: record.agreementPaymentType }),
  };
}

/** `_links` for a payment: `cancel` while unfinished, `capture` when capturable, a fresh page token while payable. */
export function paymentLinks(record: PaymentRecord, root: UrlRoot, token: (() => string) | undefined) {
  const self = `${root.api}/v1/payments/${record.paymentId}`;
  const finished = isFinished(record.status);
  const payable = record.authorisationMode === 'web' && !finished && record.status !== 'capturable';
  const links: Record<string, unknown> = {
    self: link(self),
    events: link(`${self}/events`),
    refunds: link(`${self}/refunds`),
  };
  if (payable && token) {
    const chargeTokenId = token();
    links['next_url'] = link(`${root.api}/secure/${chargeTokenId}`);
    links['next_url_post'] = {
      href: `${root.api}/secure`,
      method: 'POST',
      type: 'application/x-www-form-urlencoded',
      params: { chargeTokenId },
    };
  }
  if (!finished && record.authorisationMode !== 'agreement') links['cancel'] = postLink(`${self}/cancel`);
  if (record.status === 'capturable') links['capture'] = postLink(`${self}/capture`);
  return links;
}

/** A refund in the API's shape. */
export function refundResource(refund: RefundRecord, root: UrlRoot) {
  const payment = `${root.api}/v1/payments/${refund.paymentId}`;
  return {
    refund_id: refund.refundId,
    created_date: payDate(refund.createdAt),
    amount: refund.amount,
    status: refund.status,
    settlement_summary: {},
    payment_id: refund.paymentId,
    _links: { self: link(`${payment}/refunds/${refund.refundId}`), payment: link(payment) },
  };
}

/** `GET …/events`: the statuses, oldest first. */
export function eventsResource(record: PaymentRecord, root: UrlRoot) {
  const self = `${root.api}/v1/payments/${record.paymentId}`;
  return {
    payment_id: record.paymentId,
    events: record.events.map((event) => ({
      payment_id: record.paymentId,
      state: {
        status: event.status,
        finished: isFinished(event.status),
        ...(event.message === undefined ? {} : { message: event.message }),
        ...(event.code === undefined ? {} : { code: event.code }),
      },
      updated: payDate(event.at),
      _links: { payment_url: link(self) },
    })),
    _links: { self: link(`${self}/events`) },
  };
}

/** Search pages' `_links`: those that do not apply are left out. */
export function pageLinks(
  root: UrlRoot,
  path: string,
  query: URLSearchParams,
  page: number,
  lastPage: number,
) {
  const at = (number: number) => {
    const params = new URLSearchParams(query);
    params.set('page', String(number));
    return link(`${root.api}${path}?${params.toString()}`);
  };
  return {
    self: at(page),
    first_page: at(1),
    last_page: at(lastPage),
    ...(page > 1 ? { prev_page: at(page - 1) } : {}),
    ...(page < lastPage ? { next_page: at(page + 1) } : {}),
  };
}
