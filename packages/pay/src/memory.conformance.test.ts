import { describePaymentProvider } from '@councilkit/pay/testing';
import { memoryPay } from './index.js';

describePaymentProvider('memory', () => {
  const pay = memoryPay();
  return {
    provider: pay,
    backdoor: {
      complete: pay.controls.complete,
      decline: pay.controls.decline,
      expire: pay.controls.expire,
      settleRefund: (_paymentId, refundId) => pay.controls.settleRefund(refundId),
      failRefund: (_paymentId, refundId) => pay.controls.failRefund(refundId),
    },
  };
});
