import type {
  CardBrand,
  CardSummary,
  Payment,
  PaymentEvent,
  PaymentStatus,
  RefundSummary,
} from '@councilkit/pay';
import {
  asObject,
  definedOnly,
  optionalNumber,
  optionalObject,
  optionalText,
  requiredDate,
  requiredInteger,
  requiredText,
  type WireObject,
} from './read.js';

const failedByCode: Readonly<Record<string, PaymentStatus>> = {
  P0010: 'declined',
  P0020: 'expired',
  P0030: 'cancelled',
};

/** GOV.UK Pay's `state` as the model's status: the code says why a `failed` payment failed. */
export function statusFromState(
  status: string,
  code: string | undefined,
  finished: boolean | undefined,
): PaymentStatus {
  switch (status) {
    case 'created':
      return 'created';
    case 'started':
    case 'submitted':
      return 'in_progress';
    case 'capturable':
      return 'capturable';
    case 'success':
      return 'paid';
    case 'cancelled':
      return 'cancelled';
    case 'failed':
      return failedByCode[code ?? ''] ?? 'failed';
    case 'error':
      return 'failed';
    default:
      // A status GOV.UK Pay may add later: only `finished` says whether it is over.
      return finished ? 'failed' : 'in_progress';
  }
}

const brands: Readonly<Record<string, CardBrand>> = {
  visa: 'visa',
  'master-card': 'mastercard',
  mastercard: 'mastercard',
  'american express': 'amex',
  'american-express': 'amex',
  'diners club': 'diners',
  'diners-club': 'diners',
  discover: 'discover',
  jcb: 'jcb',
  'union pay': 'unionpay',
  unionpay: 'unionpay',
  maestro: 'maestro',
};

function readCard(details: WireObject | undefined): CardSummary | undefined {
  if (details === undefined) return undefined;
  const rawBrand = optionalText(details, 'card_brand');
  const expiry = /^(\d{2})\/(\d{2})$/.exec(optionalText(details, 'expiry_date') ?? '');
  const type = optionalText(details, 'card_type');
  return definedOnly({
    brand: brands[(rawBrand ?? '').toLowerCase()] ?? 'other',
    rawBrand,
    lastFour: optionalText(details, 'last_digits_card_number'),
    expiryMonth: expiry ? Number(expiry[1]) : undefined,
    expiryYear: expiry ? 2000 + Number(expiry[2]) : undefined,
    cardholderName: optionalText(details, 'cardholder_name'),
    fundingType: type === 'debit' || type === 'credit' ? (type as 'debit' | 'credit') : undefined,
  });
}

function readRefundSummary(summary: WireObject | undefined): RefundSummary | undefined {
  const status = optionalText(summary, 'status');
  if (summary === undefined || status === undefined) return undefined;
  return {
    status: status === 'available' || status === 'unavailable' || status === 'full' ? status : 'pending',
    amountAvailable: optionalNumber(summary, 'amount_available') ?? 0,
    amountRefunded: optionalNumber(summary, 'amount_submitted') ?? 0,
  };
}

function readMetadata(value: unknown): Record<string, string> {
  if (typeof value !== 'object' || value === null) return {};
  const metadata: Record<string, string> = {};
  for (const [key, item] of Object.entries(value))
    if (item !== null && item !== undefined) metadata[key] = String(item);
  return metadata;
}

/** A payment as GOV.UK Pay sends it (API or webhook `resource`), in the model's terms. */
export function readPayment(body: unknown): Payment {
  const wire = asObject(body, 'a payment');
  const what = 'a payment';
  const state = optionalObject(wire, 'state') ?? {};
  const rawStatus = requiredText(state, 'status', what);
  const code = optionalText(state, 'code');
  const links = optionalObject(wire, '_links');
  return definedOnly({
    id: requiredText(wire, 'payment_id', what),
    amount: requiredInteger(wire, 'amount', what),
    currency: 'GBP' as const,
    reference: requiredText(wire, 'reference', what),
    description: requiredText(wire, 'description', what),
    status: statusFromState(rawStatus, code, state['finished'] === true),
    rawStatus,
    failure: code === undefined ? undefined : definedOnly({ code, message: optionalText(state, 'message') }),
    nextUrl: optionalText(optionalObject(links ?? {}, 'next_url'), 'href'),
    returnUrl: optionalText(wire, 'return_url'),
    email: optionalText(wire, 'email'),
    metadata: readMetadata(wire['metadata']),
    card: readCard(optionalObject(wire, 'card_details')),
    refundSummary: readRefundSummary(optionalObject(wire, 'refund_summary')),
    delayedCapture: wire['delayed_capture'] === true,
    createdAt: requiredDate(wire, 'created_date', what),
    providerMetadata: {
      govukPay: definedOnly({
        paymentProvider: optionalText(wire, 'payment_provider'),
        providerId: optionalText(wire, 'provider_id'),
        language: optionalText(wire, 'language'),
        moto: typeof wire['moto'] === 'boolean' ? wire['moto'] : undefined,
        authorisationMode: optionalText(wire, 'authorisation_mode'),
        agreementId: optionalText(wire, 'agreement_id'),
        fee: optionalNumber(wire, 'fee'),
        netAmount: optionalNumber(wire, 'net_amount'),
        totalAmount: optionalNumber(wire, 'total_amount'),
        corporateCardSurcharge: optionalNumber(wire, 'corporate_card_surcharge'),
        settlementSummary: optionalObject(wire, 'settlement_summary'),
      }),
    },
  }) as Payment;
}

/** `GET …/events` as the model's events, oldest first. */
export function readPaymentEvents(body: unknown): PaymentEvent[] {
  const wire = asObject(body, 'payment events');
  const events = Array.isArray(wire['events']) ? wire['events'] : [];
  return events.map((item) => {
    const event = asObject(item, 'a payment event');
    const state = optionalObject(event, 'state') ?? {};
    const rawStatus = requiredText(state, 'status', 'a payment event');
    return {
      paymentId: requiredText(event, 'payment_id', 'a payment event'),
      status: statusFromState(rawStatus, optionalText(state, 'code'), state['finished'] === true),
      rawStatus,
      occurredAt: requiredDate(event, 'updated', 'a payment event'),
    };
  });
}
