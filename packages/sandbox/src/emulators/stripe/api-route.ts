import type { Context, Hono } from 'hono';
import { StripeApiError } from './api-error.js';
import { type FormParams, parseForm } from './form-body.js';
import { fingerprintOf } from './idempotency.js';
import { newId } from './ids.js';
import { apiVersion, type RequestInfo, type StripeState } from './stripe-state.js';

/** One API call as a route handler sees it. */
export interface ApiCall {
  readonly params: FormParams;
  readonly path: Readonly<Record<string, string>>;
  readonly request: RequestInfo;
  /** Fields to expand, from `expand[]`. */
  readonly expand: ReadonlySet<string>;
}

/** What a handler answers: a JSON object, 200 unless told. */
export type ApiHandler = (call: ApiCall) => Record<string, unknown>;

const maxIdempotencyKeyLength = 255;

/** The JSON answer Stripe gives, with the headers stripe-node reads. */
export function stripeResponse(
  status: number,
  body: string,
  requestId: string,
  extra: Record<string, string> = {},
): Response {
  return new Response(body, {
    status,
    headers: {
      'Content-Type': 'application/json',
      'Request-Id': requestId,
      'Stripe-Version': apiVersion,
      ...extra,
    },
  });
}

/** The error body for `error`, as a response. */
export function errorResponse(error: StripeApiError, requestId: string, extra: Record<string, string> = {}) {
  return stripeResponse(error.status, JSON.stringify(error.toBody(), null, 2), requestId, {
    ...error.headers,
    ...extra,
  });
}

/**
 * Registers an API route: checks the key, honours forced rate limits, decodes form parameters from
 * the query (GET) or body (POST), and for POSTs applies Stripe's idempotent replay.
 */
export function apiRoute(
  app: Hono,
  state: StripeState,
  method: 'get' | 'post' | 'delete',
  path: string,
  handler: ApiHandler,
): void {
  app[method](path, async (context) => {
    const requestId = newId.request();
    const url = new URL(context.req.url);
    state.lastOrigin = url.origin;
    try {
      authenticate(state, context);
      if (state.forcedRateLimits > 0) {
        state.forcedRateLimits--;
        throw new StripeApiError(429, {
          type: 'invalid_request_error',
          code: 'rate_limit',
          message:
            'Too many requests hit the API too quickly. We recommend an exponential backoff of your requests.',
        });
      }
      const params = parseForm(method === 'post' ? await context.req.text() : url.search.slice(1));
      state.settle();
      const idempotencyKey = method === 'post' ? (context.req.header('Idempotency-Key') ?? null) : null;
      const request: RequestInfo = { id: requestId, idempotencyKey, origin: url.origin };
      const call: ApiCall = { params, path: context.req.param(), request, expand: expandOf(params) };
      if (idempotencyKey === null) return run(handler, call, requestId);
      return runIdempotently(state, `${method.toUpperCase()} ${url.pathname}`, handler, call, idempotencyKey);
    } catch (error) {
      if (error instanceof StripeApiError) return errorResponse(error, requestId);
      throw error;
    }
  });
}

function run(handler: ApiHandler, call: ApiCall, requestId: string): Response {
  return stripeResponse(200, JSON.stringify(handler(call), null, 2), requestId);
}

function runIdempotently(
  state: StripeState,
  endpoint: string,
  handler: ApiHandler,
  call: ApiCall,
  key: string,
): Response {
  const requestId = call.request.id!;
  if (key.length > maxIdempotencyKeyLength) {
    throw new StripeApiError(400, {
      type: 'invalid_request_error',
      message: `Idempotency-Key must be at most ${maxIdempotencyKeyLength} characters long.`,
    });
  }
  const fingerprint = fingerprintOf(call.params);
  const seen = state.idempotency.lookup(key, endpoint, fingerprint);
  const echo = { 'Idempotency-Key': key };
  switch (seen.kind) {
    case 'replay':
      return stripeResponse(seen.status, seen.body, requestId, { ...echo, 'Idempotent-Replayed': 'true' });
    case 'in-progress':
      throw new StripeApiError(409, {
        type: 'idempotency_error',
        code: 'idempotency_key_in_use',
        message:
          'There is currently another in-progress request using this Idempotent Key (that probably means you submitted twice, and the other request is still going through). Please retry this request later.',
      });
    case 'other-endpoint':
      throw new StripeApiError(400, {
        type: 'invalid_request_error',
        message: `Keys for idempotent requests can only be used for the same endpoint they were first used for ('${seen.endpoint}' vs '${endpoint}'). Try using a key other than '${key}' if you meant to execute a different request.`,
      });
    case 'other-parameters':
      throw new StripeApiError(400, {
        type: 'idempotency_error',
        message: `Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than '${key}' if you meant to execute a different request.`,
      });
  }
  state.idempotency.begin(key, endpoint, fingerprint);
  let status = 200;
  let body: string;
  try {
    body = JSON.stringify(handler(call), null, 2);
  } catch (error) {
    if (!(error instanceof StripeApiError)) throw error;
    // Requests refused for their parameters never ran, so Stripe keeps nothing for them.
    if (error.status === 400) {
      state.idempotency.forget(key);
      throw error;
    }
    status = error.status;
    body = JSON.stringify(error.toBody(), null, 2);
  }
  state.idempotency.finish(key, status, body);
  return stripeResponse(status, body, requestId, echo);
}

function authenticate(state: StripeState, context: Context): void {
  const header = context.req.header('Authorization') ?? '';
  let key = '';
  if (header.startsWith('Bearer ')) key = header.slice(7).trim();
  else if (header.startsWith('Basic ')) {
    const decoded = Buffer.from(header.slice(6).trim(), 'base64').toString('utf8');
    key = decoded.slice(0, decoded.indexOf(':') === -1 ? undefined : decoded.indexOf(':'));
  }
  if (key === '') {
    throw new StripeApiError(401, {
      type: 'invalid_request_error',
      message:
        "You did not provide an API key. You need to provide your API key in the Authorization header, using Bearer auth (e.g. 'Authorization: Bearer YOUR_SECRET_KEY'). See https://stripe.com/docs/api#authentication for details, or we can help at https://support.stripe.com/.",
    });
  }
  if (key !== state.secretKey) {
    // Stripe shows only the key's prefix and last four characters.
    const shown = `${key.slice(0, 8)}${'*'.repeat(Math.max(0, key.length - 12))}${key.slice(-4)}`;
    throw new StripeApiError(401, {
      type: 'invalid_request_error',
      code: 'api_key_invalid',
      message: `Invalid API Key provided: ${key.length > 12 ? shown : '****'}`,
    });
  }
}

function expandOf(params: FormParams): ReadonlySet<string> {
  const expand = params['expand'];
  if (expand === undefined || expand === null) return new Set();
  const list = Array.isArray(expand) ? expand : typeof expand === 'string' ? [expand] : [];
  return new Set(list.filter((item): item is string => typeof item === 'string'));
}
