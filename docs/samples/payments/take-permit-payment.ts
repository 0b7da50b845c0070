import type { PaymentProvider } from '@councilkit/pay';

/** Starts paying for a permit: the id to keep with the application, and where to send the resident. */
export async function startPermitPayment(pay: PaymentProvider, permit: { id: string; pence: number }) {
  const payment = await pay.createPayment({
    amount: permit.pence,
    reference: `PERMIT-${permit.id}`,
    description: 'Resident parking permit',
    returnUrl: `https://council.example/permits/${permit.id}/paid`,
  });
  return { paymentId: payment.id, redirectTo: payment.nextUrl };
}

/** When the resident comes back: read the payment, which is the truth, whoever the provider is. */
export async function permitIsPaid(pay: PaymentProvider, paymentId: string): Promise<boolean> {
  const payment = await pay.getPayment(paymentId);
  return payment.status === 'paid';
}
