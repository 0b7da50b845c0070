import { NotFoundError } from '@councilkit/core';
import type { ParsedNotificationListFilter } from '../model/list-filters.js';
import type { Notification } from '../model/notification.js';
import { isFinalStatus, type NotificationStatus, notificationStatusFromRaw } from '../model/status.js';

// Statuses that mean the message has left the provider, so it has a `sentAt`.
const handedOnStatuses: ReadonlySet<NotificationStatus> = new Set([
  'sending',
  'pending',
  'sent',
  'delivered',
  'received',
  'permanent-failure',
  'temporary-failure',
  'returned-letter',
]);

/** Notifications in send order, with the PDFs of precompiled letters. */
export interface NotificationStore {
  add(notification: Notification, pdf?: Uint8Array): void;
  /** `NotFoundError` when there is none with that id. */
  get(id: string): Notification;
  pdfOf(id: string): Uint8Array | undefined;
  setRawStatus(id: string, rawStatus: string): Notification;
  /** Newest first, as providers list them. */
  list(filter: ParsedNotificationListFilter): Notification[];
  all(): Notification[];
  clear(): void;
}

/** Makes an empty store; `now` stamps status changes. */
export function createNotificationStore(now: () => Date): NotificationStore {
  const notifications = new Map<string, Notification>();
  const pdfs = new Map<string, Uint8Array>();

  const get = (id: string): Notification => {
    const notification = notifications.get(id.toLowerCase());
    if (notification === undefined) {
      throw new NotFoundError('Notification not found', { provider: 'memory', status: 404 });
    }
    return notification;
  };

  return {
    add(notification, pdf) {
      notifications.set(notification.id, notification);
      if (pdf !== undefined) pdfs.set(notification.id, pdf);
    },

    get,

    pdfOf: (id) => pdfs.get(id.toLowerCase()),

    setRawStatus(id, rawStatus) {
      const { sentAt, completedAt, ...current } = get(id);
      const status = notificationStatusFromRaw(rawStatus);
      const changedAt = now();
      const nextSentAt = sentAt ?? (handedOnStatuses.has(status) ? changedAt : undefined);
      const updated = {
        ...current,
        status,
        rawStatus,
        ...(nextSentAt === undefined ? {} : { sentAt: nextSentAt }),
        ...(isFinalStatus(status) ? { completedAt: completedAt ?? changedAt } : {}),
      } as Notification;
      notifications.set(updated.id, updated);
      return updated;
    },

    list(filter) {
      const newestFirst = [...notifications.values()].reverse();
      const start = filter.olderThan === undefined ? 0 : indexAfter(newestFirst, filter.olderThan);
      return newestFirst
        .slice(start)
        .filter(
          (notification) =>
            (filter.type === undefined || notification.type === filter.type) &&
            (filter.status === undefined || filter.status.some((status) => status === notification.status)) &&
            (filter.reference === undefined || notification.reference === filter.reference),
        );
    },

    all: () => [...notifications.values()],

    clear() {
      notifications.clear();
      pdfs.clear();
    },
  };
}

// An unknown `olderThan` id lists nothing, as GOV.UK Notify does.
function indexAfter(newestFirst: readonly Notification[], id: string): number {
  const index = newestFirst.findIndex((notification) => notification.id === id.toLowerCase());
  return index === -1 ? newestFirst.length : index + 1;
}
