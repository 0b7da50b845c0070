import { onFirstUse, parseInput, verifyBearerToken, z } from '@councilkit/core';
import type { DeliveryStatusCallback, ReceivedTextCallback } from '@councilkit/notify';
import { notificationStatusFromRaw } from '@councilkit/notify';
import { parseNotifyDate } from './wire/dates.js';
import { definedOnly } from './wire/read.js';

/**
 * Checks that a callback really came from Notify: Notify signs nothing, it sends back the bearer
 * token you gave it when you set the callback up. Pass the request's `Authorization` header and
 * your token (or several, while rotating); throws `WebhookVerificationError` when they do not match.
 *
 * @example
 * verifyNotifyCallback(request.headers.authorization, process.env.NOTIFY_CALLBACK_TOKEN);
 */
export function verifyNotifyCallback(
  authorizationHeader: string | null | undefined,
  token: string | readonly string[],
): true {
  verifyBearerToken(authorizationHeader, token);
  return true;
}

/** Notify's delivery-status callback body, as it sends it. */
export interface NotifyDeliveryStatusPayload {
  id: string;
  reference: string | null;
  to: string;
  status: string;
  created_at: string;
  completed_at: string | null;
  sent_at: string | null;
  notification_type: 'email' | 'sms' | 'letter';
  template_id: string;
  template_version: number;
}

/** Notify's received-text callback body, as it sends it. */
export interface NotifyReceivedTextPayload {
  id: string;
  source_number: string;
  destination_number: string;
  message: string;
  date_received: string;
}

const notifyDate = onFirstUse(() =>
  z.string().refine((value) => parseNotifyDate(value) !== undefined, { error: 'Must be a date' }),
);

// Tolerant: Notify may add fields, and they must not make a real callback fail.
const deliveryStatusSchema = onFirstUse(() =>
  z.looseObject({
    id: z.string(),
    reference: z.string().nullish(),
    to: z.string(),
    status: z.string().min(1),
    created_at: notifyDate(),
    completed_at: notifyDate().nullish(),
    sent_at: notifyDate().nullish(),
    notification_type: z.enum(['email', 'sms', 'letter']),
    template_id: z.string(),
    template_version: z.number().int(),
  }),
);

const receivedTextSchema = onFirstUse(() =>
  z.looseObject({
    id: z.string(),
    source_number: z.string(),
    destination_number: z.string(),
    message: z.string(),
    date_received: notifyDate(),
  }),
);

/** Reads the parsed JSON body of a delivery-status callback into the model; `ValidationError` names a bad field. */
export function readDeliveryStatusCallback(body: unknown): DeliveryStatusCallback {
  const wire = parseInput(deliveryStatusSchema(), body, 'govuk-notify');
  return definedOnly({
    id: wire.id,
    reference: wire.reference ?? undefined,
    recipient: wire.to,
    type: wire.notification_type,
    status: notificationStatusFromRaw(wire.status),
    rawStatus: wire.status,
    templateId: wire.template_id,
    templateVersion: wire.template_version,
    createdAt: parseNotifyDate(wire.created_at)!,
    sentAt: parseNotifyDate(wire.sent_at),
    completedAt: parseNotifyDate(wire.completed_at),
  });
}

/** Reads the parsed JSON body of a received-text callback into the model. */
export function readReceivedTextCallback(body: unknown): ReceivedTextCallback {
  const wire = parseInput(receivedTextSchema(), body, 'govuk-notify');
  return {
    id: wire.id,
    from: wire.source_number,
    to: wire.destination_number,
    content: wire.message,
    createdAt: parseNotifyDate(wire.date_received)!,
  };
}
