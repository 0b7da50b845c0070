import type { NotificationRecord } from './notification-store.js';
import { formatNotifyDate, formatNotifyDateOrNull } from './notify-date.js';
import type { ReceivedTextRecord } from './notify-state.js';
import { withPlainNumbers } from './python-number.js';
import { completedStatuses, letterStatusView } from './statuses.js';
import type { SandboxNotification, SandboxReceivedText } from './types.js';

/** A stored notification in the camelCase shape tests and the inbox read. */
export function toSandboxNotification(record: NotificationRecord): SandboxNotification {
  return {
    id: record.id,
    type: record.type,
    status: record.status,
    apiStatus: record.type === 'letter' ? letterStatusView(record.status) : record.status,
    keyType: record.keyType === 'normal' ? 'live' : record.keyType,
    to: record.to,
    reference: record.reference,
    templateId: record.templateId,
    templateVersion: record.templateVersion,
    personalisation: withPlainNumbers(record.personalisation) as Readonly<Record<string, unknown>>,
    subject: record.subject,
    body: record.body,
    html: record.html,
    from: record.type === 'email' ? record.fromEmail : record.type === 'sms' ? record.replyTo : null,
    replyTo: record.type === 'email' ? record.replyTo : null,
    addressLines: record.addressLines,
    postage: record.postage,
    files: record.files,
    createdAt: formatNotifyDate(record.createdAt),
    sentAt: formatNotifyDateOrNull(record.sentAt),
    completedAt: completedStatuses.has(record.status) ? formatNotifyDateOrNull(record.updatedAt) : null,
  };
}

/** A received text in the camelCase shape tests read. */
export function toSandboxReceivedText(text: ReceivedTextRecord): SandboxReceivedText {
  return {
    id: text.id,
    userNumber: text.userNumber,
    notifyNumber: text.notifyNumber,
    content: text.content,
    createdAt: formatNotifyDate(text.createdAt),
  };
}
