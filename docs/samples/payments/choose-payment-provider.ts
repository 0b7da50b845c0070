import { ConfigError, type PaymentProvider } from '@councilkit/pay';
import { govukPay } from '@councilkit/pay-govuk';
import { stripePay } from '@councilkit/pay-stripe';

/**
 * The payment provider this deployment is configured for. `PAYMENT_PROVIDER` picks it; each
 * adapter reads its own key (`GOVUK_PAY_API_KEY`, `STRIPE_SECRET_KEY`) and optional base URL.
 */
export function paymentProvider(env: Record<string, string | undefined> = process.env): PaymentProvider {
  switch (env['PAYMENT_PROVIDER'] ?? 'govuk-pay') {
    case 'govuk-pay':
      return govukPay({ apiKey: env['GOVUK_PAY_API_KEY'], baseUrl: env['GOVUK_PAY_BASE_URL'] });
    case 'stripe':
      return stripePay({ secretKey: env['STRIPE_SECRET_KEY'], baseUrl: env['STRIPE_BASE_URL'] });
    default:
      throw new ConfigError([{ path: 'PAYMENT_PROVIDER', message: 'must be govuk-pay or stripe' }]);
  }
}
