import type { CreatePaymentRequest } from '@councilkit/pay';
import type { GovukPayPaymentOptions } from '../provider-options.js';
import { definedOnly } from './read.js';

/** The body of `POST /v1/payments`: the model's fields and `providerOptions.govukPay` in GOV.UK Pay's words. */
export function createPaymentBody(
  request: CreatePaymentRequest,
  options: GovukPayPaymentOptions,
): Record<string, unknown> {
  const mode = options.authorisationMode ?? 'web';
  const prefilled = options.prefilledCardholderDetails;
  return definedOnly({
    amount: request.amount,
    reference: request.reference,
    description: request.description,
    // GOV.UK Pay refuses a return URL on MOTO API and agreement payments: there is no page to return from.
    return_url: mode === 'web' ? request.returnUrl : undefined,
    email: request.email,
    metadata: request.metadata && Object.keys(request.metadata).length > 0 ? request.metadata : undefined,
    delayed_capture: request.delayedCapture,
    language: options.language,
    moto: options.moto,
    prefilled_cardholder_details:
      prefilled === undefined
        ? undefined
        : definedOnly({
            cardholder_name: prefilled.cardholderName,
            billing_address: prefilled.billingAddress,
          }),
    authorisation_mode: options.authorisationMode,
    agreement_id: options.agreementId,
    set_up_agreement: options.setUpAgreement,
    agreement_payment_type: options.agreementPaymentType,
  });
}
