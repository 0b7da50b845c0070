import {
  type LetterPostage,
  type Notification,
  type NotificationCostDetails,
  notificationStatusFromRaw,
} from '@councilkit/notify';
import { parseNotifyDate } from './dates.js';
import { e164FromNotify } from './phone.js';
import {
  asObject,
  definedOnly,
  optionalNumber,
  optionalText,
  requiredText,
  type WireObject,
} from './read.js';

const addressKeys = ['line_1', 'line_2', 'line_3', 'line_4', 'line_5', 'line_6', 'postcode'] as const;

function costDetails(wire: unknown): NotificationCostDetails | undefined {
  if (typeof wire !== 'object' || wire === null) return undefined;
  const details = definedOnly({
    billableSmsFragments: optionalNumber(wire as WireObject, 'billable_sms_fragments'),
    internationalRateMultiplier: optionalNumber(wire as WireObject, 'international_rate_multiplier'),
    smsRate: optionalNumber(wire as WireObject, 'sms_rate'),
    billableSheetsOfPaper: optionalNumber(wire as WireObject, 'billable_sheets_of_paper'),
    postage: optionalText(wire as WireObject, 'postage') as LetterPostage | undefined,
  });
  return Object.keys(details).length > 0 ? details : undefined;
}

/** Reads one notification from `GET /v2/notifications/{id}` or a list page. */
export function readNotification(body: unknown): Notification {
  const wire = asObject(body, 'a notification');
  const template = asObject(wire['template'] ?? {}, 'a notification');
  const rawStatus = requiredText(wire, 'status', 'a notification');
  const base = definedOnly({
    id: requiredText(wire, 'id', 'a notification'),
    reference: optionalText(wire, 'reference'),
    status: notificationStatusFromRaw(rawStatus),
    rawStatus,
    templateId: requiredText(template, 'id', 'a notification'),
    templateVersion: optionalNumber(template, 'version') ?? 0,
    body: optionalText(wire, 'body') ?? '',
    createdAt: parseNotifyDate(wire['created_at']) ?? new Date(0),
    sentAt: parseNotifyDate(wire['sent_at']),
    completedAt: parseNotifyDate(wire['completed_at']),
    createdByName: optionalText(wire, 'created_by_name'),
    costInPounds: optionalNumber(wire, 'cost_in_pounds'),
    costDetails: costDetails(wire['cost_details']),
  });
  const type = requiredText(wire, 'type', 'a notification');
  if (type === 'email') {
    return definedOnly({
      ...base,
      type: 'email' as const,
      emailAddress: optionalText(wire, 'email_address') ?? '',
      subject: optionalText(wire, 'subject') ?? '',
      oneClickUnsubscribeUrl: optionalText(wire, 'one_click_unsubscribe_url'),
    });
  }
  if (type === 'sms')
    return { ...base, type, phoneNumber: e164FromNotify(optionalText(wire, 'phone_number')) };
  return definedOnly({
    ...base,
    type: 'letter' as const,
    addressLines: addressKeys.map((key) => optionalText(wire, key)).filter((line): line is string => !!line),
    subject: optionalText(wire, 'subject'),
    postage: optionalText(wire, 'postage') as LetterPostage | undefined,
    estimatedDelivery: parseNotifyDate(wire['estimated_delivery']),
  });
}
