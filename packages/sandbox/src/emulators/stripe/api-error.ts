/** Stripe's error object: `{ error: { type, code?, decline_code?, message, param?, … } }`. */
export interface StripeErrorObject {
  type: 'api_error' | 'card_error' | 'idempotency_error' | 'invalid_request_error';
  message: string;
  code?: string;
  decline_code?: string;
  param?: string;
  doc_url?: string;
  payment_intent?: unknown;
}

/** An error the emulator answers with Stripe's error body; thrown from handlers, caught by the app. */
export class StripeApiError extends Error {
  readonly status: number;
  readonly error: StripeErrorObject;
  /** Extra response headers, e.g. `Stripe-Should-Retry`. */
  readonly headers: Readonly<Record<string, string>>;

  constructor(status: number, error: StripeErrorObject, headers: Record<string, string> = {}) {
    super(error.message);
    this.name = 'StripeApiError';
    this.status = status;
    this.error = error;
    this.headers = headers;
  }

  toBody(): { error: StripeErrorObject } {
    const { code } = this.error;
    const docUrl = code
      ? { doc_url: `https://stripe.com/docs/error-codes/${code.replaceAll('_', '-')}` }
      : {};
    return { error: { ...this.error, ...docUrl } };
  }
}

/** 400 `invalid_request_error`, naming the parameter where there is one. */
export function invalidRequest(message: string, param?: string, code?: string): StripeApiError {
  return new StripeApiError(400, {
    type: 'invalid_request_error',
    message,
    ...(code ? { code } : {}),
    ...(param ? { param } : {}),
  });
}

/** 400 `parameter_missing`, Stripe's answer when a required parameter is absent. */
export function missingParameter(param: string): StripeApiError {
  return invalidRequest(`Missing required param: ${param}.`, param, 'parameter_missing');
}

/** 400 `parameter_unknown` for a parameter the endpoint does not take. */
export function unknownParameter(param: string): StripeApiError {
  return invalidRequest(`Received unknown parameter: ${param}`, param, 'parameter_unknown');
}

/** 404 `resource_missing`, e.g. "No such checkout.session: 'cs_test_…'". */
export function resourceMissing(kind: string, id: string, param = 'id'): StripeApiError {
  return new StripeApiError(404, {
    type: 'invalid_request_error',
    code: 'resource_missing',
    message: `No such ${kind}: '${id}'`,
    param,
  });
}
