import { govukPay } from '@councilkit/pay-govuk';

// The key comes from GOVUK_PAY_API_KEY; GOVUK_PAY_BASE_URL is set only to use the sandbox.
export const pay = govukPay({ baseUrl: process.env['GOVUK_PAY_BASE_URL'] });

/** Starts paying for a permit: keep `paymentId` with the application, then redirect to `nextUrl`. */
export async function startPayment(permitId: string, pence: number) {
  const payment = await pay.createPayment({
    amount: pence,
    reference: `PERMIT-${permitId}`,
    description: 'Resident parking permit',
    returnUrl: `https://council.example/permits/${permitId}/paid`,
  });
  return { paymentId: payment.id, nextUrl: payment.nextUrl };
}
