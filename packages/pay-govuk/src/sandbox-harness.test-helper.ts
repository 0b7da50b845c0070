import type { PaymentHarness } from '@councilkit/pay/testing';
import { type SandboxOptions, startSandbox } from '@councilkit/sandbox';
import { type GovukPayOptions, govukPay } from './index.js';

/** The sandbox's Pay emulator, with a client pointed at it over real HTTP on 127.0.0.1. */
export async function paySandbox(options: GovukPayOptions = {}, sandboxOptions: SandboxOptions = {}) {
  // The suite makes dozens of payments a second, beyond GOV.UK Pay's 15 a second; limits have tests of their own.
  const sandbox = await startSandbox({ pay: { rateLimit: false }, ...sandboxOptions });
  const pay = govukPay({ apiKey: sandbox.credentials.pay.apiKey, baseUrl: sandbox.services.pay, ...options });
  return { sandbox, pay, control: sandbox.emulators.pay.control };
}

/** The conformance harness: the emulator's control moves payments as the card page would. */
export async function conformanceHarness(): Promise<PaymentHarness> {
  const { sandbox, pay, control } = await paySandbox();
  return {
    provider: pay,
    backdoor: {
      complete: (id) => control.complete(id),
      decline: (id) => control.decline(id),
      expire: (id) => control.expire(id),
      settleRefund: (paymentId, refundId) => control.settleRefund(paymentId, refundId),
      failRefund: (paymentId, refundId) => control.failRefund(paymentId, refundId),
    },
    teardown: () => sandbox.close(),
  };
}

export { recordingTransport } from '@councilkit/sandbox';
