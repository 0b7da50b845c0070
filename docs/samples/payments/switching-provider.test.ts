import { type Sandbox, startSandbox } from '@councilkit/sandbox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { paymentProvider } from './choose-payment-provider.js';
import { permitIsPaid, startPermitPayment } from './take-permit-payment.js';

// The same council code takes a payment through GOV.UK Pay and through Stripe: only the
// configuration differs.
describe('switching payment provider by configuration alone', () => {
  let sandbox: Sandbox;
  beforeAll(async () => {
    sandbox = await startSandbox();
  });
  afterAll(() => sandbox.close());

  const configurations = () => ({
    'govuk-pay': {
      env: {
        PAYMENT_PROVIDER: 'govuk-pay',
        GOVUK_PAY_API_KEY: sandbox.credentials.pay.apiKey,
        GOVUK_PAY_BASE_URL: sandbox.services.pay,
      },
      // The resident pays on the provider's page (the emulators' backdoors stand in for the browser).
      residentPays: (id: string) => sandbox.emulators.pay.control.complete(id),
    },
    stripe: {
      env: {
        PAYMENT_PROVIDER: 'stripe',
        STRIPE_SECRET_KEY: sandbox.credentials.stripe.secretKey,
        STRIPE_BASE_URL: sandbox.services.stripe,
      },
      residentPays: (id: string) => sandbox.emulators.stripe.control.payCheckoutSession(id),
    },
  });

  for (const name of ['govuk-pay', 'stripe'] as const) {
    it(`takes a permit payment through ${name}`, async () => {
      const { env, residentPays } = configurations()[name];
      const pay = paymentProvider(env);
      const started = await startPermitPayment(pay, { id: `${name}-42`, pence: 4500 });
      expect(started.redirectTo).toMatch(/^http:\/\/127\.0\.0\.1:\d+\//);
      expect(await permitIsPaid(pay, started.paymentId)).toBe(false);
      residentPays(started.paymentId);
      expect(await permitIsPaid(pay, started.paymentId)).toBe(true);
    });
  }

  it('refuses a provider it does not know, naming the variable', () => {
    expect(() => paymentProvider({ PAYMENT_PROVIDER: 'cheques' })).toThrow(/PAYMENT_PROVIDER/);
  });
});
