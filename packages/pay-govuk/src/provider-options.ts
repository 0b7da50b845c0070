import { onFirstUse, parseInput, ValidationError, z } from '@councilkit/core';

const text = (maximum: number) =>
  z.string({ error: 'must be text' }).max(maximum, { error: `must be ${maximum} characters or fewer` });
const agreementId = onFirstUse(() =>
  z
    .string({ error: 'must be an agreement id' })
    .regex(/^[0-9a-z]{1,26}$/, { error: 'must be a GOV.UK Pay agreement id' }),
);

const govukPayOptionsSchema = onFirstUse(() =>
  z.strictObject({
    language: z.enum(['en', 'cy'], { error: 'must be "en" or "cy"' }).optional(),
    moto: z.boolean({ error: 'must be true or false' }).optional(),
    prefilledCardholderDetails: z
      .strictObject({
        cardholderName: text(255).optional(),
        billingAddress: z
          .strictObject({
            line1: text(255).optional(),
            line2: text(255).optional(),
            postcode: text(25).optional(),
            city: text(255).optional(),
            country: z
              .string()
              .regex(/^[A-Z]{2}$/, { error: 'must be an ISO 3166 two-letter country code' })
              .optional(),
          })
          .optional(),
      })
      .optional(),
    authorisationMode: z
      .enum(['web', 'moto_api', 'agreement'], { error: 'must be web, moto_api or agreement' })
      .optional(),
    agreementId: agreementId().optional(),
    setUpAgreement: agreementId().optional(),
    agreementPaymentType: z
      .enum(['instalment', 'recurring', 'unscheduled'], {
        error: 'must be instalment, recurring or unscheduled',
      })
      .optional(),
  }),
);

/**
 * What only GOV.UK Pay understands, passed as `providerOptions.govukPay` on `createPayment`: the page's
 * language, MOTO, prefilled cardholder details, and recurring payments (set up an agreement, or take
 * a payment under one with `authorisationMode: 'agreement'`).
 */
export type GovukPayPaymentOptions = z.input<ReturnType<typeof govukPayOptionsSchema>>;

// Wrapped once, so a failure names the whole path (`providerOptions.govukPay.language`).
const wrappedSchema = onFirstUse(() =>
  z.strictObject({
    providerOptions: z.strictObject({ govukPay: govukPayOptionsSchema() }),
  }),
);

/** Reads and checks `providerOptions.govukPay`; other providers' keys are ignored. */
export function readGovukPayOptions(
  providerOptions: Readonly<Record<string, unknown>> | undefined,
): GovukPayPaymentOptions {
  const options = providerOptions?.['govukPay'];
  if (options === undefined) return {};
  const parsed = parseInput(wrappedSchema(), { providerOptions: { govukPay: options } }, 'govuk-pay');
  const checked = parsed.providerOptions.govukPay;
  if (checked.authorisationMode === 'agreement' && checked.agreementId === undefined)
    throw parseInputIssue(
      'providerOptions.govukPay.agreementId',
      'is required when authorisationMode is agreement',
    );
  if (checked.agreementId !== undefined && checked.authorisationMode !== 'agreement')
    throw parseInputIssue(
      'providerOptions.govukPay.authorisationMode',
      'must be agreement when agreementId is given',
    );
  return checked;
}

function parseInputIssue(path: string, message: string): ValidationError {
  return new ValidationError([{ path, message }], { provider: 'govuk-pay' });
}
