import { callOptionsShape, isHttpUrl, isValidEmailAddress, onFirstUse, z } from '@councilkit/core';

// The provider-neutral payment model. Every limit below is one that every provider accepts as it is
// (GOV.UK Pay and Stripe Checkout; see the README's table), so a request that passes here is never
// refused by an adapter for its shape. Messages never quote the value received: it may be an email
// address, and messages end up in logs.

/** The largest amount, in pence, any payment or refund may be (£100,000). */
export const maximumAmount = 10_000_000;

/** Where a payment is in its life; a closed union, the provider's own word is kept in `rawStatus`. */
export const paymentStatuses = [
  'created',
  'in_progress',
  'capturable',
  'paid',
  'declined',
  'cancelled',
  'expired',
  'failed',
] as const;

/**
 * - `created`: made, the user has not started paying.
 * - `in_progress`: the user is on the provider's pages (entering card details, 3-D Secure, confirming).
 * - `capturable`: authorised, waiting for `capturePayment` (delayed capture only).
 * - `paid`: the money is taken (or being taken: capture is the provider's business from here).
 * - `declined`: the card was refused. `cancelled`: by the user or the service. `expired`: never finished in time.
 * - `failed`: the provider or the bank failed; the user was not charged.
 */
export type PaymentStatus = (typeof paymentStatuses)[number];

const finalStatuses: ReadonlySet<PaymentStatus> = new Set([
  'paid',
  'declined',
  'cancelled',
  'expired',
  'failed',
]);

/** True when the payment will not change status again (refunds aside). */
export function isFinalPaymentStatus(status: PaymentStatus): boolean {
  return finalStatuses.has(status);
}

/** Card brands as the model names them; a brand the adapter does not know is `other`. */
export type CardBrand =
  | 'visa'
  | 'mastercard'
  | 'amex'
  | 'diners'
  | 'discover'
  | 'jcb'
  | 'unionpay'
  | 'maestro'
  | 'other';

/** What the provider tells about the card used: never its number. */
export interface CardSummary {
  readonly brand: CardBrand;
  /** The brand as the provider wrote it (`Visa`, `visa`, `American Express`). */
  readonly rawBrand?: string | undefined;
  /** The last four digits. */
  readonly lastFour?: string | undefined;
  /** 1 to 12. */
  readonly expiryMonth?: number | undefined;
  /** Four digits, e.g. 2029. */
  readonly expiryYear?: number | undefined;
  readonly cardholderName?: string | undefined;
  readonly fundingType?: 'debit' | 'credit' | 'prepaid' | undefined;
}

/** Whether more can be refunded: `pending` while the provider cannot yet say, `full` once all of it is refunded. */
export type RefundAvailability = 'available' | 'unavailable' | 'pending' | 'full';

/** How much of a payment has been refunded and how much still can be. */
export interface RefundSummary {
  readonly status: RefundAvailability;
  /** Pence that can still be refunded. */
  readonly amountAvailable: number;
  /** Pence refunded or submitted for refund so far. */
  readonly amountRefunded: number;
}

/** Why a payment did not succeed, as the provider put it. */
export interface PaymentFailure {
  /** The provider's code, e.g. GOV.UK Pay's `P0010` or Stripe's `card_declined`. */
  readonly code: string;
  readonly message?: string | undefined;
}

/** Provider-only results, by provider name: `{ govukPay: { paymentProvider: 'sandbox', fee: 5 } }`. */
export type ProviderMetadata = Readonly<Record<string, Readonly<Record<string, unknown>>>>;

/** Values a payment's metadata may hold: text, as every provider stores it. */
export type PaymentMetadata = Readonly<Record<string, string>>;

/** One payment as the provider reports it now. */
export interface Payment {
  /** The provider's id for the payment; opaque, keep it to read the payment later. */
  readonly id: string;
  /** In pence. */
  readonly amount: number;
  readonly currency: 'GBP';
  /** Your reference, as you gave it. */
  readonly reference: string;
  readonly description: string;
  readonly status: PaymentStatus;
  /** The provider's own status, unchecked (GOV.UK Pay `submitted`; Stripe `open/unpaid`). */
  readonly rawStatus: string;
  /** Set when the payment was declined, cancelled, expired or failed, where the provider says why. */
  readonly failure?: PaymentFailure | undefined;
  /**
   * Where to send the user to pay; present only while they still can. Redirect to the one you were
   * just given: GOV.UK Pay makes a new single-use link on every read.
   */
  readonly nextUrl?: string | undefined;
  /** Where the provider sends the user back to, whatever the outcome. */
  readonly returnUrl?: string | undefined;
  readonly email?: string | undefined;
  readonly metadata: PaymentMetadata;
  /** Present once the user has given card details. */
  readonly card?: CardSummary | undefined;
  /** Present once the provider reports on refunds (usually once paid). */
  readonly refundSummary?: RefundSummary | undefined;
  /** True when the payment waits for `capturePayment` after authorisation. */
  readonly delayedCapture: boolean;
  readonly createdAt: Date;
  readonly providerMetadata?: ProviderMetadata | undefined;
}

/** One status a payment went through, oldest first in `listPaymentEvents`. */
export interface PaymentEvent {
  readonly paymentId: string;
  readonly status: PaymentStatus;
  readonly rawStatus: string;
  readonly occurredAt: Date;
}

/** Where a refund is: `pending` until the provider settles it. */
export type RefundStatus = 'pending' | 'succeeded' | 'failed';

/** One refund of (part of) a payment. */
export interface Refund {
  /** The provider's id for the refund; opaque. */
  readonly id: string;
  readonly paymentId: string;
  /** In pence. */
  readonly amount: number;
  readonly status: RefundStatus;
  /** The provider's own status (GOV.UK Pay `submitted`/`success`/`error`; Stripe `pending`/`succeeded`/...). */
  readonly rawStatus: string;
  readonly createdAt: Date;
  readonly providerMetadata?: ProviderMetadata | undefined;
}

// ---- Input schemas -------------------------------------------------------------------------------

// Each schema is built on first use (onFirstUse): importing the package builds none of them.

/** An id the provider gave; only its adapter knows its shape and checks it further. */
export const idSchema = onFirstUse(() =>
  z
    .string({ error: 'must be the id as text' })
    .min(1, { error: 'must not be empty' })
    .max(255, { error: 'must be 255 characters or fewer' }),
);

/** Pence: a whole number from 1 to 10,000,000. */
export const amountSchema = onFirstUse(() =>
  z
    .int({ error: 'must be a whole number of pence' })
    .min(1, { error: 'must be at least 1 (pence)' })
    .max(maximumAmount, { error: 'must be 10000000 pence (£100,000) or less' }),
);

// GOV.UK Pay refuses these three characters in text fields (P0102); its firewall blocks them too.
const forbiddenCharacters = /[<>|]/;

const text = (maximum: number) =>
  z
    .string({ error: 'must be text' })
    .refine((value) => value.trim() !== '', { error: 'must not be empty' })
    .refine((value) => value.length <= maximum, { error: `must be ${maximum} characters or fewer` })
    .refine((value) => !forbiddenCharacters.test(value), { error: 'must not contain <, > or |' });

// Stripe keeps a reference (client_reference_id) of up to 200 characters; GOV.UK Pay up to 255.
const referenceSchema = onFirstUse(() =>
  text(200).refine((value) => !/https?:\/\//i.test(value), {
    error: 'must not contain a URL',
  }),
);

const emailSchema = onFirstUse(() =>
  z
    .string({ error: 'must be text' })
    .max(254, { error: 'must be 254 characters or fewer' })
    .refine(isValidEmailAddress, { error: 'is not a valid email address' }),
);

const returnUrlSchema = onFirstUse(() =>
  z
    .string({ error: 'must be an http(s) URL' })
    .max(2000, { error: 'must be 2000 characters or fewer' })
    .refine(isHttpUrl, { error: 'must be an http:// or https:// URL' }),
);

// GOV.UK Pay: at most 15 keys of 1–30 characters, unique ignoring case, values up to 100 characters.
// Stripe: 50 keys of up to 40 characters, no square brackets, string values up to 500. The model takes
// what both accept.
const metadataKeySchema = onFirstUse(() =>
  z
    .string()
    .min(1, { error: 'metadata keys must not be empty' })
    .max(30, { error: 'metadata keys must be 30 characters or fewer' })
    .refine((key) => !/[[\]]/.test(key), { error: 'metadata keys must not contain [ or ]' }),
);

const metadataRecordSchema = onFirstUse(() =>
  z
    .record(
      metadataKeySchema(),
      z.string({ error: 'must be text' }).max(100, { error: 'must be 100 characters or fewer' }),
    )
    .refine(
      (metadata) =>
        new Set(Object.keys(metadata).map((key) => key.toLowerCase())).size === Object.keys(metadata).length,
      { error: 'keys must be unique ignoring case' },
    ),
);

// The key count is checked before zod looks at each entry, so a huge object is refused at once.
const metadataSchema = onFirstUse(
  () =>
    z
      .unknown()
      .refine((value) => typeof value !== 'object' || value === null || Object.keys(value).length <= 15, {
        error: 'must have 15 keys or fewer',
        abort: true,
      })
      .pipe(metadataRecordSchema()) as unknown as ReturnType<typeof metadataRecordSchema>,
);

/** `providerOptions`: settings for one provider, by its name, that the others ignore. */
export const providerOptionsSchema = onFirstUse(() =>
  z.record(
    z.string(),
    z.record(z.string(), z.unknown(), { error: "must be an object of that provider's settings" }),
    { error: 'must be an object keyed by provider name, e.g. { govukPay: { language: "cy" } }' },
  ),
);

/** Settings only one provider understands, by its name; each adapter reads and checks its own key. */
export type ProviderOptions = Readonly<Record<string, Readonly<Record<string, unknown>>>>;

/** `createPayment`'s input. */
export const createPaymentInputSchema = onFirstUse(() =>
  z.strictObject({
    amount: amountSchema(),
    reference: referenceSchema(),
    description: text(255),
    returnUrl: returnUrlSchema(),
    email: emailSchema().optional(),
    metadata: metadataSchema().optional(),
    delayedCapture: z.boolean({ error: 'must be true or false' }).optional(),
    providerOptions: providerOptionsSchema().optional(),
  }),
);

/**
 * A payment to take. The user is sent to the provider's page (`nextUrl`) and comes back to
 * `returnUrl` whatever happened: read the payment then to find out.
 */
export type CreatePaymentInput = z.input<ReturnType<typeof createPaymentInputSchema>>;

/** `createRefund`'s input. */
export const createRefundInputSchema = onFirstUse(() =>
  z.strictObject({
    amount: amountSchema(),
    /**
     * The amount you believe can still be refunded. The provider refuses the refund (a `ConflictError`)
     * when it has changed, so a refund repeated from a stale screen is not paid out twice.
     */
    expectedAmountAvailable: z
      .int({ error: 'must be a whole number of pence' })
      .min(0, { error: 'must be 0 or more' })
      .max(maximumAmount, { error: 'must be 10000000 pence or less' })
      .optional(),
    providerOptions: providerOptionsSchema().optional(),
  }),
);

/** A refund to make, in pence; the provider refuses more than is still available. */
export type CreateRefundInput = z.input<ReturnType<typeof createRefundInputSchema>>;

const dateSchema = onFirstUse(() =>
  z.date({ error: 'must be a Date' }).refine((date) => !Number.isNaN(date.getTime()), {
    error: 'must be a valid Date',
  }),
);

/** `searchPayments`' filter. */
export const paymentSearchFilterSchema = onFirstUse(() =>
  z.strictObject({
    reference: referenceSchema().optional(),
    email: emailSchema().optional(),
    status: z.enum(paymentStatuses, { error: `must be one of ${paymentStatuses.join(', ')}` }).optional(),
    createdFrom: dateSchema().optional(),
    createdTo: dateSchema().optional(),
  }),
);

/** Which payments to find: by your reference, the payer's email, status and when they were created (from inclusive, to exclusive). */
export type PaymentSearchFilter = z.input<ReturnType<typeof paymentSearchFilterSchema>>;

/** Per-call options, kept apart from the call's own input. */
export const callOptionsSchema = onFirstUse(() =>
  z.strictObject({
    // Letters, digits and hyphens up to 255: what both GOV.UK Pay and Stripe accept as a key.
    idempotencyKey: z
      .string({ error: 'must be text' })
      .regex(/^[A-Za-z0-9-]{1,255}$/, { error: 'must be 1 to 255 letters, digits or hyphens' })
      .optional(),
    ...callOptionsShape,
  }),
);

/**
 * Options for one call: `idempotencyKey` (writes: the same key on a repeated call makes the provider
 * return the first result, where it deduplicates), `signal` to cancel, `timeoutMs` to give up.
 */
export type CallOptions = z.infer<ReturnType<typeof callOptionsSchema>>;
