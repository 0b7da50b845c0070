import type { Transport } from '@councilkit/core';
import type { PaymentHarness } from '@councilkit/pay/testing';
import { type Sandbox, startSandbox } from '@councilkit/sandbox';
import { type StripePayOptions, stripePay } from './index.js';

/** The sandbox's Stripe emulator, with a client pointed at it over real HTTP on 127.0.0.1. */
export async function stripeSandbox(options: StripePayOptions = {}) {
  const sandbox = await startSandbox();
  const pay = stripePay({
    secretKey: sandbox.credentials.stripe.secretKey,
    baseUrl: sandbox.services.stripe,
    ...options,
  });
  return { sandbox, pay, control: sandbox.emulators.stripe.control };
}

/** The conformance backdoor: the emulator's customer and bank, acting on real state. */
export function conformanceHarness(sandbox: Sandbox, pay: ReturnType<typeof stripePay>): PaymentHarness {
  const control = sandbox.emulators.stripe.control;
  return {
    provider: pay,
    backdoor: {
      complete: (id) => control.payCheckoutSession(id),
      // Stripe keeps the page open for another card; the payment ends declined when the user gives up.
      decline: (id) => {
        control.payCheckoutSession(id, { number: '4000000000000002' });
        control.expireCheckoutSession(id);
      },
      expire: (id) => control.expireCheckoutSession(id),
      settleRefund: () => {},
      failRefund: (_paymentId, refundId) => control.failRefund(refundId),
    },
    teardown: () => sandbox.close(),
  };
}

/** Wraps a transport to record every request that reached it. */
export function recordingTransport(inner: Transport) {
  const requests: Parameters<Transport>[0][] = [];
  const transport: Transport = (request) => {
    requests.push(request);
    return inner(request);
  };
  return { transport, requests };
}
