import { isValidEmailAddressLikeNotify } from './email-address.js';
import { parseIsoWallClock } from './iso-datetime.js';
import { InvalidPhoneError, validatePhoneNumberLikeNotify } from './phone-number.js';
import type { FieldRule, ObjectSchema } from './request-schema.js';
import { isUri } from './uri.js';
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
// notifications-api `app/schema_validation/definitions.py` `https_url`: jsonschema's `uri` format
// (an RFC 3986 URI) and a pattern; every failure reads the same.
const httpsUrlRule: FieldRule = {
  type: 'string',
  format: (value) => (typeof value === 'string' && !isUri(value) ? 'is not a uri' : undefined),
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
