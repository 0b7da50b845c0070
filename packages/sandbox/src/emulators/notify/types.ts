import type { Emulator, EmulatorOptions } from '../../emulator.js';
import type { CallbackKind } from './callbacks.js';
import type { NotificationStatus } from './statuses.js';
import type { LetterPostage, Postage, TemplateType } from './template-types.js';

export type { CallbackKind } from './callbacks.js';
export type { NotificationStatus } from './statuses.js';
export type { LetterPostage, Postage, TemplateType } from './template-types.js';

/** A permission a Notify service may have. */
export type NotifyServicePermission =
  | 'email'
  | 'sms'
  | 'letter'
  | 'international_sms'
  | 'international_letters'
  | 'sms_to_uk_landlines';

/** Options of `createNotifyEmulator`. */
export interface NotifyEmulatorOptions extends EmulatorOptions {
  /** The clock the emulator starts from (the real clock by default); `control.advanceTime` moves it on. */
  now?: () => Date;
  /** Name of the emulated service (shown as the email sender). */
  serviceName?: string;
  /**
   * The service id in the API keys. Fixed by default (`5a4db0c4-6f0e-4c43-9d2b-5c7f1a2b3c4d`), so keys
   * stay the same across restarts; give another to run services side by side.
   */
  serviceId?: string;
  /** The secret half of each API key (a lower-case UUID each); fixed test values by default. */
  keySecrets?: { test?: string; team?: string; live?: string };
  /** Trial mode: live keys may only send to the team, and cannot send letters. Default false. */
  trialMode?: boolean;
  /**
   * The service's permissions, as Notify's admin sets them. Default: `email`, `sms`, `letter`,
   * `international_sms` and `international_letters` (add `sms_to_uk_landlines` to text landlines).
   */
  permissions?: readonly NotifyServicePermission[];
  /**
   * The service's contact link for people who receive files. Null means sending files by email is
   * not set up, so sends with a file are refused as Notify refuses them. Default: a sandbox page.
   */
  contactLink?: string | null;
  /**
   * Messages a day before Notify answers 429 `Exceeded send limits (…) for today`. Defaults: Notify's
   * live limits (250,000 emails, 250,000 texts, 100 texts abroad, 20,000 letters), or 50 of each in
   * trial mode. Test keys never use them up.
   */
  dailyLimits?: { email?: number; sms?: number; internationalSms?: number; letter?: number };
  /** Days each type of notification is kept before the API stops finding it (3 to 90; default 7). */
  dataRetentionDays?: { email?: number; sms?: number; letter?: number };
  /** When statuses move on, in milliseconds of the emulator's clock after sending. */
  statusDelays?: {
    /** created → sending (and a precompiled letter's virus check). Default 1000. */
    sendingAfterMs?: number;
    /** → delivered / temporary-failure / permanent-failure. Default 5000. */
    finalAfterMs?: number;
    /** Letters: accepted → received. Default 10000. */
    letterReceivedAfterMs?: number;
    /** Letters: how long the PDF takes to be ready. Default 2000. */
    pdfReadyAfterMs?: number;
  };
  /** Items per page of the list endpoints; Notify's is 250. */
  pageSize?: number;
  /**
   * How many notifications the emulator keeps, newest first; older ones are forgotten (the API no
   * longer finds them), so a long-running sandbox does not grow without bound. Default 10,000.
   */
  maxStoredNotifications?: number;
  /** The send rate limit: Notify's default is 3000 requests a minute with a bucket of 1000. */
  rateLimit?: { requestsPerMinute?: number; bucketSize?: number };
  /** Callback delivery: Notify retries 5 times, 300 s apart, with a 5 s timeout. */
  callbacks?: { retryIntervalMs?: number; maxRetries?: number; timeoutMs?: number };
}

/** Working credentials for the emulated service. */
export interface NotifyCredentials {
  /** A test key: messages are simulated and shown in the inbox. */
  readonly apiKey: string;
  readonly liveApiKey: string;
  /** A team key: it may only send to the team member below, and cannot send letters. */
  readonly teamApiKey: string;
  readonly serviceId: string;
  readonly templates: {
    readonly email: string;
    readonly sms: string;
    readonly letter: string;
    /** An email template with a `((link_to_file))` placeholder for sending a file. */
    readonly emailWithFile: string;
  };
  /** The seeded reply-to address id for `email_reply_to_id`. */
  readonly emailReplyToId: string;
  /** A seeded non-default text message sender id for `sms_sender_id`. */
  readonly smsSenderId: string;
  /** The one team member, whom a team key may send to. */
  readonly teamMember: { readonly emailAddress: string; readonly phoneNumber: string };
}

/** A message the emulator has stored, as tests and the inbox page see it. */
export interface SandboxNotification {
  readonly id: string;
  readonly type: TemplateType;
  /** Notify's raw status (`created`, `sending`, `delivered`, …). */
  readonly status: NotificationStatus;
  /** The status the API shows: the raw status, or `accepted`/`received` for letters. */
  readonly apiStatus: string;
  readonly keyType: 'live' | 'team' | 'test';
  /** The recipient as submitted; for letters, the first address line. */
  readonly to: string;
  readonly reference: string | null;
  readonly templateId: string;
  readonly templateVersion: number;
  readonly personalisation: Readonly<Record<string, unknown>>;
  readonly subject: string | null;
  /** The content with placeholders filled in, as the recipient reads it. */
  readonly body: string;
  /** Emails: the HTML body. */
  readonly html: string | null;
  /** Emails: the sending address; texts: the sender. */
  readonly from: string | null;
  /** Emails: the reply-to address. */
  readonly replyTo: string | null;
  readonly addressLines: readonly string[];
  readonly postage: LetterPostage | null;
  readonly files: readonly {
    readonly url: string;
    readonly filename: string | null;
    readonly sizeInBytes: number;
  }[];
  readonly createdAt: string;
  readonly sentAt: string | null;
  readonly completedAt: string | null;
}

/** A received text message. */
export interface SandboxReceivedText {
  readonly id: string;
  /** The sender's number, normalised (`447700900123`). */
  readonly userNumber: string;
  readonly notifyNumber: string;
  readonly content: string;
  readonly createdAt: string;
}

/** What a test registers as a template. */
export interface TemplateRegistration {
  /** Give an existing id to add a new version of that template. */
  readonly id?: string;
  readonly type: TemplateType;
  readonly name: string;
  readonly subject?: string;
  readonly body: string;
  readonly postage?: Postage;
  readonly letterContactBlock?: string;
}

/** The test backdoor: moves state as Notify would, and reads what was sent. */
export interface NotifyControl {
  /** Moves a notification to a raw status now, firing the delivery-status callback for final statuses. */
  setStatus(id: string, status: NotificationStatus): void;
  /** Stores a text message sent to the service and fires the received-text callback; returns its id. */
  receiveText(message: { from: string; content: string; to?: string }): string;
  /** Moves the emulator's clock forward, applying every status change that falls due. */
  advanceTime(milliseconds: number): void;
  /** The emulator's current time (what `iat` is checked against). */
  now(): Date;
  /** Adds a template (or a new version of one) and returns its id. */
  registerTemplate(template: TemplateRegistration): string;
  /** Archives (deletes) a template: sends with it fail with "Template has been deleted"; it stays readable. */
  archiveTemplate(id: string): void;
  /** Every stored message, newest first. */
  notifications(): SandboxNotification[];
  /** Every received text message, newest first. */
  receivedTexts(): SandboxReceivedText[];
  /** Sets up the delivery-status or received-text callback (bearer token of 10 characters or more). */
  setCallback(callback: { kind: CallbackKind; url: string; bearerToken: string }): void;
  /** Removes a callback. */
  clearCallback(kind: CallbackKind): void;
  /** Resolves once every callback has been delivered or has given up. */
  callbacksSettled(): Promise<void>;
  /** The next `count` send requests get a 429 `RateLimitError`. */
  forceRateLimit(count: number): void;
  /** Forgets every message, received text, callback, rate-limit count and registered template. */
  reset(): void;
}

/** The GOV.UK Notify emulator. */
export interface NotifyEmulator extends Emulator {
  readonly service: 'notify';
  readonly credentials: NotifyCredentials;
  readonly control: NotifyControl;
}
