import { estimatedDelivery } from './letter-timings.js';
import type { NotificationRecord } from './notification-store.js';
import { formatNotifyDate, formatNotifyDateOrNull } from './notify-date.js';
import { Personalisation } from './placeholders.js';
import { completedStatuses, letterNeverSentStatuses, letterStatusView } from './statuses.js';
import type { LetterPostage } from './template-types.js';

// Indicative prices for the sandbox's cost data, not Notify's current price list.
const smsRateInPounds = 0.0227;
const letterPriceInPounds: Readonly<Record<LetterPostage, number>> = {
  first: 1.26,
  second: 0.79,
  economy: 0.68,
  europe: 1.56,
  'rest-of-world': 1.56,
};

/**
 * A notification as `GET /v2/notifications/{id}` returns it: every key present, `null` where Notify
 * has nothing, letter statuses shown as `accepted`/`received`, plus the cost data.
 * `root` is the request's own root URL ending in `/`.
 */
export function serializeNotification(record: NotificationRecord, root: string): Record<string, unknown> {
  const serialized: Record<string, unknown> = {
    id: record.id,
    reference: record.reference,
    email_address: record.type === 'email' ? record.to : null,
    phone_number: record.type === 'sms' ? record.to : null,
    line_1: null,
    line_2: null,
    line_3: null,
    line_4: null,
    line_5: null,
    line_6: null,
    postcode: null,
    type: record.type,
    status: record.type === 'letter' ? letterStatusView(record.status) : record.status,
    template: {
      id: record.templateId,
      version: record.templateVersion,
      uri: `${root}v2/template/${record.templateId}/version/${record.templateVersion}`,
    },
    body: record.body,
    subject: record.subject,
    created_at: formatNotifyDate(record.createdAt),
    created_by_name: null,
    sent_at: formatNotifyDateOrNull(record.sentAt),
    completed_at: completedStatuses.has(record.status) ? formatNotifyDateOrNull(record.updatedAt) : null,
    scheduled_for: null,
    postage: record.postage,
    one_click_unsubscribe_url: record.oneClickUnsubscribeUrl,
  };
  if (record.type === 'letter') {
    const personalisation = new Personalisation(record.personalisation);
    const keys = [
      'address_line_1',
      'address_line_2',
      'address_line_3',
      'address_line_4',
      'address_line_5',
      'address_line_6',
    ];
    keys.forEach((key, index) => {
      serialized[`line_${index + 1}`] = personalisation.get(key) ?? null;
    });
    serialized['postcode'] = personalisation.get('postcode') ?? null;
    serialized['estimated_delivery'] = formatNotifyDate(
      estimatedDelivery(record.createdAt, record.postage ?? 'second'),
    );
  }
  return { ...serialized, ...costData(record) };
}

function costData(record: NotificationRecord): Record<string, unknown> {
  const notReady = { cost_details: {}, cost_in_pounds: null, is_cost_data_ready: false };
  if (record.type === 'email') return { cost_details: {}, cost_in_pounds: 0.0, is_cost_data_ready: true };
  if (record.type === 'sms') {
    if (record.status === 'created') return notReady;
    return {
      cost_details: {
        billable_sms_fragments: record.billableUnits,
        international_rate_multiplier: record.rateMultiplier,
        sms_rate: smsRateInPounds,
      },
      cost_in_pounds: record.billableUnits * record.rateMultiplier * smsRateInPounds,
      is_cost_data_ready: true,
    };
  }
  if (record.status === 'created' || record.status === 'pending-virus-check') return notReady;
  const postage = record.postage ?? 'second';
  const neverSent = letterNeverSentStatuses.has(record.status);
  return {
    cost_details: { billable_sheets_of_paper: neverSent ? 0 : record.billableUnits, postage },
    cost_in_pounds: neverSent ? 0.0 : letterPriceInPounds[postage] * record.billableUnits,
    is_cost_data_ready: true,
  };
}
