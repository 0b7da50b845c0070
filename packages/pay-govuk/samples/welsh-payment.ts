import { govukPay } from '@councilkit/pay-govuk';

const pay = govukPay({ baseUrl: process.env['GOVUK_PAY_BASE_URL'] });

/** A payment whose card page is in Welsh: GOV.UK-only settings go in `providerOptions.govukPay`. */
export async function startWelshPayment(applicationId: string) {
  const payment = await pay.createPayment({
    amount: 3000,
    reference: `BIN-${applicationId}`,
    description: 'Bin collection / Casglu biniau',
    returnUrl: `https://council.example/bins/${applicationId}/paid`,
    email: 'resident@example.com',
    providerOptions: { govukPay: { language: 'cy' } },
  });
  return { paymentId: payment.id, nextUrl: payment.nextUrl };
}
