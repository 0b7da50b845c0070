import { isValidEmailAddress, onFirstUse, parsePhoneNumber, ValidationError, z } from '@councilkit/core';

// The building blocks every input schema shares. Messages never quote the value received: it may be
// an email address or a phone number, and messages end up in logs. Each is built on first use, like
// the schemas made from them (see requests.ts): nothing here is built at import.

// Ids are opaque: each provider has its own shape (a UUID, `msg_…`, an SMTP Message-ID), which only
// its adapter knows and checks. The cap keeps a stray document out of a URL or a log line.
/** A provider's id for a template, message or sender: any non-empty text of up to 1000 characters. */
export const idSchema = onFirstUse(() =>
  z
    .string({ error: 'must be text' })
    .min(1, { error: 'must not be empty' })
    .max(1000, { error: 'must be 1000 characters or fewer' }),
);

/** A caller's own reference for a message: free text that providers cap at 1000 characters. */
export const referenceSchema = onFirstUse(() =>
  z.string({ error: 'must be text' }).max(1000, { error: 'must be 1000 characters or fewer' }),
);

/** An email address, checked by the rules GOV.UK Notify applies before it accepts one. */
export const emailAddressSchema = onFirstUse(() =>
  z.string({ error: 'must be text' }).refine(isValidEmailAddress, { error: 'is not a valid email address' }),
);

/**
 * A UK or international phone number, in any usual writing. Adapters may send it on as written; every
 * phone number the port gives back is in E.164 (`+447700900123`).
 */
export const phoneNumberSchema = onFirstUse(() =>
  z.string({ error: 'must be text' }).superRefine((value, context) => {
    try {
      parsePhoneNumber(value);
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      context.addIssue({
        code: 'custom',
        message: error.issues[0]?.message ?? 'is not a valid phone number',
      });
    }
  }),
);

/** A notification type: what kind of message a template or notification is. */
export const notificationTypeSchema = onFirstUse(() =>
  z.enum(['email', 'sms', 'letter'], { error: 'must be one of email, sms or letter' }),
);

/** The kind of message: email, text message (`sms`) or letter. */
export type NotificationType = z.infer<ReturnType<typeof notificationTypeSchema>>;

/** How a precompiled letter may be posted; templated letters take their postage from the template. */
export const precompiledPostageSchema = onFirstUse(() =>
  z.enum(['first', 'second', 'economy'], { error: 'must be one of first, second or economy' }),
);

/** How a letter is posted: UK classes, or the international zones a letter to another country uses. */
export type LetterPostage = 'first' | 'second' | 'economy' | 'europe' | 'rest-of-world';
