/**
 * Every status a notification can be in, across email, text message and letter. Letter statuses
 * (`accepted`, `received`, `returned-letter`, and the precompiled-letter checks) sit beside the
 * message statuses because one provider reports both through the same field.
 */
export const notificationStatuses = [
  'created',
  'sending',
  'pending',
  'sent',
  'delivered',
  'accepted',
  'received',
  'cancelled',
  'pending-virus-check',
  'virus-scan-failed',
  'validation-failed',
  'returned-letter',
  'permanent-failure',
  'temporary-failure',
  'technical-failure',
  'unknown',
] as const;

/**
 * Where a notification is in its life. A closed union: a provider's value that is not in it becomes
 * `unknown`, and the value as the provider sent it is always kept in `rawStatus`.
 */
export type NotificationStatus = (typeof notificationStatuses)[number];

/** The statuses a list can be filtered by: every status but `unknown`, which no provider can search for. */
export type FilterableNotificationStatus = Exclude<NotificationStatus, 'unknown'>;

const failureStatuses: ReadonlySet<NotificationStatus> = new Set([
  'permanent-failure',
  'temporary-failure',
  'technical-failure',
  'virus-scan-failed',
  'validation-failed',
  'returned-letter',
]);

// `sent` is final: international text messages get no delivery receipt, so nothing follows it.
// `cancelled` is final but not a failure: someone chose to stop the letter.
const finalStatuses: ReadonlySet<NotificationStatus> = new Set([
  ...failureStatuses,
  'delivered',
  'sent',
  'received',
  'cancelled',
]);

const knownStatuses: ReadonlySet<string> = new Set(notificationStatuses);

// Values providers have used that mean the same as a member of the union.
const rawStatusAliases: ReadonlyMap<string, NotificationStatus> = new Map([
  // GOV.UK Notify's deprecated catch-all failure, still found on old notifications.
  ['failed', 'technical-failure'],
]);

/** True when the status will not change again (delivered, failed, cancelled, ...). */
export function isFinalStatus(status: NotificationStatus): boolean {
  return finalStatuses.has(status);
}

/** True when the message did not reach its recipient and will not: every failure, a returned letter. */
export function isFailureStatus(status: NotificationStatus): boolean {
  return failureStatuses.has(status);
}

/** Maps a provider's raw status to the union; a value the union does not know becomes `unknown`. */
export function notificationStatusFromRaw(rawStatus: string): NotificationStatus {
  const status = rawStatus.trim().toLowerCase();
  if (knownStatuses.has(status) && status !== 'unknown') return status as NotificationStatus;
  return rawStatusAliases.get(status) ?? 'unknown';
}
