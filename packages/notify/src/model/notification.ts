import type { LetterPostage } from './fields.js';
import type { NotificationStatus } from './status.js';

/** What every notification has, whatever its type. */
export interface NotificationBase {
  readonly id: string;
  /** The caller's reference, when the message was sent with one. */
  readonly reference?: string | undefined;
  readonly status: NotificationStatus;
  /** The status exactly as the provider gave it; `status` is its meaning in the union. */
  readonly rawStatus: string;
  readonly templateId: string;
  readonly templateVersion: number;
  /** The message as sent, placeholders filled in. */
  readonly body: string;
  readonly createdAt: Date;
  /** When the provider handed the message on (to the email or phone network, or the printer). */
  readonly sentAt?: Date | undefined;
  /** When the message reached a final status. */
  readonly completedAt?: Date | undefined;
  /** The name of the person who sent it from the provider's website; absent for sends through the API. */
  readonly createdByName?: string | undefined;
  /** What the message cost, once the provider has worked it out. In pounds, as text message rates have fractions of a penny. */
  readonly costInPounds?: number | undefined;
  /** What the cost is made of, once the provider has worked it out. */
  readonly costDetails?: NotificationCostDetails | undefined;
}

/** The parts of a message's cost; which are present depends on the message type. */
export interface NotificationCostDetails {
  /** Text messages: how many fragments the message was billed as. */
  readonly billableSmsFragments?: number | undefined;
  /** Text messages: the multiplier applied for an international number. */
  readonly internationalRateMultiplier?: number | undefined;
  /** Text messages: the price of one fragment, in pounds. */
  readonly smsRate?: number | undefined;
  /** Letters: sheets of paper printed. */
  readonly billableSheetsOfPaper?: number | undefined;
  /** Letters: the postage the cost was worked out for. */
  readonly postage?: LetterPostage | undefined;
}

/** An email and where it has got to. */
export interface EmailNotification extends NotificationBase {
  readonly type: 'email';
  /** The recipient, as it was given when sending. */
  readonly emailAddress: string;
  readonly subject: string;
  readonly oneClickUnsubscribeUrl?: string | undefined;
}

/** A text message and where it has got to. */
export interface SmsNotification extends NotificationBase {
  readonly type: 'sms';
  /** The recipient, as it was given when sending. */
  readonly phoneNumber: string;
}

/** A letter (templated or precompiled) and where it has got to. */
export interface LetterNotification extends NotificationBase {
  readonly type: 'letter';
  /** The address, one entry per non-empty line; the last is the postcode or the country. */
  readonly addressLines: readonly string[];
  readonly subject?: string | undefined;
  readonly postage?: LetterPostage | undefined;
  /** When the letter is expected to arrive, as the provider estimates it. */
  readonly estimatedDelivery?: Date | undefined;
}

/** A message and where it has got to; narrow on `type` for the recipient. */
export type Notification = EmailNotification | SmsNotification | LetterNotification;

/** What the provider accepted when a templated message was sent. */
export interface SentNotification {
  readonly id: string;
  readonly reference?: string | undefined;
  readonly templateId: string;
  readonly templateVersion: number;
  /** The message as it will be sent, placeholders filled in. */
  readonly content: SentContent;
}

/** The rendered message a send returns. */
export interface SentContent {
  readonly body: string;
  /** Emails and letters. */
  readonly subject?: string | undefined;
  /** Emails: the address the email comes from. */
  readonly fromEmail?: string | undefined;
  /** Text messages: the sender name or number the recipient sees. */
  readonly fromNumber?: string | undefined;
  /** Emails: the one-click unsubscribe link sent with it, if any. */
  readonly oneClickUnsubscribeUrl?: string | undefined;
}

/** What the provider accepted when a precompiled letter was sent. */
export interface SentPrecompiledLetter {
  readonly id: string;
  readonly reference: string;
  readonly postage: LetterPostage;
}
