import { ConflictError } from '@councilkit/pay';
import { govukPay } from '@councilkit/pay-govuk';

const pay = govukPay({ baseUrl: process.env['GOVUK_PAY_BASE_URL'] });

/**
 * Refunds what an officer asked for on a screen that showed `shownAvailable` pence refundable. If
 * anyone refunded since, GOV.UK Pay refuses it, so a refund is never paid out twice.
 */
export async function refundFromScreen(paymentId: string, pence: number, shownAvailable: number) {
  try {
    const refund = await pay.createRefund(paymentId, {
      amount: pence,
      expectedAmountAvailable: shownAvailable,
    });
    return { refunded: true, refundId: refund.id };
  } catch (error) {
    if (error instanceof ConflictError)
      return { refunded: false, reason: 'changed since you looked: reload' };
    throw error;
  }
}
