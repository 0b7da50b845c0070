import { onFirstUse, parseInput, z } from '@councilkit/core';
import type { NotificationType } from './model/fields.js';
import { notificationTypeSchema } from './model/fields.js';
import type { ReceivedText } from './model/received-text.js';
import { type NotificationStatus, notificationStatusFromRaw } from './model/status.js';

/** A provider telling the service that a message's status changed. */
export interface DeliveryStatusCallback {
  /** The notification's id. */
  readonly id: string;
  readonly reference?: string | undefined;
  /** The recipient as the message was sent to it (an email address or phone number). */
  readonly recipient: string;
  readonly type: NotificationType;
  readonly status: NotificationStatus;
  /** The status exactly as the provider sent it. */
  readonly rawStatus: string;
  readonly templateId: string;
  readonly templateVersion: number;
  readonly createdAt: Date;
  readonly sentAt?: Date | undefined;
  readonly completedAt?: Date | undefined;
}

/** A provider passing on a text message sent to the service's inbound number. */
export type ReceivedTextCallback = ReceivedText;

/** A provider telling the service that a letter came back undelivered. */
export interface ReturnedLetterCallback {
  readonly notificationId: string;
  readonly reference?: string | undefined;
  /** When the letter was posted. */
  readonly sentAt?: Date | undefined;
  /** Who sent it, when it was sent from the provider's website. */
  readonly sentBy?: string | undefined;
  readonly templateId?: string | undefined;
  readonly templateName?: string | undefined;
  readonly templateVersion?: number | undefined;
  /** For letters sent from an uploaded spreadsheet: its name and the letter's row. */
  readonly spreadsheetFileName?: string | undefined;
  readonly spreadsheetRowNumber?: number | undefined;
  /** For letters uploaded as a file: its name. */
  readonly uploadedLetterFileName?: string | undefined;
}

/** A provider telling the service that a recipient marked an email as spam. */
export interface ComplaintCallback {
  readonly notificationId: string;
  readonly complaintId: string;
  readonly reference?: string | undefined;
  /** The email address that complained. */
  readonly recipient: string;
  readonly complainedAt: Date;
}

// Callbacks in this neutral form are JSON that councilkit code wrote (queued, stored, forwarded):
// dates arrive as ISO strings, unknown fields are ignored, and a status is worked out again from the raw one.
// Built on first use with the schemas below: most processes read no callbacks at all.
const dateSchema = onFirstUse(() =>
  z.union([z.date(), z.iso.datetime({ offset: true }).transform((text) => new Date(text))], {
    error: 'must be an ISO 8601 date and time',
  }),
);
const text = onFirstUse(() => z.string({ error: 'must be text' }));
const optional = <Schema extends z.ZodType>(schema: Schema) =>
  schema.nullish().transform((value) => value ?? undefined);
const count = onFirstUse(() =>
  z.int({ error: 'must be a whole number' }).nonnegative({ error: 'must not be negative' }),
);

const deliveryStatusCallbackSchema = onFirstUse(() =>
  z.object({
    id: text(),
    reference: optional(text()),
    recipient: text(),
    type: notificationTypeSchema(),
    rawStatus: text().min(1, { error: 'must not be empty' }),
    templateId: text(),
    templateVersion: count(),
    createdAt: dateSchema(),
    sentAt: optional(dateSchema()),
    completedAt: optional(dateSchema()),
  }),
);

const receivedTextCallbackSchema = onFirstUse(() =>
  z.object({
    id: text(),
    from: text(),
    to: text(),
    content: text(),
    createdAt: dateSchema(),
  }),
);

const returnedLetterCallbackSchema = onFirstUse(() =>
  z.object({
    notificationId: text(),
    reference: optional(text()),
    sentAt: optional(dateSchema()),
    sentBy: optional(text()),
    templateId: optional(text()),
    templateName: optional(text()),
    templateVersion: optional(count()),
    spreadsheetFileName: optional(text()),
    spreadsheetRowNumber: optional(count()),
    uploadedLetterFileName: optional(text()),
  }),
);

const complaintCallbackSchema = onFirstUse(() =>
  z.object({
    notificationId: text(),
    complaintId: text(),
    reference: optional(text()),
    recipient: text(),
    complainedAt: dateSchema(),
  }),
);

/** Reads a delivery-status callback from its neutral JSON form (e.g. `JSON.parse` of one you stored). */
export function parseDeliveryStatusCallback(json: unknown): DeliveryStatusCallback {
  const parsed = withoutUndefined(parseInput(deliveryStatusCallbackSchema(), json));
  return { ...parsed, status: notificationStatusFromRaw(parsed.rawStatus) };
}

/** Reads a received-text() callback from its neutral JSON form. */
export function parseReceivedTextCallback(json: unknown): ReceivedTextCallback {
  return parseInput(receivedTextCallbackSchema(), json);
}

/** Reads a returned-letter callback from its neutral JSON form. */
export function parseReturnedLetterCallback(json: unknown): ReturnedLetterCallback {
  return withoutUndefined(parseInput(returnedLetterCallbackSchema(), json));
}

/** Reads a complaint callback from its neutral JSON form. */
export function parseComplaintCallback(json: unknown): ComplaintCallback {
  return withoutUndefined(parseInput(complaintCallbackSchema(), json));
}

type WithoutUndefined<T> = { [Key in keyof T as undefined extends T[Key] ? never : Key]: T[Key] } & {
  [Key in keyof T as undefined extends T[Key] ? Key : never]?: Exclude<T[Key], undefined>;
};

// Absent optional fields are left out rather than set to undefined, as the model's types promise.
function withoutUndefined<T extends object>(value: T): WithoutUndefined<T> {
  return Object.fromEntries(
    Object.entries(value).filter(([, entry]) => entry !== undefined),
  ) as WithoutUndefined<T>;
}
