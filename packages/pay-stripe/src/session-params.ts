import { onFirstUse, parseInput, z } from '@councilkit/core';
import type { CreatePaymentRequest } from '@councilkit/pay';
import type { StripeParams } from './form-encoding.js';
import { delayedCaptureKey } from './wire/internal-metadata.js';

// Stripe's checkout locales a UK council is likely to want; `auto` follows the browser.
const locales = ['auto', 'en', 'en-GB', 'cy', 'fr', 'de', 'es', 'it', 'nl', 'pl', 'pt', 'ro'] as const;

const stripeOptionsSchema = onFirstUse(() =>
  z.strictObject({
    locale: z.enum(locales, { error: `must be one of ${locales.join(', ')}` }).optional(),
    expiresAt: z.date({ error: 'must be a Date from 30 minutes to 24 hours ahead' }).optional(),
    statementDescriptorSuffix: z
      .string()
      .min(1)
      .max(22, { error: 'must be 22 characters or fewer' })
      .refine((value) => !/[<>\\'"*]/.test(value), { error: 'must not contain < > \\ \' " or *' })
      .optional(),
  }),
);

// Other providers' options are ignored; Stripe's are checked, naming `providerOptions.stripe.<field>`.
const providerOptionsSchema = onFirstUse(() =>
  z.object({
    providerOptions: z.object({ stripe: stripeOptionsSchema().optional() }).optional(),
  }),
);

/** Settings only Stripe understands, under `providerOptions.stripe`. */
export type StripeProviderOptions = z.input<ReturnType<typeof stripeOptionsSchema>>;

/** The `POST /v1/checkout/sessions` parameters for a payment: one GBP line, the reference on both objects. */
export function checkoutSessionParams(input: CreatePaymentRequest): StripeParams {
  const options =
    input.providerOptions?.['stripe'] === undefined
      ? undefined
      : parseInput(providerOptionsSchema(), { providerOptions: input.providerOptions }, 'stripe')
          .providerOptions?.stripe;
  const metadata: Record<string, string> = { ...input.metadata };
  if (input.delayedCapture) metadata[delayedCaptureKey] = 'true';
  return {
    mode: 'payment',
    line_items: [
      {
        quantity: 1,
        price_data: { currency: 'gbp', unit_amount: input.amount, product_data: { name: input.description } },
      },
    ],
    client_reference_id: input.reference,
    metadata,
    customer_email: input.email,
    // The port's single return URL: the service reads the payment there to learn the outcome.
    success_url: input.returnUrl,
    cancel_url: input.returnUrl,
    locale: options?.locale,
    expires_at: options?.expiresAt ? Math.floor(options.expiresAt.getTime() / 1000) : undefined,
    payment_intent_data: {
      capture_method: input.delayedCapture ? 'manual' : 'automatic',
      description: input.description,
      // The session's metadata is not copied to the PaymentIntent: the reference goes there too, so
      // the payment can be found from Stripe's dashboard and payment lists.
      metadata: { reference: input.reference },
      statement_descriptor_suffix: options?.statementDescriptorSuffix,
    },
  };
}
