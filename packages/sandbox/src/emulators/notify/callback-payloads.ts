import type { NotificationRecord } from './notification-store.js';
import { formatNotifyDate, formatNotifyDateOrNull } from './notify-date.js';
import type { ReceivedTextRecord } from './notify-state.js';

/** The delivery-status callback body (api `send_delivery_status_to_service`); `to` is as submitted. */
export function deliveryStatusPayload(record: NotificationRecord): Record<string, unknown> {
  return {
    id: record.id,
    reference: record.reference,
    to: record.to,
    status: record.status,
    created_at: formatNotifyDate(record.createdAt),
    completed_at: formatNotifyDateOrNull(record.updatedAt),
    sent_at: formatNotifyDateOrNull(record.sentAt),
    notification_type: record.type,
    template_id: record.templateId,
    template_version: record.templateVersion,
  };
}

/** The received-text callback body (api `send_inbound_sms_to_service`). */
export function receivedTextPayload(text: ReceivedTextRecord): Record<string, unknown> {
  return {
    id: text.id,
    source_number: text.userNumber,
    destination_number: text.notifyNumber,
    message: text.content,
    date_received: formatNotifyDate(text.createdAt),
  };
}
