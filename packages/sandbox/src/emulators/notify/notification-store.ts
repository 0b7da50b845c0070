import type { KeyType } from './service.js';
import { completedStatuses, type NotificationStatus } from './statuses.js';
import type { Postage, TemplateType } from './template-types.js';

/** A status a notification will move to at a time on the emulator's clock. */
export interface PlannedTransition {
  readonly at: Date;
  readonly status: NotificationStatus;
}

/** A file sent by email: what the recipient would download. */
export interface SentFile {
  readonly url: string;
  readonly filename: string | null;
  readonly sizeInBytes: number;
}

/** A stored notification with everything the API and the inbox show. */
export interface NotificationRecord {
  readonly id: string;
  /** Insertion order: lists sort and page by it, so equal timestamps still page correctly. */
  readonly sequence: number;
  readonly keyType: KeyType;
  readonly apiKeyId: string;
  readonly type: TemplateType;
  /** The recipient exactly as submitted (for letters, the first address line). */
  readonly to: string;
  readonly normalisedTo: string;
  readonly templateId: string;
  readonly templateVersion: number;
  readonly personalisation: Readonly<Record<string, unknown>>;
  readonly reference: string | null;
  readonly body: string;
  readonly subject: string | null;
  /** The email's HTML body, for the inbox. */
  readonly html: string | null;
  /** Email: reply-to address. Text: the sender name or number. */
  readonly replyTo: string | null;
  readonly fromEmail: string | null;
  readonly oneClickUnsubscribeUrl: string | null;
  readonly postage: Postage | null;
  /** Letters: the printed address lines. */
  readonly addressLines: readonly string[];
  readonly billableUnits: number;
  readonly isPrecompiled: boolean;
  readonly precompiledPdf: Buffer | null;
  readonly files: readonly SentFile[];
  readonly createdAt: Date;
  status: NotificationStatus;
  sentAt: Date | null;
  updatedAt: Date | null;
  transitions: PlannedTransition[];
}

/** Called when a notification's status changes, with the status it had before. */
export type StatusChangeListener = (notification: NotificationRecord, previous: NotificationStatus) => void;

// Statuses that mean the message has left Notify, so `sent_at` is set on reaching them.
const handedOverStatuses: ReadonlySet<NotificationStatus> = new Set<NotificationStatus>([
  'sending',
  'sent',
  'pending',
  'delivered',
  'temporary-failure',
  'permanent-failure',
  'returned-letter',
]);

/** Every stored notification, with the clock-driven status progression. */
export class NotificationStore {
  private readonly records = new Map<string, NotificationRecord>();
  private nextSequence = 1;

  constructor(private readonly onStatusChange: StatusChangeListener) {}

  /** The next value for a new record's `sequence`. */
  takeSequence(): number {
    return this.nextSequence++;
  }

  add(record: NotificationRecord): void {
    this.records.set(record.id, record);
  }

  get(id: string): NotificationRecord | undefined {
    return this.records.get(id);
  }

  /** Every notification, newest first. */
  newestFirst(): NotificationRecord[] {
    return [...this.records.values()].sort((a, b) => b.sequence - a.sequence);
  }

  /** Applies every planned transition due by `now`, oldest first, telling the listener of each. */
  settle(now: Date): void {
    for (const record of this.records.values()) {
      while (record.transitions.length > 0 && (record.transitions[0]?.at.getTime() ?? 0) <= now.getTime()) {
        const transition = record.transitions.shift();
        if (transition) this.apply(record, transition.status, transition.at);
      }
    }
  }

  /** Sets a status now, cancelling the planned progression (the test backdoor). */
  force(record: NotificationRecord, status: NotificationStatus, now: Date): void {
    record.transitions = [];
    this.apply(record, status, now);
  }

  /** When the next planned transition falls due, if any. */
  nextDueAt(): Date | undefined {
    let next: Date | undefined;
    for (const record of this.records.values()) {
      const due = record.transitions[0]?.at;
      if (due && (next === undefined || due < next)) next = due;
    }
    return next;
  }

  clear(): void {
    this.records.clear();
  }

  private apply(record: NotificationRecord, status: NotificationStatus, at: Date): void {
    const previous = record.status;
    record.status = status;
    record.updatedAt = at;
    if (record.sentAt === null && handedOverStatuses.has(status)) record.sentAt = at;
    if (completedStatuses.has(status)) record.transitions = [];
    this.onStatusChange(record, previous);
  }
}
