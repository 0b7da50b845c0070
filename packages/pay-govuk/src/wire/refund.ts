import type { Refund, RefundStatus } from '@councilkit/pay';
import { asObject, requiredDate, requiredInteger, requiredText } from './read.js';

const statuses: Readonly<Record<string, RefundStatus>> = {
  submitted: 'pending',
  success: 'succeeded',
  error: 'failed',
};

/** A refund as GOV.UK Pay sends it, in the model's terms. */
export function readRefund(body: unknown): Refund {
  const wire = asObject(body, 'a refund');
  const rawStatus = requiredText(wire, 'status', 'a refund');
  return {
    id: requiredText(wire, 'refund_id', 'a refund'),
    paymentId: requiredText(wire, 'payment_id', 'a refund'),
    amount: requiredInteger(wire, 'amount', 'a refund'),
    status: statuses[rawStatus] ?? 'pending',
    rawStatus,
    createdAt: requiredDate(wire, 'created_date', 'a refund'),
  };
}
