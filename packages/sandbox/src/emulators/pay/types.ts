/** GOV.UK Pay's external payment statuses. */
export type PayStatus =
  | 'created'
  | 'started'
  | 'submitted'
  | 'capturable'
  | 'success'
  | 'failed'
  | 'cancelled'
  | 'error';

/** GOV.UK Pay's refund statuses. */
export type RefundStatus = 'submitted' | 'success' | 'error';

/** The card a payment was made with, as GOV.UK Pay reports it: never the whole number. */
export interface CardRecord {
  readonly brand: string;
  readonly type: 'debit' | 'credit';
  readonly firstSix: string;
  readonly lastFour: string;
  /** `MM/YY`. */
  readonly expiryDate: string;
  readonly cardholderName: string;
  readonly billingAddress?: {
    readonly line1?: string;
    readonly line2?: string;
    readonly postcode?: string;
    readonly city?: string;
    readonly country?: string;
  };
}

export interface RefundRecord {
  readonly refundId: string;
  readonly paymentId: string;
  readonly amount: number;
  status: RefundStatus;
  readonly createdAt: Date;
  settledAt?: Date;
}

export interface PaymentEventRecord {
  readonly status: PayStatus;
  readonly code?: string | undefined;
  readonly message?: string | undefined;
  readonly at: Date;
}

/** A payment as the emulator holds it. */
export interface PaymentRecord {
  readonly paymentId: string;
  readonly amount: number;
  readonly reference: string;
  readonly description: string;
  readonly returnUrl?: string | undefined;
  readonly email?: string | undefined;
  readonly language: 'en' | 'cy';
  readonly delayedCapture: boolean;
  readonly moto: boolean;
  readonly metadata?: Readonly<Record<string, string | number | boolean>> | undefined;
  readonly prefilledCardholderName?: string | undefined;
  readonly authorisationMode: 'web' | 'moto_api' | 'agreement';
  readonly agreementId?: string | undefined;
  readonly setUpAgreement?: string | undefined;
  readonly agreementPaymentType?: string | undefined;
  readonly providerId: string;
  readonly createdAt: Date;
  status: PayStatus;
  code?: string | undefined;
  message?: string | undefined;
  card?: CardRecord | undefined;
  capturedAt?: Date | undefined;
  readonly events: PaymentEventRecord[];
  readonly refunds: RefundRecord[];
}

/** A recurring-payment agreement. */
export interface AgreementRecord {
  readonly agreementId: string;
  readonly reference: string;
  readonly description: string;
  readonly userIdentifier?: string | undefined;
  status: 'created' | 'active' | 'cancelled' | 'inactive';
  readonly createdAt: Date;
  cancelledAt?: Date;
  card?: CardRecord;
  cardSetUpAt?: Date;
}

/** A dispute a test raised against a payment. */
export interface DisputeRecord {
  readonly disputeId: string;
  readonly paymentId: string;
  readonly amount: number;
  readonly fee: number;
  status: 'needs_response' | 'under_review' | 'lost' | 'won';
  readonly reason: string;
  readonly createdAt: Date;
  readonly evidenceDueAt: Date;
}

/** The webhook events GOV.UK Pay sends. */
export type PayWebhookEventType =
  | 'card_payment_started'
  | 'card_payment_succeeded'
  | 'card_payment_captured'
  | 'card_payment_refunded'
  | 'card_payment_failed'
  | 'card_payment_expired';
