import type { ReceivedText } from '@councilkit/notify';
import { parseNotifyDate } from './dates.js';
import { e164FromNotify } from './phone.js';
import { asObject, optionalText, requiredText } from './read.js';

/** Reads one entry of `GET /v2/received-text-messages`. */
export function readReceivedText(body: unknown): ReceivedText {
  const wire = asObject(body, 'a received text');
  return {
    id: requiredText(wire, 'id', 'a received text'),
    from: e164FromNotify(optionalText(wire, 'user_number')),
    to: e164FromNotify(optionalText(wire, 'notify_number')),
    content: optionalText(wire, 'content') ?? '',
    createdAt: parseNotifyDate(wire['created_at']) ?? new Date(0),
  };
}
