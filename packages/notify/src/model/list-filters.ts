import { onFirstUse, z } from '@councilkit/core';
import { idSchema, notificationTypeSchema, referenceSchema } from './fields.js';
import { type FilterableNotificationStatus, notificationStatuses } from './status.js';

const filterableStatuses = notificationStatuses.filter(
  (status): status is FilterableNotificationStatus => status !== 'unknown',
);

const statusSchema = onFirstUse(() =>
  z.enum(filterableStatuses as [FilterableNotificationStatus, ...FilterableNotificationStatus[]], {
    error: 'is not a notification status that can be searched for',
  }),
);

/** `listNotifications`' filter; one status or several become a list, so adapters see one shape. */
export const notificationListFilterSchema = onFirstUse(() =>
  z.strictObject({
    type: notificationTypeSchema().optional(),
    status: z
      .union([
        statusSchema(),
        z.array(statusSchema()).min(1, { error: 'must hold at least one status, or be left out' }),
      ])
      .transform((status) => (Array.isArray(status) ? status : [status]))
      .optional(),
    reference: referenceSchema().optional(),
    olderThan: idSchema().optional(),
  }),
);

/**
 * Which notifications to list, newest first: by type, by one status or any of several, by the
 * caller's reference, and only those older than a given notification (to resume a listing).
 */
export type NotificationListFilter = z.input<ReturnType<typeof notificationListFilterSchema>>;

/** A `NotificationListFilter` after checking, as an adapter receives it: `status` is always a list. */
export type ParsedNotificationListFilter = z.output<ReturnType<typeof notificationListFilterSchema>>;

/** `listReceivedTexts`' filter. */
export const receivedTextListFilterSchema = onFirstUse(() =>
  z.strictObject({ olderThan: idSchema().optional() }),
);

/** Which received texts to list, newest first: only those older than a given one, to resume a listing. */
export type ReceivedTextListFilter = z.infer<ReturnType<typeof receivedTextListFilterSchema>>;

/** The argument of methods that take only an id. */
export const idInputSchema = onFirstUse(() => z.strictObject({ id: idSchema() }));
