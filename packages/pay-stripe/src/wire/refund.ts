import { onFirstUse, z } from '@councilkit/core';
import type { Refund, RefundStatus } from '@councilkit/pay';

const refundSchema = onFirstUse(() =>
  z.object({
    id: z.string(),
    amount: z.number(),
    status: z.string().nullish(),
    created: z.number(),
    payment_intent: z.string().nullish(),
    charge: z.string().nullish(),
    failure_reason: z.string().nullish(),
  }),
);

/** A refund body, tolerating fields Stripe adds. */
export type StripeRefund = z.infer<ReturnType<typeof refundSchema>>;

export function parseRefund(body: unknown): StripeRefund {
  return refundSchema().parse(body);
}

function statusOf(raw: string | null | undefined): RefundStatus {
  if (raw === 'succeeded') return 'succeeded';
  if (raw === 'failed' || raw === 'canceled') return 'failed';
  return 'pending';
}

/** A Stripe refund as the port's `Refund` of the payment (Checkout Session) `paymentId`. */
export function readRefund(refund: StripeRefund, paymentId: string): Refund {
  return {
    id: refund.id,
    paymentId,
    amount: refund.amount,
    status: statusOf(refund.status),
    rawStatus: refund.status ?? 'unknown',
    createdAt: new Date(refund.created * 1000),
    providerMetadata: {
      stripe: {
        paymentIntentId: refund.payment_intent ?? undefined,
        chargeId: refund.charge ?? undefined,
        failureReason: refund.failure_reason ?? undefined,
      },
    },
  };
}
