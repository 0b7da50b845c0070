/** Notify's raw notification statuses (api `app/constants.py`). */
export const notificationStatuses = [
  'cancelled',
  'created',
  'sending',
  'sent',
  'delivered',
  'pending',
  'failed',
  'technical-failure',
  'temporary-failure',
  'permanent-failure',
  'pending-virus-check',
  'validation-failed',
  'virus-scan-failed',
  'returned-letter',
] as const;

/** A raw notification status as Notify stores it. */
export type NotificationStatus = (typeof notificationStatuses)[number];

/** Statuses after which nothing more happens; they set `completed_at`. */
export const completedStatuses: ReadonlySet<NotificationStatus> = new Set<NotificationStatus>([
  'sent',
  'delivered',
  'failed',
  'technical-failure',
  'temporary-failure',
  'permanent-failure',
  'returned-letter',
  'cancelled',
  'validation-failed',
]);

/** What the `failed` filter expands to (Notify's `NOTIFICATION_STATUS_TYPES_FAILED`). */
export const failedStatuses: readonly NotificationStatus[] = [
  'technical-failure',
  'temporary-failure',
  'permanent-failure',
  'validation-failed',
  'virus-scan-failed',
  'returned-letter',
];

/** Letter statuses that mean nothing was printed or posted, so nothing is charged. */
export const letterNeverSentStatuses: ReadonlySet<NotificationStatus> = new Set<NotificationStatus>([
  'cancelled',
  'technical-failure',
  'validation-failed',
  'virus-scan-failed',
]);

/** True when `value` is one of Notify's raw statuses. */
export function isNotificationStatus(value: unknown): value is NotificationStatus {
  return typeof value === 'string' && (notificationStatuses as readonly string[]).includes(value);
}

/** The status Notify shows for a letter: `accepted` while with Notify, `received` once posted. */
export function letterStatusView(status: NotificationStatus): string {
  if (status === 'created' || status === 'sending') return 'accepted';
  if (status === 'delivered' || status === 'returned-letter') return 'received';
  return status;
}

/** Raw statuses a list filter value stands for (`failed`, `accepted` and `received` expand). */
export function expandStatusFilter(status: string): string[] {
  if (status === 'failed') return [...failedStatuses];
  if (status === 'accepted') return ['created', 'sending'];
  if (status === 'received') return ['delivered'];
  return [status];
}
