import {
  ConflictError,
  CouncilKitError,
  onFirstUse,
  type ProviderErrorDetails,
  ValidationError,
  z,
} from '@councilkit/core';

const errorBodySchema = onFirstUse(() =>
  z.object({
    error: z
      .object({
        type: z.string().nullish(),
        code: z.string().nullish(),
        decline_code: z.string().nullish(),
        message: z.string().nullish(),
        param: z.string().nullish(),
      })
      .nullish(),
  }),
);

// Codes Stripe answers with HTTP 400 that mean "not in this state", not "bad input".
const conflictCodes = new Set([
  'payment_intent_unexpected_state',
  'charge_already_refunded',
  'charge_already_captured',
  'idempotency_key_in_use',
  'idempotency_error',
]);

/** Pulls Stripe's `{ error: { type, code, message, param } }` apart, naming the port's field. */
export function parseStripeError(body: unknown): ProviderErrorDetails | undefined {
  const parsed = errorBodySchema().safeParse(body);
  const error = parsed.success ? parsed.data.error : undefined;
  if (!error) return undefined;
  return {
    code: error.decline_code ?? error.code ?? error.type ?? undefined,
    message: error.message ?? undefined,
    field: fieldOfParam(error.param ?? undefined, error.code ?? undefined),
  };
}

/**
 * Stripe's parameter, in the port's words: `client_reference_id` is `reference`,
 * `line_items[0][price_data][unit_amount]` is `amount`, `metadata[k]` is `metadata.k`.
 */
export function fieldOfParam(param: string | undefined, code?: string): string | undefined {
  if (code === 'amount_too_small' || code === 'amount_too_large') return 'amount';
  if (param === undefined) return undefined;
  if (param.startsWith('metadata[')) return `metadata.${param.slice(9, -1)}`;
  if (param.endsWith('[unit_amount]') || param === 'amount' || param === 'amount_to_capture') return 'amount';
  if (param.endsWith('[product_data][name]')) return 'description';
  if (param.startsWith('payment_intent_data[capture_method]')) return 'delayedCapture';
  const fields: Record<string, string> = {
    client_reference_id: 'reference',
    customer_email: 'email',
    success_url: 'returnUrl',
    cancel_url: 'returnUrl',
    locale: 'providerOptions.stripe.locale',
    expires_at: 'providerOptions.stripe.expiresAt',
  };
  return fields[param] ?? param;
}

/**
 * Core turns every 400 into a `ValidationError`; Stripe also answers 400 when the payment is in the
 * wrong state or an idempotency key was reused with other parameters, which are conflicts.
 */
export function remapStripeError(error: unknown): unknown {
  if (!(error instanceof ValidationError) || !CouncilKitError.isInstance(error)) return error;
  const code = error.providerCode ?? '';
  if (!conflictCodes.has(code)) return error;
  return new ConflictError(`stripe refused the request: ${error.providerMessage ?? code}`, {
    provider: error.provider,
    status: error.status,
    providerCode: code,
    providerMessage: error.providerMessage,
    cause: error,
  });
}
