import { pay } from './take-a-payment.js';

/** What to show a resident who comes back from the payment page, decided by the payment itself. */
export async function afterPaymentPage(paymentId: string) {
  // The return URL proves nothing: anyone can open it. Only the payment says what happened.
  const payment = await pay.getPayment(paymentId);
  switch (payment.status) {
    case 'paid':
      return { page: 'confirmation', cardEnding: payment.card?.lastFour };
    case 'declined':
    case 'failed':
      return { page: 'try-again' };
    case 'cancelled':
    case 'expired':
      return { page: 'start-again' };
    default:
      // Not finished: a resident who went back in the browser. Send them on to pay.
      return { page: 'continue', nextUrl: payment.nextUrl };
  }
}
