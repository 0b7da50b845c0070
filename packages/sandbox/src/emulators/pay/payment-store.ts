import { randomUUID } from 'node:crypto';
import { newExternalId } from './api-key.js';
import { captureExpiryMs, failures, isFinished, paymentExpiryMs } from './statuses.js';
import type { CardRecord, PaymentRecord, PayStatus, PayWebhookEventType, RefundRecord } from './types.js';

/** What a new payment is made from, after the request has been checked. */
export type NewPayment = Omit<
  PaymentRecord,
  'paymentId' | 'providerId' | 'createdAt' | 'status' | 'events' | 'refunds'
>;

/** Called on every change a webhook reports. */
export type ChangeListener = (record: PaymentRecord, eventType: PayWebhookEventType) => void;

/**
 * The emulator's payments, in creation order, with GOV.UK Pay's state machine: every move is recorded
 * as an event and reported to `onChange`; unfinished payments expire on the clock.
 */
export class PaymentStore {
  private readonly byId = new Map<string, PaymentRecord>();
  private readonly inOrder: PaymentRecord[] = [];
  // Payments that may still expire, oldest first; a pointer walks past the expired or finished ones.
  private expiryCursor = 0;
  private readonly capturable = new Set<PaymentRecord>();
  private readonly tokens = new Map<string, { paymentId: string; used: boolean }>();

  constructor(
    private readonly now: () => Date,
    private readonly onChange: ChangeListener,
  ) {}

  create(input: NewPayment): PaymentRecord {
    const createdAt = this.now();
    const record: PaymentRecord = {
      ...input,
      paymentId: newExternalId(),
      providerId: randomUUID(),
      createdAt,
      status: 'created',
      events: [{ status: 'created', at: createdAt }],
      refunds: [],
    };
    this.byId.set(record.paymentId, record);
    this.inOrder.push(record);
    return record;
  }

  get(paymentId: string): PaymentRecord | undefined {
    return this.byId.get(paymentId);
  }

  /** Every payment, oldest first. */
  all(): readonly PaymentRecord[] {
    return this.inOrder;
  }

  /** A fresh single-use token for the payment page, as every read of the payment makes. */
  issueToken(paymentId: string): string {
    const token = randomUUID();
    this.tokens.set(token, { paymentId, used: false });
    return token;
  }

  /** Spends a token; undefined when it is unknown or already used. */
  useToken(token: string): PaymentRecord | undefined {
    const entry = this.tokens.get(token);
    if (entry === undefined || entry.used) return undefined;
    entry.used = true;
    return this.byId.get(entry.paymentId);
  }

  /** The user opened the payment page. */
  start(record: PaymentRecord): void {
    if (record.status === 'created') this.move(record, 'started', 'card_payment_started');
  }

  /** The card was authorised; the user has still to confirm. */
  authorise(record: PaymentRecord, card: CardRecord): void {
    record.card = card;
    this.move(record, 'submitted');
  }

  /** The user confirmed: success, or capturable for delayed capture. */
  confirm(record: PaymentRecord): void {
    if (record.delayedCapture) {
      this.move(record, 'capturable', 'card_payment_succeeded');
      this.capturable.add(record);
      return;
    }
    this.move(record, 'success', 'card_payment_succeeded');
    this.capture(record);
  }

  /** The service captured a capturable payment (or a success was captured at once). */
  capture(record: PaymentRecord): void {
    if (record.status === 'capturable') {
      this.capturable.delete(record);
      // The succeeded webhook went when the user approved; capture sends only the captured one.
      this.move(record, 'success');
    }
    record.capturedAt = this.now();
    this.onChange(record, 'card_payment_captured');
  }

  /** Finishes a payment that did not succeed. */
  fail(record: PaymentRecord, failure: (typeof failures)[keyof typeof failures], card?: CardRecord): void {
    if (card) record.card = card;
    this.capturable.delete(record);
    record.code = failure.code;
    record.message = failure.message;
    this.move(
      record,
      failure.status,
      failure.code === 'P0020' ? 'card_payment_expired' : 'card_payment_failed',
    );
  }

  addRefund(record: PaymentRecord, amount: number, status: RefundRecord['status']): RefundRecord {
    const createdAt = this.now();
    const refund: RefundRecord = {
      refundId: newExternalId(),
      paymentId: record.paymentId,
      amount,
      status,
      createdAt,
      ...(status === 'success' ? { settledAt: createdAt } : {}),
    };
    record.refunds.push(refund);
    if (status === 'success') this.onChange(record, 'card_payment_refunded');
    return refund;
  }

  /** Moves a refund to success or error, as the payment provider settling it would. */
  settleRefund(record: PaymentRecord, refund: RefundRecord, status: 'success' | 'error'): void {
    const wasSuccess = refund.status === 'success';
    refund.status = status;
    refund.settledAt = this.now();
    if (status === 'success' && !wasSuccess) this.onChange(record, 'card_payment_refunded');
  }

  /** Expires what has waited too long; called before every request is answered. */
  settle(): void {
    const now = this.now().getTime();
    while (this.expiryCursor < this.inOrder.length) {
      const record = this.inOrder[this.expiryCursor]!;
      if (now - record.createdAt.getTime() < paymentExpiryMs) break;
      this.expiryCursor += 1;
      if (record.status === 'created' || record.status === 'started' || record.status === 'submitted')
        this.fail(record, failures.expired);
    }
    for (const record of this.capturable)
      if (now - record.createdAt.getTime() >= captureExpiryMs) this.fail(record, failures.expired);
  }

  private move(record: PaymentRecord, status: PayStatus, eventType?: PayWebhookEventType): void {
    if (isFinished(record.status)) return;
    record.status = status;
    record.events.push({ status, code: record.code, message: record.message, at: this.now() });
    if (eventType) this.onChange(record, eventType);
  }
}
