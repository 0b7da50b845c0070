import type { ProviderErrorDetails } from '@councilkit/core';

// GOV.UK Pay's field names as the model (or `providerOptions.govukPay`) calls them.
const modelFields: Readonly<Record<string, string>> = {
  amount: 'amount',
  reference: 'reference',
  description: 'description',
  return_url: 'returnUrl',
  email: 'email',
  metadata: 'metadata',
  delayed_capture: 'delayedCapture',
  language: 'providerOptions.govukPay.language',
  moto: 'providerOptions.govukPay.moto',
  agreement_id: 'providerOptions.govukPay.agreementId',
  set_up_agreement: 'providerOptions.govukPay.setUpAgreement',
  authorisation_mode: 'providerOptions.govukPay.authorisationMode',
  refund_amount_available: 'expectedAmountAvailable',
};

/** GOV.UK Pay's error body `{ field?, header?, code, description }`: its P-code, message and field kept. */
export function parsePayError(body: unknown): ProviderErrorDetails | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const { code, description, field, header } = body as Record<string, unknown>;
  if (typeof code !== 'string' && typeof description !== 'string') return undefined;
  return {
    code: typeof code === 'string' ? code : undefined,
    message: typeof description === 'string' ? description : undefined,
    field:
      typeof field === 'string'
        ? (modelFields[field] ?? field)
        : typeof header === 'string'
          ? header
          : undefined,
  };
}
