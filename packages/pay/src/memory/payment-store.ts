import { randomUUID } from 'node:crypto';
import { ConflictError, NotFoundError, ValidationError } from '@councilkit/core';
import type { CreatePaymentRequest, CreateRefundRequest } from '../define.js';
import type {
  CardSummary,
  Payment,
  PaymentEvent,
  PaymentFailure,
  PaymentStatus,
  Refund,
  RefundStatus,
} from '../model.js';

const provider = 'memory';

/** A payment as the memory provider holds it: the model's fields plus its history and refunds. */
interface PaymentRecord {
  payment: Payment;
  events: PaymentEvent[];
  refunds: Refund[];
}

const failures: Partial<Record<PaymentStatus, PaymentFailure>> = {
  declined: { code: 'declined', message: 'The card was declined' },
  expired: { code: 'expired', message: 'The payment expired' },
  cancelled: { code: 'cancelled', message: 'The payment was cancelled' },
  failed: { code: 'failed', message: 'The payment failed' },
};

/** The memory provider's payments and refunds, with the moves a real provider makes. */
export class PaymentStore {
  private readonly records = new Map<string, PaymentRecord>();

  constructor(
    private readonly now: () => Date,
    private readonly payPageUrl: string,
  ) {}

  create(request: CreatePaymentRequest): Payment {
    const id = randomUUID().replaceAll('-', '');
    const payment: Payment = {
      id,
      amount: request.amount,
      currency: 'GBP',
      reference: request.reference,
      description: request.description,
      status: 'created',
      rawStatus: 'created',
      returnUrl: request.returnUrl,
      ...(request.email === undefined ? {} : { email: request.email }),
      metadata: { ...request.metadata },
      delayedCapture: request.delayedCapture ?? false,
      createdAt: this.now(),
    };
    this.records.set(id, { payment, events: [this.eventOf(payment)], refunds: [] });
    return this.read(id);
  }

  /** The payment as a caller sees it now: a fresh page link while the user can still pay. */
  read(id: string): Payment {
    const { payment, refunds } = this.record(id);
    const payable = payment.status === 'created' || payment.status === 'in_progress';
    const refunded = refunds
      .filter((refund) => refund.status !== 'failed')
      .reduce((sum, r) => sum + r.amount, 0);
    return {
      ...payment,
      ...(payable ? { nextUrl: `${this.payPageUrl}/${id}?token=${randomUUID()}` } : {}),
      ...(payment.status === 'paid'
        ? {
            refundSummary: {
              status: refunded >= payment.amount ? 'full' : 'available',
              amountAvailable: payment.amount - refunded,
              amountRefunded: refunded,
            },
          }
        : {}),
    };
  }

  events(id: string): PaymentEvent[] {
    return [...this.record(id).events];
  }

  all(): Payment[] {
    return [...this.records.keys()].map((id) => this.read(id));
  }

  /** Moves a payment on, as the provider's page or the service would. */
  move(id: string, to: PaymentStatus, from: readonly PaymentStatus[], card?: CardSummary): Payment {
    const record = this.record(id);
    if (!from.includes(record.payment.status)) {
      throw new ConflictError(`A ${record.payment.status} payment cannot become ${to}`, { provider });
    }
    const failure = failures[to];
    record.payment = {
      ...record.payment,
      status: to,
      rawStatus: to,
      ...(failure ? { failure } : {}),
      ...(card ? { card } : {}),
    };
    record.events.push(this.eventOf(record.payment));
    return this.read(id);
  }

  refund(paymentId: string, request: CreateRefundRequest): Refund {
    const payment = this.read(paymentId);
    const summary = payment.refundSummary;
    if (summary === undefined || summary.status !== 'available') {
      throw new ConflictError(`A ${payment.status} payment cannot be refunded`, { provider });
    }
    if (
      request.expectedAmountAvailable !== undefined &&
      request.expectedAmountAvailable !== summary.amountAvailable
    ) {
      throw new ConflictError('The amount available for refund has changed', { provider });
    }
    if (request.amount > summary.amountAvailable) {
      throw new ValidationError([{ path: 'amount', message: 'is more than is available to refund' }], {
        provider,
      });
    }
    const refund: Refund = {
      id: randomUUID().replaceAll('-', ''),
      paymentId,
      amount: request.amount,
      status: 'pending',
      rawStatus: 'pending',
      createdAt: this.now(),
    };
    this.record(paymentId).refunds.push(refund);
    return refund;
  }

  refunds(paymentId: string): Refund[] {
    return [...this.record(paymentId).refunds];
  }

  getRefund(paymentId: string, refundId: string): Refund {
    const refund = this.record(paymentId).refunds.find((candidate) => candidate.id === refundId);
    if (refund === undefined)
      throw new NotFoundError('No refund with this id for this payment', { provider });
    return refund;
  }

  /** Settles or fails a pending refund; returns it. */
  settleRefund(refundId: string, status: Exclude<RefundStatus, 'pending'>): Refund {
    for (const record of this.records.values()) {
      const index = record.refunds.findIndex((refund) => refund.id === refundId);
      if (index === -1) continue;
      const refund = { ...record.refunds[index]!, status, rawStatus: status };
      record.refunds[index] = refund;
      return refund;
    }
    throw new NotFoundError('No refund with this id', { provider });
  }

  clear(): void {
    this.records.clear();
  }

  private record(id: string): PaymentRecord {
    const record = this.records.get(id);
    if (record === undefined) throw new NotFoundError('No payment with this id', { provider });
    return record;
  }

  private eventOf(payment: Payment): PaymentEvent {
    return {
      paymentId: payment.id,
      status: payment.status,
      rawStatus: payment.rawStatus,
      occurredAt: this.now(),
    };
  }
}
