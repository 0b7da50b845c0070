import { describePaymentProvider } from '@councilkit/pay/testing';
import { memoryPay } from './index.js';

// The suite against a provider that can do only the minimum: everything else must skip or be unsupported.
describePaymentProvider('memory with every optional capability off', () => {
  const off = {
    cancel: false,
    delayedCapture: false,
    refunds: false,
    partialRefunds: false,
    paymentEvents: false,
    search: false,
  };
  const pay = memoryPay({ capabilities: off });
  const noRefunds = () => {
    throw new Error('refunds are off');
  };
  return {
    provider: pay,
    backdoor: { ...pay.controls, settleRefund: noRefunds, failRefund: noRefunds },
  };
});
