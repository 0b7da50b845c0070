import { stripePay } from '@councilkit/pay-stripe';

// The key comes from STRIPE_SECRET_KEY, read on the first call; STRIPE_BASE_URL points at the
// sandbox in development and is left unset in production.
const pay = stripePay({ baseUrl: process.env['STRIPE_BASE_URL'] });

/** Books a bulky waste collection: a hosted Stripe Checkout page for the resident to pay on. */
export async function bookCollection(bookingId: string, email: string) {
  const payment = await pay.createPayment(
    {
      amount: 3500,
      reference: `BULKY-${bookingId}`,
      description: 'Bulky waste collection',
      returnUrl: `https://council.example/bulky/${bookingId}/done`,
      email,
      providerOptions: { stripe: { locale: 'en-GB' } },
    },
    // The same key on a repeated call returns the first payment instead of making a second.
    { idempotencyKey: `bulky-${bookingId}` },
  );
  return { paymentId: payment.id, payAt: payment.nextUrl };
}

/** Reads the payment when the resident comes back. */
export async function collectionStatus(paymentId: string) {
  return (await pay.getPayment(paymentId)).status;
}
