import type { Hono } from 'hono';
import { invalidRequest, missingParameter, resourceMissing } from '../api-error.js';
import { apiRoute } from '../api-route.js';
import type { FormParams } from '../form-body.js';
import { newId } from '../ids.js';
import { listPage, newestFirst } from '../lists.js';
import { lineItemsList, sessionObject } from '../objects.js';
import {
  integerParam,
  metadataParam,
  objectParam,
  onlyKnown,
  pageParams,
  requiredString,
  stringParam,
} from '../params.js';
import type { LineItemRecord, SessionRecord } from '../records.js';
import { expireSession, type StripeState } from '../stripe-state.js';

const sessionParams = [
  'mode',
  'currency',
  'line_items',
  'client_reference_id',
  'metadata',
  'customer_email',
  'locale',
  'success_url',
  'cancel_url',
  'expires_at',
  'payment_intent_data',
  'ui_mode',
];
const minimumExpirySeconds = 30 * 60;
const maximumExpirySeconds = 24 * 60 * 60;
// Stripe's minimum charge per currency, in minor units, for the currencies a UK council meets.
const minimumAmounts: Readonly<Record<string, number>> = { gbp: 30, eur: 50, usd: 50 };

/** `/v1/checkout/sessions`: create, retrieve, list, expire and line items. */
export function registerCheckoutSessionRoutes(app: Hono, state: StripeState): void {
  const find = (id: string): SessionRecord => {
    const session = state.sessions.get(id);
    if (!session) throw resourceMissing('checkout.session', id);
    return session;
  };

  apiRoute(app, state, 'post', '/v1/checkout/sessions', ({ params, request, expand }) => {
    const session = createSession(state, params);
    state.sessions.set(session.id, session);
    return sessionObject(state, session, request.origin, expand);
  });

  apiRoute(app, state, 'get', '/v1/checkout/sessions', ({ params, request, expand }) => {
    const paymentIntent = stringParam(params, 'payment_intent');
    const status = stringParam(params, 'status');
    const email = stringParam(objectParam(params, 'customer_details'), 'email', 'customer_details[email]');
    const created = objectParam(params, 'created');
    const gte = integerParam(created, 'gte', 'created[gte]');
    const lt = integerParam(created, 'lt', 'created[lt]');
    const sessions = newestFirst(state.sessions.values()).filter(
      (session) =>
        (paymentIntent === undefined || session.paymentIntentId === paymentIntent) &&
        (status === undefined || session.status === status) &&
        (email === undefined || (session.customerDetailsEmail ?? session.customerEmail) === email) &&
        (gte === undefined || session.created >= gte) &&
        (lt === undefined || session.created < lt),
    );
    return listPage(sessions, pageParams(params), '/v1/checkout/sessions', (session) =>
      sessionObject(state, session, request.origin, dataExpand(expand)),
    );
  });

  apiRoute(app, state, 'get', '/v1/checkout/sessions/:id', ({ path, request, expand }) =>
    sessionObject(state, find(path['id']!), request.origin, expand),
  );

  // Only metadata can change here: the rest of a session is fixed once made.
  apiRoute(app, state, 'post', '/v1/checkout/sessions/:id', ({ path, params, request, expand }) => {
    onlyKnown(params, ['metadata']);
    const session = find(path['id']!);
    const changes = params['metadata'];
    if (changes !== undefined && changes !== null && typeof changes === 'object' && !Array.isArray(changes)) {
      for (const [key, value] of Object.entries(changes)) if (value === null) delete session.metadata[key];
    }
    Object.assign(session.metadata, metadataParam(params));
    if (Object.keys(session.metadata).length > 50) {
      throw invalidRequest('You can specify up to 50 keys in metadata.', 'metadata');
    }
    return sessionObject(state, session, request.origin, expand);
  });

  apiRoute(app, state, 'get', '/v1/checkout/sessions/:id/line_items', ({ path }) =>
    lineItemsList(find(path['id']!)),
  );

  apiRoute(app, state, 'post', '/v1/checkout/sessions/:id/expire', ({ path, request, expand }) => {
    const session = find(path['id']!);
    if (session.status !== 'open') {
      throw invalidRequest(
        `Only Checkout Sessions with a status in ["open"] can be expired. This Checkout Session has a status of "${session.status}".`,
      );
    }
    expireSession(state, session, request);
    return sessionObject(state, session, request.origin, expand);
  });
}

/** `data.x` in a list's expand means `x` on each item. */
function dataExpand(expand: ReadonlySet<string>): ReadonlySet<string> {
  return new Set([...expand].filter((path) => path.startsWith('data.')).map((path) => path.slice(5)));
}

function createSession(state: StripeState, params: FormParams): SessionRecord {
  onlyKnown(params, sessionParams);
  const mode = requiredString(params, 'mode');
  if (mode !== 'payment') {
    throw invalidRequest(
      `Invalid mode: the sandbox supports mode=payment only, not ${mode.slice(0, 30)}`,
      'mode',
    );
  }
  const uiMode = stringParam(params, 'ui_mode') ?? 'hosted_page';
  if (uiMode !== 'hosted_page') throw invalidRequest('The sandbox offers the hosted page only.', 'ui_mode');
  const lineItems = readLineItems(params);
  const currencies = new Set(lineItems.map((line) => line.currency));
  const currency = stringParam(params, 'currency')?.toLowerCase() ?? [...currencies][0]!;
  if (currencies.size > 1 || !currencies.has(currency)) {
    throw invalidRequest('All line items must use the same currency as the Checkout Session.', 'line_items');
  }
  const amountTotal = lineItems.reduce((sum, line) => sum + line.unitAmount * line.quantity, 0);
  const minimum = minimumAmounts[currency] ?? 50;
  if (amountTotal < minimum) {
    const shown = (minimum / 100).toFixed(2);
    throw invalidRequest(
      `The Checkout Session's total amount due must add up to at least ${currency === 'gbp' ? '£' : ''}${shown} ${currency}`,
      undefined,
      'amount_too_small',
    );
  }
  const now = state.nowSeconds();
  const expiresAt = integerParam(params, 'expires_at') ?? now + maximumExpirySeconds;
  if (expiresAt < now + minimumExpirySeconds) {
    throw invalidRequest(
      'The `expires_at` timestamp must be at least 30 minutes from Checkout Session creation.',
      'expires_at',
    );
  }
  if (expiresAt > now + maximumExpirySeconds) {
    throw invalidRequest(
      'The `expires_at` timestamp must be less than 24 hours from Checkout Session creation.',
      'expires_at',
    );
  }
  const clientReferenceId = stringParam(params, 'client_reference_id') ?? null;
  if (clientReferenceId !== null && clientReferenceId.length > 200) {
    throw invalidRequest('client_reference_id must be at most 200 characters.', 'client_reference_id');
  }
  const customerEmail = stringParam(params, 'customer_email') ?? null;
  if (customerEmail !== null && !looksLikeEmail(customerEmail)) {
    throw invalidRequest(
      `Invalid email address: ${customerEmail.slice(0, 100)}`,
      'customer_email',
      'email_invalid',
    );
  }
  const intentData = objectParam(params, 'payment_intent_data');
  onlyKnown(
    intentData,
    ['capture_method', 'metadata', 'description', 'statement_descriptor_suffix'],
    'payment_intent_data',
  );
  const captureMethod =
    stringParam(intentData, 'capture_method', 'payment_intent_data[capture_method]') ?? 'automatic_async';
  if (captureMethod !== 'automatic' && captureMethod !== 'automatic_async' && captureMethod !== 'manual') {
    throw invalidRequest(
      `Invalid payment_intent_data[capture_method]: must be one of automatic, automatic_async, or manual`,
      'payment_intent_data[capture_method]',
    );
  }
  return {
    id: newId.checkoutSession(),
    sequence: state.nextSequence(),
    created: now,
    expiresAt,
    amountTotal,
    currency,
    clientReferenceId,
    customerEmail,
    metadata: metadataParam(params),
    successUrl: urlParam(params, 'success_url'),
    cancelUrl: urlParam(params, 'cancel_url'),
    locale: stringParam(params, 'locale') ?? null,
    lineItems,
    captureMethod,
    paymentIntentMetadata: metadataParam(intentData, 'metadata', 'payment_intent_data[metadata]'),
    paymentIntentDescription:
      stringParam(intentData, 'description', 'payment_intent_data[description]') ?? null,
    status: 'open',
    paymentStatus: 'unpaid',
    paymentIntentId: null,
    customerName: null,
    customerDetailsEmail: null,
  };
}

function readLineItems(params: FormParams): (LineItemRecord & { currency: string })[] {
  const raw = params['line_items'];
  if (raw === undefined || raw === null) throw missingParameter('line_items');
  if (!Array.isArray(raw) || raw.length === 0) throw invalidRequest('Invalid array', 'line_items');
  if (raw.length > 100) throw invalidRequest('You may only specify up to 100 line items.', 'line_items');
  return raw.map((item, index) => {
    const path = `line_items[${index}]`;
    if (item === null || typeof item !== 'object' || Array.isArray(item))
      throw invalidRequest('Invalid hash', path);
    onlyKnown(item, ['price_data', 'quantity', 'price'], path);
    const price = stringParam(item, 'price', `${path}[price]`);
    if (price !== undefined) throw resourceMissing('price', price, `${path}[price]`);
    if (item['price_data'] === undefined) throw missingParameter(`${path}[price_data]`);
    const priceData = objectParam(item, 'price_data', `${path}[price_data]`);
    onlyKnown(priceData, ['currency', 'unit_amount', 'product_data'], `${path}[price_data]`);
    const currency = requiredString(priceData, 'currency', `${path}[price_data][currency]`).toLowerCase();
    const unitAmount = integerParam(priceData, 'unit_amount', `${path}[price_data][unit_amount]`);
    if (unitAmount === undefined) throw missingParameter(`${path}[price_data][unit_amount]`);
    if (unitAmount < 0) {
      throw invalidRequest(
        'This value must be greater than or equal to 0.',
        `${path}[price_data][unit_amount]`,
      );
    }
    const productData = objectParam(priceData, 'product_data', `${path}[price_data][product_data]`);
    onlyKnown(productData, ['name', 'description', 'metadata'], `${path}[price_data][product_data]`);
    const name = requiredString(productData, 'name', `${path}[price_data][product_data][name]`);
    const quantity = integerParam(item, 'quantity', `${path}[quantity]`);
    if (quantity === undefined) throw missingParameter(`${path}[quantity]`);
    if (quantity < 1)
      throw invalidRequest('This value must be greater than or equal to 1.', `${path}[quantity]`);
    return { name, unitAmount, quantity, currency };
  });
}

function urlParam(params: FormParams, name: string): string | null {
  const value = stringParam(params, name);
  if (value === undefined) return null;
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {
    url = undefined;
  }
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
    throw invalidRequest('Not a valid URL', name, 'url_invalid');
  }
  return value;
}

function looksLikeEmail(value: string): boolean {
  const at = value.indexOf('@');
  return at > 0 && at === value.lastIndexOf('@') && value.indexOf('.', at) > at + 1 && !value.includes(' ');
}
