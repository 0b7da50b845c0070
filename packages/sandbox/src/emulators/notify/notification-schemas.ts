import { isValidEmailAddressLikeNotify } from './email-address.js';
import { InvalidPhoneError, validatePhoneNumberLikeNotify } from './phone-number.js';
import type { FieldRule, ObjectSchema } from './request-schema.js';
import { canonicalUuid } from './uuid.js';

/** Notify's `uuid` definition: any type error or bad UUID reads `<field> is not a valid UUID`. */
export const uuidRule: FieldRule = {
  type: 'string',
  format: (value) =>
    typeof value === 'string' && canonicalUuid(value) === undefined ? 'not a uuid' : undefined,
  validationMessage: 'is not a valid UUID',
};

const referenceRule: FieldRule = { type: 'string', maxLength: 1000 };
const personalisationRule: FieldRule = { type: 'object' };
const httpsUrlRule: FieldRule = {
  type: 'string',
  pattern: /^https/,
  validationMessage: 'is not a valid https url',
};

const emailAddressRule: FieldRule = {
  type: 'string',
  format: (value) =>
    typeof value === 'string' && !isValidEmailAddressLikeNotify(value)
      ? 'Not a valid email address'
      : undefined,
};

// The schema accepts international numbers and landlines; sending checks the service's permissions.
const phoneNumberRule: FieldRule = {
  type: 'string',
  format: (value) => {
    if (typeof value !== 'string') return undefined;
    try {
      validatePhoneNumberLikeNotify(value, { allowInternational: true, allowUkLandline: true });
      return undefined;
    } catch (error) {
      if (error instanceof InvalidPhoneError) return error.message;
      throw error;
    }
  },
};

/** Notify's `postage` format: first, second or economy. */
export const postageRule: FieldRule = {
  type: 'string',
  format: (value) =>
    typeof value === 'string' && !['first', 'second', 'economy'].includes(value)
      ? 'invalid. It must be either first, second or economy.'
      : undefined,
};

function scheduledForRule(now: () => Date): FieldRule {
  return {
    type: ['string', 'null'],
    format: (value) => {
      if (typeof value !== 'string') return undefined;
      const wallClock = parseIsoWallClock(value);
      if (wallClock === undefined) {
        return 'datetime format is invalid. It must be a valid ISO8601 date time format, https://en.wikipedia.org/wiki/ISO_8601';
      }
      const current = now().getTime();
      if (wallClock < current) return 'datetime can not be in the past';
      if (wallClock > current + 24 * 60 * 60 * 1000) return 'datetime can only be 24 hours in the future';
      return undefined;
    },
  };
}

// Notify drops any offset without converting (`.replace(tzinfo=None)`), so the wall clock is read as UTC.
function parseIsoWallClock(text: string): number | undefined {
  const match =
    /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2})(?::(\d{2})(?::(\d{2})(?:\.(\d{1,6}))?)?)?)?(Z|[+-]\d{2}:?\d{2})?$/.exec(
      text,
    );
  if (!match) return undefined;
  const [, year, month, day, hour = '0', minute = '0', second = '0', fraction = '0'] = match;
  const time = Date.UTC(
    Number(year),
    Number(month) - 1,
    Number(day),
    Number(hour),
    Number(minute),
    Number(second),
    Number(fraction.padEnd(3, '0').slice(0, 3)),
  );
  const check = new Date(time);
  return check.getUTCDate() === Number(day) && check.getUTCMonth() === Number(month) - 1 ? time : undefined;
}

/** `POST /v2/notifications/email`. */
export function emailRequestSchema(now: () => Date): ObjectSchema {
  return {
    properties: {
      reference: referenceRule,
      email_address: emailAddressRule,
      template_id: uuidRule,
      personalisation: personalisationRule,
      scheduled_for: scheduledForRule(now),
      email_reply_to_id: uuidRule,
      one_click_unsubscribe_url: httpsUrlRule,
      sanitise_content_for: { type: ['array', 'null'] },
    },
    required: ['email_address', 'template_id'],
    additionalProperties: false,
  };
}

/** `POST /v2/notifications/sms`. */
export function smsRequestSchema(now: () => Date): ObjectSchema {
  return {
    properties: {
      reference: referenceRule,
      phone_number: phoneNumberRule,
      template_id: uuidRule,
      personalisation: personalisationRule,
      scheduled_for: scheduledForRule(now),
      sms_sender_id: uuidRule,
    },
    required: ['phone_number', 'template_id'],
    additionalProperties: false,
  };
}

/** `POST /v2/notifications/letter` from a template. */
export const letterRequestSchema: ObjectSchema = {
  properties: { reference: referenceRule, template_id: uuidRule, personalisation: personalisationRule },
  required: ['template_id', 'personalisation'],
  additionalProperties: false,
};

/** `POST /v2/notifications/letter` with a PDF in `content`. */
export const precompiledLetterRequestSchema: ObjectSchema = {
  properties: { reference: { type: 'string' }, content: { type: 'string' }, postage: postageRule },
  required: ['reference', 'content'],
  additionalProperties: false,
};
