import { DueQueue } from './due-queue.js';
import type { KeyType } from './service.js';
import { completedStatuses, type NotificationStatus } from './statuses.js';
import type { LetterPostage, TemplateType } from './template-types.js';

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
  readonly postage: LetterPostage | null;
  /** Letters: the printed address lines. */
  readonly addressLines: readonly string[];
  readonly billableUnits: number;
  /** Text messages abroad: what a part costs relative to one in the UK (1 otherwise). */
  readonly rateMultiplier: number;
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

/** A planned transition waiting in the due queue, with the notification it belongs to. */
interface QueuedTransition {
  readonly record: NotificationRecord;
  readonly transition: PlannedTransition;
}

/**
 * Every stored notification, with the clock-driven status progression. Each notification's next
 * planned transition waits in a due queue, so settling visits only what is due rather than
 * everything stored: a send costs the same with thousands stored as with none.
 */
export class NotificationStore {
  private readonly records = new Map<string, NotificationRecord>();
  // Ascending `sequence`, so lists walk it backwards and `older_than` is a binary search.
  private readonly bySequence: NotificationRecord[] = [];
  private readonly due = new DueQueue<QueuedTransition>();
  private nextSequence = 1;

  /** `maxStored`: only the newest this many are kept; older ones are forgotten as new ones arrive. */
  constructor(
    private readonly onStatusChange: StatusChangeListener,
    private readonly maxStored = 10_000,
  ) {}

  /** The next value for a new record's `sequence`. */
  takeSequence(): number {
    return this.nextSequence++;
  }

  /** Stores a notification; its `transitions` are the plan, so they must be complete by now. */
  add(record: NotificationRecord): void {
    this.records.set(record.id, record);
    const last = this.bySequence.at(-1);
    if (last === undefined || last.sequence < record.sequence) this.bySequence.push(record);
    else this.bySequence.splice(this.countOlderThan(record.sequence), 0, record);
    this.enqueueNext(record);
    if (this.bySequence.length > this.maxStored) this.forgetOldest();
  }

  /** How many notifications are kept now. */
  get size(): number {
    return this.bySequence.length;
  }

  // V8 trims a shifted array in place, so this costs the same whatever the window.
  private forgetOldest(): void {
    while (this.bySequence.length > this.maxStored) {
      const record = this.bySequence.shift();
      if (!record) return;
      this.records.delete(record.id);
      // Its queued transition no longer matches, so settling skips it: no status change, no callback.
      record.transitions = [];
    }
  }

  get(id: string): NotificationRecord | undefined {
    return this.records.get(id);
  }

  /** Every notification, newest first. */
  newestFirst(): NotificationRecord[] {
    return this.bySequence.toReversed();
  }

  /** Notifications older than `sequence` (all when omitted), newest first; read lazily, so a page stops early. */
  *newestOlderThan(sequence = Number.POSITIVE_INFINITY): Generator<NotificationRecord> {
    for (let index = this.countOlderThan(sequence) - 1; index >= 0; index -= 1) {
      const record = this.bySequence[index];
      if (record) yield record;
    }
  }

  /** Applies every planned transition due by `now`, telling the listener of each. */
  settle(now: Date): void {
    const nowMs = now.getTime();
    const due: QueuedTransition[] = [];
    while ((this.due.peekDueAt() ?? Number.POSITIVE_INFINITY) <= nowMs) {
      const queued = this.due.pop();
      if (queued) due.push(queued);
    }
    // Notifications settle in the order they were sent, each through all its due steps in turn, so
    // callbacks that fall due together go out in the same order as they always have.
    due.sort((a, b) => a.record.sequence - b.record.sequence);
    for (const { record, transition } of due) {
      // A forced status (or an earlier step of this pass) has replaced the plan this entry was for.
      if (record.transitions[0] !== transition) continue;
      while ((record.transitions[0]?.at.getTime() ?? Number.POSITIVE_INFINITY) <= nowMs) {
        const next = record.transitions.shift();
        if (next) this.apply(record, next.status, next.at);
      }
      this.enqueueNext(record);
    }
  }

  /** Sets a status now, cancelling the planned progression (the test backdoor). */
  force(record: NotificationRecord, status: NotificationStatus, now: Date): void {
    // Its queued entry no longer matches `transitions[0]`, so settling skips it.
    record.transitions = [];
    this.apply(record, status, now);
  }

  /** When the next planned transition falls due, if any. */
  nextDueAt(): Date | undefined {
    for (let queued = this.due.peek(); queued !== undefined; queued = this.due.peek()) {
      if (queued.record.transitions[0] === queued.transition) return queued.transition.at;
      this.due.pop(); // cancelled by `force`
    }
    return undefined;
  }

  clear(): void {
    this.records.clear();
    this.bySequence.length = 0;
    this.due.clear();
  }

  private enqueueNext(record: NotificationRecord): void {
    const transition = record.transitions[0];
    if (transition) this.due.push(transition.at.getTime(), { record, transition });
  }

  // How many stored notifications have a sequence below `sequence`.
  private countOlderThan(sequence: number): number {
    let low = 0;
    let high = this.bySequence.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((this.bySequence[middle]?.sequence ?? 0) < sequence) low = middle + 1;
      else high = middle;
    }
    return low;
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
